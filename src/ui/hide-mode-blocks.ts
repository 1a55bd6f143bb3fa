/**
 * Which rendered block a hover or click in hide mode means. The innermost element is rarely what a person
 * wants gone (a link inside a "Most read" list), so the choice widens to the enclosing box while the box
 * stays small and holds at most one story paragraph; a paragraph of the story itself stays a paragraph.
 */
import type { BlockRef } from '../rules/block-trace';
import { isProse } from '../rules/main-text';
import { squash } from '../extract/text';

/** The rendered article body, in the popup and the reader tab alike. */
export const ARTICLE_BODY = '.reader-article .article-body';

export const BLOCK_SELECTOR = 'p, li, ul, ol, dl, h2, h3, h4, h5, h6, blockquote, figure, table, pre, section, aside, div';
const BOX = /^(UL|OL|DL|FIGURE|SECTION|ASIDE|DIV|TABLE|BLOCKQUOTE)$/;
const MAX_BOX_SHARE = 0.4;

function textLength(el: Element): number {
  return squash(el.textContent).length;
}

function storyParagraphs(el: Element): number {
  return Array.from(el.querySelectorAll('p')).filter(isProse).length;
}

export function blockAt(target: Element, root: Element): Element | null {
  let block = target.closest(BLOCK_SELECTOR);
  if (!block || block === root || !root.contains(block)) return null;
  const total = textLength(root) || 1;
  for (let parent = block.parentElement; parent && parent !== root && BOX.test(parent.tagName); parent = parent.parentElement) {
    if (textLength(parent) > MAX_BOX_SHARE * total || storyParagraphs(parent) > 1) break;
    block = parent;
  }
  // Readability's own wrappers around the whole story are not blocks.
  if (textLength(block) > 0.6 * total && !block.querySelector('img')) return null;
  return block;
}

/** Names a rendered block so the content script can find the page element it came from. */
export function blockRef(block: Element, root: Element): BlockRef {
  const tag = block.tagName.toLowerCase();
  const text = squash(block.textContent);
  const ordinal = Array.from(root.querySelectorAll(tag)).filter((el) => squash(el.textContent) === text).indexOf(block);
  const image = block.querySelector('img')?.getAttribute('src') ?? undefined;
  return { tag, text, ordinal: Math.max(0, ordinal), image };
}

/** The blocks hide mode offers to keyboard users, outermost first (a box, not each line in it). */
export function keyboardBlocks(root: Element): Element[] {
  const seen = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('p, li, h2, h3, h4, h5, h6, blockquote, figure, table, pre'))) {
    const block = blockAt(el, root);
    if (block) seen.add(block);
  }
  return [...seen].filter((b) => ![...seen].some((o) => o !== b && o.contains(b)));
}

/** Every block a hover, click or Tab in hide mode can pick: what a saved copy must know the origin of. */
export function hideableBlocks(root: Element): Element[] {
  const blocks = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    const block = blockAt(el, root);
    if (block) blocks.add(block);
  }
  return [...blocks];
}
