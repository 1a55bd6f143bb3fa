/**
 * Readability 0.6.0 with two of its element tests made lazy. As published, both read the whole
 * textContent of each element they test, and Readability tests every element of the page on its
 * way down: O(size × depth) work, a tenth of its time on news pages, for answers that a cheaper
 * test settles first for nearly every element. The answers are the same, so the article is too.
 * The methods replaced are internal to Readability: package.json pins the version they were
 * written against, and tests/unit/lean-readability.test.ts checks the output against the original.
 */
import { Readability } from '@mozilla/readability';

/** Readability's own names for what these overrides use; not part of its published types. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
}

/** Same test as String.prototype.trim's idea of blank: \s is the set trim() removes. */
const NOT_BLANK = /\S/;

/** Whether any text under `node` is not blank, stopping at the first text that is not. */
function hasText(node: Node): boolean {
  let n: Node | null = node.firstChild;
  while (n) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      if (NOT_BLANK.test(n.nodeValue ?? '')) return true;
    } else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== node && !n.nextSibling) n = n.parentNode;
    if (!n || n === node) return false;
    n = n.nextSibling;
  }
  return false;
}

export class LeanReadability<T = string> extends Readability<T> {
  /** A byline by its rel, itemprop or class/id first; its length (the costly part) only then. */
  protected _isValidByline(node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || (this as unknown as ReadabilityInternals).REGEXPS.byline.test(matchString))) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return bylineLength > 0 && bylineLength < 100;
  }

  /** An element without content: no text but blanks, and no children other than <br>s and <hr>s. */
  protected _isElementWithoutContent(node: Node): boolean {
    if (node.nodeType !== 1 || hasText(node)) return false;
    const el = node as Element;
    return !el.children.length || el.children.length === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
  }
}
