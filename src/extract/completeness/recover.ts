/**
 * Honest results. Readability often stops where an ad slot, a "most read" box or an inline promo splits
 * the story into sibling containers. After Readability, this module compares the extract with the
 * snapshot of the cleaned page: story prose the extract left out is joined back when it is clearly the
 * same story (prose of the same kind, few links, close in the same container chain), and whatever
 * substantial prose is still left out earns the `possibly-incomplete` warning instead of a silently
 * partial article.
 */
import type { ArticleWarning } from '../article';
import { squash, wordCount } from '../text';
import { holds, isFurniture, precedes, type Box, type Paragraph, type StorySnapshot } from './snapshot';
import { leftOutOfStory } from './not-story';
import { storyScope } from './scope';
import { openingLeftOut, type Opening } from './opening';
import { standfirstBefore } from './standfirst';
import { keyPointsBefore } from './key-points';

export interface CompletenessOptions {
  /** false = only look (the benchmark's "before recovery" run); true by default. */
  recover?: boolean;
  /** "Show the rest": join every left-out story passage, not only the clearly same-story parts. */
  relaxed?: boolean;
}

export interface CompletenessResult {
  /** Characters of story prose joined back into the article. */
  recoveredChars: number;
  /** Characters of story prose still left out. */
  missingChars: number;
  warning: ArticleWarning | null;
}

/**
 * Left-out prose below both thresholds is normal page furniture; above them the story may be cut. The
 * share decides for most extracts: two left-out paragraphs matter in a 600-character extract.
 */
const WARN_MIN_CHARS = 200;
const WARN_MIN_SHARE = 0.3;
/** How far (in parent steps) a part may sit from the extract's paragraphs and still be the same story. */
const MAX_CHAIN_DISTANCE = 6;
const MIN_PART_CHARS = 150;
const MIN_GAP_CHARS = 80;

/** A long paragraph not in the extract whole is looked for in pieces of this length. */
const PIECE_CHARS = 60;
/** Share of its pieces the extract must hold for a trimmed paragraph to count as there. */
const MIN_PIECES_SHARE = 0.6;

/**
 * Whether the extract holds a paragraph. Cleaning trims placeholders and credits inside paragraphs, so a
 * long one counts when most of its pieces are there; its head or tail alone is not enough, since a lede
 * often repeats the story's first sentence and goes on with its own.
 */
function coveredBy(articleText: string, paragraph: string): boolean {
  if (articleText.includes(paragraph)) return true;
  if (paragraph.length <= 2 * PIECE_CHARS) return false;
  const head = articleText.includes(paragraph.slice(0, PIECE_CHARS));
  const tail = articleText.includes(paragraph.slice(-PIECE_CHARS));
  if (!head && !tail) return false;
  // Pieces from the start, the last one ending with the paragraph: the head and the tail are two of them.
  const inner = Math.ceil(paragraph.length / PIECE_CHARS) - 2;
  let found = Number(head) + Number(tail);
  for (let i = 1; i <= inner; i++) if (articleText.includes(paragraph.slice(i * PIECE_CHARS, (i + 1) * PIECE_CHARS))) found++;
  return found >= MIN_PIECES_SHARE * (inner + 2);
}

/** The largest box above a left-out paragraph that holds none of the extract's paragraphs: the "part" it belongs to. */
function partOf(p: Paragraph, extracted: Paragraph[], body: Box): Box {
  let part = p.box;
  for (let up = p.box.parent; up && up !== body; up = up.parent) {
    if (up.outside || extracted.some((e) => holds(up, e.box))) break;
    part = up;
  }
  return part;
}

function proseChars(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((n, p) => n + p.text.length, 0);
}

/**
 * Whether a left-out part is the same story as the extract. `place`: 'between' when the extract goes on
 * after it, a gap inside the story (a paragraph Readability dropped with the box around it), where one
 * short paragraph is enough; a part 'after' the extract's end must be longer to count as the story going
 * on (unless it is inside the extract's <article>), and inside the `landmark` (the <article> or <main> the
 * extract sits in) when there is one.
 */
