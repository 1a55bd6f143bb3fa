/**
 * Subheadings Readability dropped from inside the story. Readability removes headings it scores as
 * boilerplate (a class it dislikes, too few words) even between paragraphs it keeps, and the story then
 * reads as one block with its sections' names gone. A heading that comes after kept text and right before
 * a kept paragraph, with no other block between them, introduces that paragraph: it is the story's own.
 */
import type { Paragraph, StorySnapshot } from './snapshot';

/** A heading that is mostly a link is a teaser for another page, not a section name. */
const MAX_HEADING_LINK_SHARE = 0.5;

export interface LeftOutSubheading {
  heading: Paragraph;
  /** The kept paragraph it introduces. */
  next: Paragraph;
}

/** Left-out subheadings between kept paragraphs; `covered` tells whether a block's text is in the extract. */
export function subheadingsLeftOut(snapshot: StorySnapshot, covered: (p: Paragraph) => boolean): LeftOutSubheading[] {
  const blocks = snapshot.paragraphs.filter((p) => p.text).sort((a, b) => a.box.start - b.box.start);
  const found: LeftOutSubheading[] = [];
  let keptBefore = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.kind === 'heading' && keptBefore && next && !block.box.outside && block.box.linkChars <= MAX_HEADING_LINK_SHARE * block.box.chars && !covered(block) && next.prose && covered(next)) {
      found.push({ heading: block, next });
    }
    keptBefore ||= block.prose && covered(block);
  }
  return found;
}
