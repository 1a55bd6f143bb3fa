/**
 * A paginated story ("page 1 of 2", printed pages) breaks mid-sentence: "…the remaining support" ends one page,
 * the doubled byline opens the next, "mechanism keeping…" goes on. Once the byline is gone, the two halves sit
 * side by side as two paragraphs and the reader would see the sentence torn in two.
 */
import { squash } from '../text';

/** Prose, not a caption, a poem's line, a label or a line of code: those end without a full stop too. */
const MIN_FIRST_HALF = 80;
const MIN_SECOND_HALF = 40;
/**
 * Ends inside a sentence: on a word, or a word and a comma (not on ":" which opens a list or a quote, and not on
 * a web address, as a list of sources has one per paragraph).
 */
const ENDS_MID_SENTENCE = /\s[\p{L}\p{N}'’-]+,?$/u;
/** Goes on a sentence: a lower-case word, as no paragraph of its own starts ("http://…" and "a)" are no words). */
const CONTINUES_SENTENCE = /^\p{Ll}[\p{L}'’-]*[\s,;]/u;

export function rejoinSplitParagraphs(root: Element): void {
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    // Joined into the paragraph before it (the article is a detached tree, so isConnected says nothing).
    if (!p.parentNode) continue;
    for (let next = p.nextElementSibling; next && continuesParagraph(p, next); next = p.nextElementSibling) {
      p.append(' ', ...Array.from(next.childNodes));
      next.remove();
    }
  }
}

function continuesParagraph(p: Element, next: Element): boolean {
  if (next.tagName !== 'P' || !onlyBlankBetween(p, next)) return false;
  const head = squash(p.textContent);
  const tail = squash(next.textContent);
  return head.length >= MIN_FIRST_HALF && tail.length >= MIN_SECOND_HALF && ENDS_MID_SENTENCE.test(head) && CONTINUES_SENTENCE.test(tail);
}

function onlyBlankBetween(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) if (n.nodeType !== 3 || /\S/.test(n.nodeValue ?? '')) return false;
  return true;
}
