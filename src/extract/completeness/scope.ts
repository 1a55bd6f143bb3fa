/**
 * Which of the page's prose can be this story's at all, decided from where the extract sits. What is
 * out of scope is neither joined back nor counted as left out.
 */
import { articleOf, holds, type Box, type Paragraph, type StorySnapshot } from './snapshot';

export interface StoryScope {
  /** The prose that may be the story's. */
  story: Paragraph[];
  /**
   * The <article> or <main> most of the extract sits in, if it sits in one: where the page says the story
   * is. Past its end the page goes on with its own things (a contact box, a subscription offer).
   */
  landmark: Box | null;
}

/** The innermost box of a kind (an <article>, a <main>) that holds more than half of the extract's paragraphs. */
function holdingMost(extracted: readonly Paragraph[], kind: (box: Box) => boolean): Box | null {
  const counts = new Map<Box, number>();
  for (const p of extracted) {
    let up: Box | null = p.box;
    while (up && !kind(up)) up = up.parent;
    if (up) counts.set(up, (counts.get(up) ?? 0) + 1);
  }
  let best: Box | null = null;
  for (const [box, n] of counts) if (n > extracted.length / 2 && (!best || n > counts.get(best)!)) best = box;
  return best;
}

/**
 * `prose`: the page's story-like paragraphs; `covered` tells whether the extract holds one. Prose in another
 * <article> is another story (the next one, preloaded below). A box named as the comments that holds most
 * of the page is a long comment thread when the extract is not in it, not a page-wide wrapper.
 */
export function storyScope(snapshot: StorySnapshot, prose: readonly Paragraph[], covered: (p: Paragraph) => boolean): StoryScope {
  const extracted = prose.filter(covered);
  const home = holdingMost(extracted, (b) => b.isArticle);
  const aside = snapshot.wideComments.filter((box) => !extracted.some((e) => holds(box, e.box)));
  const story = prose.filter((p) => {
    if (aside.some((box) => holds(box, p.box))) return false;
    if (!home) return true;
    const a = articleOf(p.box);
    return !a || a === home || holds(home, a) || holds(a, home);
  });
  return { story, landmark: home ?? holdingMost(extracted, (b) => b.isMain) };
}