function sameStory(part: Box, paragraphs: Paragraph[], anchor: Box | undefined, options: { relaxed: boolean; place: 'before' | 'between' | 'after'; landmark: Box | null }): boolean {
  const { relaxed, place, landmark } = options;
  const chars = proseChars(paragraphs);
  if (chars < (relaxed || place === 'between' || endsInsideArticle(part, place, landmark) ? MIN_GAP_CHARS : MIN_PART_CHARS)) return false;
  const partChars = part.chars || 1;
  // A part that is mostly paragraphs, with few links: a story's text, not a widget with a blurb.
  if (chars / partChars < (relaxed ? 0.4 : 0.6) || part.linkChars / partChars > (relaxed ? 0.3 : 0.2)) return false;
  if (relaxed) return true;
  // A part with its own headline is a story of its own.
  if (!anchor || part.hasH1 || headedByLink(part.el)) return false;
  if (place === 'after' && landmark && !holds(landmark, part)) return false;
  const lca = part.parent;
  if (!lca || !holds(lca, anchor)) return false;
  return paragraphs[0]!.box.depth - lca.depth <= MAX_CHAIN_DISTANCE && anchor.depth - lca.depth <= MAX_CHAIN_DISTANCE;
}

/**
 * A part after the extract's end inside the <article> the extract sits in: the page says the story is
 * still going on there, so one short closing paragraph (a call for witnesses, a last quote) is enough.
 * A <main> says less: it holds the page's own boxes after the story too.
 */
function endsInsideArticle(part: Box, place: 'before' | 'between' | 'after', landmark: Box | null): boolean {
  return place === 'after' && landmark !== null && landmark.isArticle && holds(landmark, part);
}

/**
 * An entry of a list of posts (a blog's front page, an archive): its headline links to the post's own
 * page. A continuation of the story has no headline of its own, or one that links nowhere.
 */
function headedByLink(el: Element): boolean {
  const top = el.querySelector('h2, h3, h4, p');
  return top !== null && top.tagName !== 'P' && top.querySelector('a[href]') !== null;
}

/**
 * A clone of a story part without the boxes it holds that are not the story (captions, ad slots, promos).
 * Readability may have turned such a box into a bare <p>, so `furnitureTexts`, the text of the part's
 * furniture paragraphs as the snapshot saw them, finds those too.
 */
function storyClone(el: Element, furnitureTexts: Set<string>): Element {
  const clone = el.cloneNode(true) as Element;
  for (const inner of Array.from(clone.querySelectorAll('*'))) {
    if (clone.contains(inner) && (isFurniture(inner) || (furnitureTexts.size > 0 && furnitureTexts.has(squash(inner.textContent))))) inner.remove();
  }
  return clone;
}

/**
 * A copy of the part to join. Readability leaves what it did not take where it was, but may have emptied
 * a wrapper it turned into a paragraph; then the paragraphs themselves are copied.
 */
function copyOf(part: Box, paragraphs: Paragraph[], snapshot: StorySnapshot): Element[] {
  const whole = squash(part.el.textContent);
  const furnitureTexts = new Set(snapshot.paragraphs.filter((p) => p.box.furniture && (p.box === part || holds(part, p.box))).map((p) => p.text));
  if (paragraphs.every((p) => whole.includes(p.text))) return [storyClone(part.el, furnitureTexts)];
  return paragraphs.map((p) => {
    if (squash(p.box.el.textContent) === p.text) return p.box.el.cloneNode(true) as Element;
    const copy = part.el.ownerDocument.createElement('p');
    copy.textContent = p.text;
    return copy;
  });
}

/** Where a recovered part goes in the article: right after the block holding the paragraph that precedes it on the page. */
function placeOf(container: Element, anchorText: string): Element | null {
  const key = anchorText.slice(0, 60);
  const hit = Array.from(container.querySelectorAll('p')).find((p) => squash(p.textContent).includes(key));
  if (!hit) return null;
  let at: Element = hit;
  while (at.parentElement && at.parentElement !== container && !/^(DIV|SECTION|ARTICLE|MAIN)$/.test(at.parentElement.tagName)) at = at.parentElement;
  return at;
}

/**
 * Checks the article (`container`, Readability's output) against `snapshot`, taken of the page after
 * page-level cleaning and before Readability; joins same-story parts into `container` in place.
 */
