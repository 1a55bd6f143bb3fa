/** Small text helpers shared by every step of the pipeline. */

export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * squash(el.textContent).slice(0, max), reading only the text nodes it needs: what a removal record keeps
 * of a block, which can be a whole page section whose full text would be read for nothing.
 */
export function textSample(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let raw = '';
  // Squashing only removes whitespace, so once the raw text holds `max` other characters its squashed start is final.
  for (let solid = 0, node = walker.nextNode(); node && solid < max; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    raw += value;
    solid += value.replace(/\s+/g, '').length;
  }
  return squash(raw).slice(0, max);
}

/** Elements a reader sees as their own line or cell: their text never runs into the text beside them. */
const SEPARATE_BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/**
 * The text a reader sees, squashed: like squash(el.textContent), but blocks and line breaks part words.
 * Markup such as `<p><span>Step 1</span></p><p>Measure…` has no whitespace between the blocks, and
 * textContent glues it into "1Measure", a word nobody reads: it would be counted, searched and spoken.
 */
export function shownText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const apart = SEPARATE_BLOCKS.has((child as Element).tagName);
        if (apart) parts.push(' ');
        visit(child);
        if (apart) parts.push(' ');
      }
    }
  };
  visit(root);
  return squash(parts.join(''));
}

/**
 * Text as compared whatever its case, Unicode form and punctuation: its letters and digits, the runs between
 * them joined by `separator` ('' for a key, ' ' to keep word boundaries).
 */
export function comparableText(text: string, separator = ''): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, separator).trim();
}

export function wordCount(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  // A CJK character carries roughly half a word's reading time.
  return words + Math.round(cjk / 2);
}

/**
 * Visits root's descendant elements in document order (for a document: from its root element). `visit` may
 * return true to skip the element's subtree; it must not remove anything. A TreeWalker: jsdom steps it inside
 * its own tree, about twice as fast as following firstElementChild/nextElementSibling through its wrappers.
 */
export function forEachElement(root: Element | Document, visit: (el: Element) => boolean | void): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let el = walker.nextNode() as Element | null;
  while (el) {
    if (visit(el) !== true) {
      el = walker.nextNode() as Element | null;
      continue;
    }
    // Past the subtree: the next sibling of the element or of its nearest ancestor that has one.
    while (!walker.nextSibling()) {
      if (!walker.parentNode() || walker.currentNode === root) return;
    }
    el = walker.currentNode as Element;
  }
}

/** a before b in document order (never the same element). */
function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/**
 * root.querySelectorAll('p, div, …') for tag names only: the same static list in document order, from
 * getElementsByTagName, which jsdom answers several times faster than its selector engine.
 */
export function elementsByTag(root: Element | Document, tags: readonly string[]): Element[] {
  const byTag = tags.map((tag) => Array.from(root.getElementsByTagName(tag))).filter((found) => found.length > 0);
  return byTag.length > 1 ? byTag.flat().sort(documentOrder) : (byTag[0] ?? []);
}

/** root's descendant elements for which `test` holds, in document order. */
export function elementsWhere(root: Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/** Share of an element's text that sits inside links: high for menus and link lists, low for prose. */
export function linkDensity(el: Element, textLength?: number): number {
  // textLength: squash(el.textContent).length, when the caller has read it already.
  const total = textLength ?? squash(el.textContent).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += squash(a.textContent).length;
  return linked / total;
}

/**
 * The class, id, role and data-* attribute names of an element in one string, the input of nameTokens.
 * `names`: el.getAttributeNames(), when the caller has read them already.
 */
export function nameSource(el: Element, names: readonly string[] = el.getAttributeNames()): string {
  // Only the attributes the element has are read: each lookup is a costly call into jsdom.
  const value = (name: string) => (names.includes(name) ? el.getAttribute(name) : '');
  let source = `${value('class')} ${value('id')} ${value('role')}`;
  // getAttributeNames, not el.attributes: jsdom builds a costly NamedNodeMap wrapper for the latter.
  for (const name of names) if (name.startsWith('data-') && name.length < 30) source += ` ${name.slice(5)}`;
  return source;
}

/** Lower-case word tokens of a nameSource ("adSlot", "ad-slot" → ad, slot). */
export function tokensOf(source: string): string[] {
  return source
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** class, id, role and data-* names of an element, split into lower-case word tokens ("adSlot", "ad-slot" → ad, slot). */
export function nameTokens(el: Element): string[] {
  return tokensOf(nameSource(el));
}

export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The same page, whatever its fragment, trailing slash or tracking parameters. */
export function samePage(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u);
      url.hash = '';
      for (const key of Array.from(url.searchParams.keys())) if (/^(utm_|fbclid|gclid)/.test(key)) url.searchParams.delete(key);
      return url.href.replace(/\/$/, '');
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}
