/**
 * A standfirst (lede, dek, teaser, intro) is a story's own summary, set in the article header or a
 * teaser box above the body. Readability scores the body's container and leaves it out; it is joined
 * back when it is the prose right before the story's first paragraph, close in the same container chain.
 */
import { wordCount } from '../text';
import { holds, precedes, type Box, type Paragraph, type StorySnapshot } from './snapshot';

const MIN_WORDS = 8;
/** Longer than this, it is story text of its own, for the completeness check rather than this rule. */
const MAX_CHARS = 700;
/** Parent steps from the standfirst and from the first paragraph to the box holding both. */
const MAX_STEPS = 5;

function commonBox(a: Box, b: Box): Box | null {
  for (let up = a.parent; up; up = up.parent) if (holds(up, b)) return up;
  return null;
}

function readsAsStandfirst(p: Paragraph): boolean {
  return !p.box.furniture && p.text.length <= MAX_CHARS && wordCount(p.text) >= MIN_WORDS && p.box.linkChars < 0.2 * p.box.chars;
}

/**
 * The standfirst of a story whose first extracted paragraph is `first`, when it is left out of the extract:
 * the nearest paragraph of eight words or more before `first` (shorter lines between, such as a byline
 * or a date, are passed over).
 */
export function standfirstBefore(snapshot: StorySnapshot, first: Paragraph, covered: (p: Paragraph) => boolean): Paragraph | null {
  const index = snapshot.paragraphs.indexOf(first);
  for (let i = index - 1; i >= 0; i--) {
    const p = snapshot.paragraphs[i]!;
    if (!precedes(p.box, first.box) || p.box.furniture || wordCount(p.text) < MIN_WORDS) continue;
    if (covered(p) || !readsAsStandfirst(p)) return null;
    const lca = commonBox(p.box, first.box);
    return lca && p.box.depth - lca.depth <= MAX_STEPS && first.box.depth - lca.depth <= MAX_STEPS ? p : null;
  }
  return null;
}
