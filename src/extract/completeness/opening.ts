/**
 * The story may begin above where the extract starts. Readability scores the body's container, so an
 * intro set apart from it (a lede in a hero block, an abstract, a summary set as a heading, the first
 * paragraphs in a wrapper of their own) is left out. The standfirst rule joins the clear cases; what is
 * left is story-like text right above the extract, in the same container chain, which earns the warning
 * (and is joined by "Show the rest").
 */
import { nameTokens } from '../text';
import { isVisitorNotice } from './not-story';
import { commonBox, holds, isStoryProse, stepsUpTo, type Box, type Paragraph, type StorySnapshot } from './snapshot';

/** Shorter than this, a line above the story is a kicker, a dateline or a caption, not its opening. */
const MIN_OPENING_CHARS = 100;
/** A shown block this short (a date, a byline) does not mark where the extract starts. */
const MIN_SHOWN_CHARS = 40;
/** Parent steps from the opening and from the extract's first block to the box holding both. */
const MAX_STEPS = 7;
const SENTENCE_END = /[.!?…。！？"”»)]$/;
/** A heading the page names as its title is the headline set as a subheading, not the opening. */
const TITLE_TOKENS = /^(title|headline)$/;

/** A story opens in prose of its own; text in a list item above it is a list's (selling points, slides, links). */
function inListItem(box: Box): boolean {
  for (let b: Box | null = box; b; b = b.parent) if (b.el.tagName === 'LI') return true;
  return false;
}

/**
 * Story text a block of the extract's opening would be: prose, whether the page set it as a <p>, a
 * text-only <div> or a heading (a heading only when it is a whole sentence of that length, not a title).
 */
function readsAsOpening(p: Paragraph): boolean {
  if (p.text.length < MIN_OPENING_CHARS || isVisitorNotice(p.text) || inListItem(p.box)) return false;
  if (p.kind === 'p') return p.prose;
  if (p.kind === 'heading' && p.box.el.hasAttributes() && nameTokens(p.box.el).some((t) => TITLE_TOKENS.test(t))) return false;
  return SENTENCE_END.test(p.text) && isStoryProse(p.text, () => p.box.linkChars / (p.box.chars || 1));
}

/** Where the extract starts on the page, and the left-out blocks above it that read as the story's opening. */
export interface Opening {
  /** The extract's first block on the page. */
  first: Paragraph;
  blocks: Paragraph[];
}

/**
 * The left-out blocks above the extract's first block that read as the story's opening, close to it in
 * the same container chain, outside navigation, headers, asides and other page furniture; null when
 * there are none. `covered` tells whether the extract holds a block.
 */
export function openingLeftOut(snapshot: StorySnapshot, covered: (p: Paragraph) => boolean): Opening | null {
  let first: Paragraph | null = null;
  for (const p of snapshot.paragraphs) {
    if (p.text.length >= MIN_SHOWN_CHARS && (!first || p.box.start < first.box.start) && covered(p)) first = p;
  }
  if (!first) return null;
  const start = first.box;
  const blocks = snapshot.paragraphs.filter((p) => {
    if (p.box.start >= start.start || holds(p.box, start) || p.box.outside || !readsAsOpening(p) || covered(p)) return false;
    const common = commonBox(p.box, start);
    return common !== null && stepsUpTo(p.box, common) <= MAX_STEPS && stepsUpTo(start, common) <= MAX_STEPS;
  });
  return blocks.length ? { first, blocks } : null;
}
