/**
 * A story's key points: many news sites set two or three sentences under the headline as a list, in the
 * article's header or teaser box ("Das Wichtigste in Kürze"). Readability scores the body's container and
 * leaves them out, and they are no paragraphs for the standfirst rule; they are joined back before the
 * story's first paragraph, as the standfirst is.
 */
import { wordCount } from '../text';
import { articleOf, commonBox, stepsUpTo, type Box, type Paragraph, type StorySnapshot } from './snapshot';

const MIN_ITEMS = 2;
/** A point is a line of its own, not a tag, a date or a menu entry: at least one item says this much. */
const MIN_POINT_CHARS = 40;
const MIN_POINT_WORDS = 6;
const MAX_LINK_SHARE = 0.25;
/** Parent steps from a point and from the first paragraph to the box holding both. */
const MAX_STEPS = 7;

export interface KeyPoints {
  list: Box;
  items: Paragraph[];
}

const readsAsPoint = (item: Paragraph) => item.text.length >= MIN_POINT_CHARS && wordCount(item.text) >= MIN_POINT_WORDS && item.box.linkChars < MAX_LINK_SHARE * item.box.chars;

/**
 * The list nearest before `first` (the extract's first paragraph) in a header or teaser box (marked as
 * not the story, yet not page furniture), in the same <article> and close to it in the container chain,
 * with none of its items in the extract; null when there is none. The <article> is what tells the story's
 * own header from the site's masthead, whose lists (selling points, menus) may sit as few steps away.
 */
export function keyPointsBefore(snapshot: StorySnapshot, first: Paragraph, covered: (p: Paragraph) => boolean): KeyPoints | null {
  const lists = new Map<Box, Paragraph[]>();
  for (const item of snapshot.items) {
    const list = item.box.parent;
    if (list && list.outside && !list.furniture && item.box.start < first.box.start) lists.set(list, [...(lists.get(list) ?? []), item]);
  }
  let nearest: KeyPoints | null = null;
  for (const [list, items] of lists) if (!nearest || list.start > nearest.list.start) nearest = { list, items };
  if (!nearest || nearest.items.length < MIN_ITEMS || nearest.items.some(covered)) return null;
  const point = nearest.items.find(readsAsPoint);
  const common = point ? commonBox(point.box, first.box) : null;
  return common && articleOf(common) && stepsUpTo(point!.box, common) <= MAX_STEPS && stepsUpTo(first.box, common) <= MAX_STEPS ? nearest : null;
}
