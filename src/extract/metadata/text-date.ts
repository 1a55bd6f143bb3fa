/**
 * Last-resort publication date: the first short line of page text that is a full date
 * ("3. Januar 2020", "March 4, 2019", "26.02.2020"), outside footers, navigation, comments and
 * related-article lists. Short lines only: a date inside a sentence is usually about something else.
 */
import { normalizeDate } from './dates';
import { forEachText } from './text-nodes';

const MAX_LINE = 80;
const HAS_YEAR = /(?:19|20)\d{2}/;
const OUTSIDE_STORY = 'footer, nav, aside, [class*="comment"], [id*="comment"], [class*="related"], [class*="sidebar"], [id*="sidebar"], [class*="widget"]';

export function dateFromText(doc: Document): string | null {
  if (!doc.body) return null;
  let found: string | null = null;
  forEachText(doc.body, (node, text) => {
    if (text.length > MAX_LINE || !HAS_YEAR.test(text)) return false;
    const date = normalizeDate(text);
    if (!date || node.parentElement?.closest(OUTSIDE_STORY)) return false;
    found = date;
    return true;
  });
  return found;
}
