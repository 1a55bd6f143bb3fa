/**
 * Maps a block the person clicks in the reader back to the element it came from in the page.
 * The popup shows sanitized HTML with no ids left, so the content script tags every element of its page
 * copy with its position before Readability runs (Readability keeps attributes, even when it renames
 * tags) and, once the article is final, remembers which page element each article element came from.
 * The popup then names a block by tag, text and order; text is only ever shortened by the pipeline,
 * so an article element whose text contains the clicked block's text is the same block.
 */
import { squash } from '../extract/text';

const ATTR = 'data-cp-i';

/** What the popup sends to name a block. */
export interface BlockRef {
  tag: string;
  text: string;
  /** How many earlier blocks in the article have the same tag and text. */
  ordinal: number;
  /** For a block without text (a picture): its first image's address. */
  image?: string;
}

interface Traced {
  tag: string;
  text: string;
  image: string | null;
  original: Element;
}

export class BlockTrace {
  private originals: Element[] = [];
  private blocks: Traced[] = [];

  constructor(private readonly source: Document) {}

  /** Runs on the fresh copy: the copy's elements are in the same order as the page's. */
  tag(copy: Document): void {
    const originals = Array.from(this.source.getElementsByTagName('*'));
    const copies = copy.getElementsByTagName('*');
    // A partial copy (very large pages are copied from their article container only) does not line up
    // with the page; no map is better than one that points at the wrong elements.
    if (copies.length !== originals.length) return;
    for (let i = 0; i < copies.length; i++) if (copies[i]!.tagName !== originals[i]!.tagName) return;
    this.originals = originals;
    for (let i = 0; i < copies.length; i++) copies[i]!.setAttribute(ATTR, String(i));
  }

  /** Runs on the final article, and takes the tags out of it: they mean nothing outside this page. */
  collect(article: Element): void {
    this.blocks = [];
    for (const el of Array.from(article.querySelectorAll(`[${ATTR}]`))) {
      const original = this.originals[Number(el.getAttribute(ATTR))];
      el.removeAttribute(ATTR);
      if (original) this.blocks.push({ tag: el.tagName.toLowerCase(), text: squash(el.textContent), image: el.querySelector('img')?.getAttribute('src') ?? null, original });
    }
  }

  /** Texts of the article's paragraphs, for the rule guard. */
  paragraphTexts(): string[] {
    return this.blocks.filter((b) => /^(p|li|blockquote|h[2-6]|pre|td)$/.test(b.tag)).map((b) => b.text);
  }

  find(ref: BlockRef): Element | null {
    const sameTag = this.blocks.filter((b) => b.tag === ref.tag);
    if (!ref.text && ref.image) return sameTag.find((b) => b.image === ref.image)?.original ?? null;
    const exact = sameTag.filter((b) => b.text === ref.text);
    if (exact.length) return (exact[ref.ordinal] ?? exact[0]!).original;
    if (ref.text.length < 20) return null;
    const containing = sameTag.filter((b) => b.text.includes(ref.text));
    containing.sort((a, b) => a.text.length - b.text.length);
    return containing[0]?.original ?? null;
  }
}
