/**
 * Last-resort publication date: the first short line of page text that is a full date
 * ("3. Januar 2020", "March 4, 2019", "26.02.2020"), outside footers, navigation, comments and
 * related-article lists. Short lines only: a date inside a sentence is usually about something else.
 */
import { normalizeDate } from './dates';
import { textLines, type TextLine } from '../page-text';
import { closestInBody } from './text-nodes';

const MAX_LINE = 80;
const HAS_YEAR = /(?:19|20)\d{2}/;
const SIDEBAR_CLASS = '[class*="sidebar"]';
const OTHER_OUTSIDE_STORY = 'footer, nav, aside, [class*="comment"], [id*="comment"], [class*="related"], [id*="sidebar"], [class*="widget"]';
const OUTSIDE_STORY = `${OTHER_OUTSIDE_STORY}, ${SIDEBAR_CLASS}`;

/**
 * The line sits in a footer, navigation, comments, related stories or a sidebar. A "sidebar" class on the block
 * that also holds the headline is the layout's ("content_block right-sidebar"), as is one inside the <article>
 * (a story's own side column with its credits and date): neither puts the line outside the story.
 */
function outsideStory(el: Element): boolean {
  for (let around = closestInBody(el, OUTSIDE_STORY); around; around = around.parentElement && closestInBody(around.parentElement, OUTSIDE_STORY)) {
    const layout = !around.matches(OTHER_OUTSIDE_STORY) && (around.getElementsByTagName('h1').length > 0 || around.closest('article') !== null);
    if (!layout) return true;
  }
  return false;
}

/**
 * A date set in separate elements, one per part ("<span class=monat>Feb</span><span class=tag>18</span>
 * <span class=jahr>2009</span>"): when a text node is only a year, read the short element around it.
 */
function dateInParts(node: Text, text: string): string | null {
  if (!/^(?:19|20)\d{2}$/.test(text)) return null;
  const around = node.parentElement?.parentElement;
  // Parts are often not separated by spaces ("<span>18</span><span>2009</span>").
  const line = around ? Array.from(around.children, (part) => part.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() : '';
  return line.length <= 40 ? normalizeDate(line) : null;
}

/**
 * A dateline opening the story's first paragraph: "27.1.2022 - Bei der Erinnerung …", "29.11.2022 – Mehrfach …".
 * Only a numeric date followed by a dash, which is how press releases and small news sites start a story.
 */
const DATELINE = /^(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\s+[-–—]\s+\S/;

/**
 * A line that dates the page's last change ("Letzte Änderung: 31.10.2023 - 14:49:39", "Last updated: …"), read only
 * when no other line dates the page: a footer often gives it just above "Erschienen am: 01.11.2023".
 */
const LAST_CHANGE = /^(?:letzte [äa]nderung|zuletzt (?:ge[äa]ndert|aktualisiert)|last (?:modified|updated|changed)|derni[èe]re mise à jour)\b/i;

/** `lines`: the page body's text lines, when the caller has read them already. */
export function dateFromText(doc: Document, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : []): string | null {
  let lastChange: string | null = null;
  for (const { node, text } of lines) {
    const dateline = text.length > MAX_LINE ? text.match(DATELINE) : null;
    if ((text.length > MAX_LINE && !dateline) || !HAS_YEAR.test(text)) continue;
    const date = normalizeDate(dateline ? dateline[1]!.replace(/\s/g, '') : text) ?? dateInParts(node, text);
    if (!date || (node.parentElement && outsideStory(node.parentElement))) continue;
    if (!LAST_CHANGE.test(text)) return date;
    lastChange ??= date;
  }
  return lastChange;
}

/** A short line of the page's text gives this calendar day ("2019-10-15"): the page prints that date somewhere. */
export function printsDay(doc: Document, day: string, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : []): boolean {
  return lines.some(({ text }) => text.length <= MAX_LINE && HAS_YEAR.test(text) && normalizeDate(text)?.slice(0, 10) === day);
}
