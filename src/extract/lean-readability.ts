/**
 * Readability 0.6.0 with three of its helpers made cheaper, giving the same answers, so the same article:
 * - its byline and empty-element tests read the whole textContent of every element on the way down
 *   (O(size × depth)), where a cheaper test settles nearly every element first;
 * - it finds elements by tag with querySelectorAll, which jsdom's selector engine answers several
 *   times slower than getElementsByTagName, and Readability asks it for every block it cleans.
 * The methods replaced are internal to Readability: package.json pins the version they were
 * written against, and tests/unit/lean-readability.test.ts checks the output against the original.
 */
import { Readability } from '@mozilla/readability';
import { elementsByTag } from './text';

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
  /** querySelectorAll(tagNames.join(',')): the same static list, in document order, by getElementsByTagName. */
  protected _getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
    return elementsByTag(node, tagNames);
  }

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
