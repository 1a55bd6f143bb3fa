/**
 * One pass over a subtree's text nodes. Finding short labelled lines ("By …", "Advertisement",
 * "Related") from their text nodes and climbing to the element around them is far cheaper than
 * reading textContent of every element, which costs O(size × depth) on big pages.
 */
import { squash } from '../text';

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|svg|TEXTAREA)$/;

/**
 * Calls visit(node, squashedText) for each non-blank text node in document order; stop by returning true.
 * onComment, when given, meets the HTML comments on the way (the same walk, for a caller that removes them), and
 * onScript the <script> elements.
 */
export function forEachText(root: Node, visit: (node: Text, text: string) => boolean | void, onComment?: (node: Comment) => void, onScript?: (node: Element) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (/\S/.test(value) && visit(node as Text, value.replace(/\s+/g, ' ').trim())) return;
    } else if (node.nodeType === 8) onComment?.(node as Comment);
    else if (onScript && (node as Element).tagName === 'SCRIPT') onScript(node as Element);
    const descend = node.nodeType === 1 && !SKIP.test((node as Element).tagName) && node.firstChild;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/**
 * Ancestors of a text node (nearest first, at most maxDepth) for which accept() holds, stopping at
 * the first one longer than maxChars. Lets callers pick the outermost short element that matches.
 */
export function shortAncestors(node: Text, maxDepth: number, maxChars: number, root?: Node): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  let el = node.parentElement;
  for (let depth = 0; el && depth < maxDepth && el !== root; depth++, el = el.parentElement) {
    if (/^(BODY|HTML|MAIN|ARTICLE)$/.test(el.tagName)) break;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > maxChars) break;
    out.push({ el, text });
  }
  return out;
}

/**
 * The line of a short element's text that holds `node`, a <br> ending a line ("<p>Von A und B<br>Kakuma /Kenia</p>"
 * reads "Von A und B": a dateline under the byline is no part of the last name). A line going on with "and", "und",
 * "&" or a comma continues the list of names ("By Jane Doe<br>and John Roe").
 */
export function lineAround(el: Element, node: Text, text: string): string {
  if (!el.querySelector('br')) return text;
  const lines = [''];
  let at = -1;
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) at = lines.length - 1;
    if (n.nodeType === 3) lines[lines.length - 1] += n.nodeValue ?? '';
    else if ((n as Element).localName === 'br') lines.push('');
  }
  if (at < 0) return text;
  const squashed = lines.map(squash);
  let end = at;
  while (end + 1 < squashed.length && LIST_GOES_ON.test(squashed[end + 1]!)) end++;
  return squashed.slice(at, end + 1).filter(Boolean).join(' ');
}

const LIST_GOES_ON = /^(?:(?:and|und|et|y|e)\s|&|,)/i;

/**
 * el.closest(selector), not counting <body> and <html>: themes put layout words in the body's class
 * ("one-sidebar sidebar-second", "comments-open"), which say nothing about where an element sits.
 * `selector` may be a test that answers as a selector would (marked-elements.ts), which spares jsdom's selector engine.
 */
export function closestInBody(el: Element, selector: string | ((el: Element) => boolean)): Element | null {
  const test = typeof selector === 'string' ? (at: Element) => at.matches(selector) : selector;
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.tagName === 'BODY' || at.tagName === 'HTML') return null;
    if (test(at)) return at;
  }
  return null;
}