export function completeArticle(snapshot: StorySnapshot, container: Element, options: CompletenessOptions = {}): CompletenessResult {
  const recover = options.recover ?? true;
  const relaxed = options.relaxed ?? false;
  let articleText = squash(container.textContent);
  const all = snapshot.paragraphs.filter((p) => p.prose && !p.box.outside);
  const { story, landmark } = storyScope(snapshot, all, (p) => coveredBy(articleText, p.text));
  const extracted = story.filter((p) => coveredBy(articleText, p.text));
  let missing = story.filter((p) => !extracted.includes(p));

  let recoveredChars = 0;
  const first = extracted[0];
  const standfirst = recover && first ? standfirstBefore(snapshot, first, (p) => coveredBy(articleText, p.text)) : null;
  if (standfirst && first) {
    joinBefore(container, first, copyOf(standfirst.box, [standfirst], snapshot), standfirst.box, snapshot);
    recoveredChars += standfirst.text.length;
  }
  const keyPoints = recover && first ? keyPointsBefore(snapshot, first, (p) => coveredBy(articleText, p.text)) : null;
  if (keyPoints && first) {
    joinBefore(container, first, copyOf(keyPoints.list, keyPoints.items, snapshot), keyPoints.list, snapshot);
    recoveredChars += proseChars(keyPoints.items);
  }
  if (recover && missing.length && (extracted.length || relaxed)) {
    const parts = new Map<Box, Paragraph[]>();
    for (const p of missing) {
      const part = partOf(p, extracted, snapshot.body);
      parts.set(part, [...(parts.get(part) ?? []), p]);
    }
    const lastPlaced = new Map<Element, Element>();
    for (const [part, paragraphs] of parts) {
      const before = [...extracted].reverse().find((e) => precedes(e.box, part));
      const after = extracted.find((e) => precedes(part, e.box));
      const anchor = before ?? after;
      const where = before && after ? 'between' : before ? 'after' : 'before';
      if (!sameStory(part, paragraphs, anchor?.box, { relaxed, place: where, landmark })) continue;
      const copies = copyOf(part, paragraphs, snapshot);
      const place = anchor ? placeOf(container, anchor.text) : null;
      if (place && before) {
        (lastPlaced.get(place) ?? place).after(...copies);
        lastPlaced.set(place, copies.at(-1)!);
      } else if (place) {
        place.before(...copies);
      } else {
        (container.firstElementChild ?? container).append(...copies);
      }
      recoveredChars += proseChars(paragraphs);
      for (const p of paragraphs) extracted.push(p);
    }
  }
  if (recoveredChars) {
    articleText = squash(container.textContent);
    missing = story.filter((p) => !coveredBy(articleText, p.text));
  }

  let opening = openingLeftOut(snapshot, (p) => coveredBy(articleText, p.text));
  if (relaxed && opening) {
    joinOpening(container, opening, snapshot);
    recoveredChars += proseChars(opening.blocks);
    articleText = squash(container.textContent);
    missing = story.filter((p) => !coveredBy(articleText, p.text));
    opening = null;
  }

  // What is still left out and reads as the story, not as the site talking to the visitor or pointing elsewhere.
  missing = leftOutOfStory(missing, all);
  const missingChars = proseChars(missing);
  const shownChars = Math.max(proseChars(story) - missingChars, articleText.length * 0.5);
  const cut = missingChars >= WARN_MIN_CHARS && missingChars >= WARN_MIN_SHARE * shownChars;
  return { recoveredChars, missingChars, warning: cut ? cutShortWarning(missing) : opening ? openingWarning(opening.blocks) : null };
}

const aboutWords = (paragraphs: Paragraph[]) => {
  const words = paragraphs.reduce((n, p) => n + wordCount(p.text), 0);
  return Math.round(words / 10) * 10 || words;
};

function cutShortWarning(missing: Paragraph[]): ArticleWarning {
  return { code: 'possibly-incomplete', message: `About ${aboutWords(missing)} words of text on the page were left out; the article may be cut short.` };
}

function openingWarning(opening: Paragraph[]): ArticleWarning {
  return { code: 'possibly-incomplete', message: `About ${aboutWords(opening)} words of text just above where the article starts were left out; it may begin earlier.` };
}

/**
 * Joined text from above the story (`from` on the page) goes where the page had it: before the blocks of the
 * extract that followed it there (a lead photo under the standfirst), at the latest right before the block of
 * the extract's first paragraph, after what was joined there before.
 */
function joinBefore(container: Element, first: Paragraph, copies: Element[], from: Box, snapshot: StorySnapshot): void {
  const place = placeOf(container, first.text);
  if (!place) {
    container.prepend(...copies);
    return;
  }
  let at = place;
  for (let prev = at.previousElementSibling; prev && cameAfter(prev, from, snapshot); prev = prev.previousElementSibling) at = prev;
  at.before(...copies);
}

/** The extract's block stood after `from` on the page (Readability renames some blocks: their first child tells then). */
function cameAfter(block: Element, from: Box, snapshot: StorySnapshot): boolean {
  const start = snapshot.pageOrderOf(block) ?? (block.firstElementChild ? snapshot.pageOrderOf(block.firstElementChild) : null);
  return start !== null && start > from.end;
}

/** "Show the rest": the left-out opening goes before the extract's first block, in page order. */
function joinOpening(container: Element, opening: Opening, snapshot: StorySnapshot): void {
  joinBefore(container, opening.first, opening.blocks.flatMap((p) => copyOf(p.box, [p], snapshot)), opening.blocks[0]!.box, snapshot);
}
