/**
 * A paginated story ("page 1 of 2", printed pages) breaks mid-sentence: "…the remaining support" ends one page,
 * the doubled byline opens the next, "mechanism keeping…" goes on. Once the byline is gone, the two halves sit
 * side by side as two paragraphs and the reader would see the sentence torn in two. Only where a repeated byline
 * stood between them: without that sign of a page break, a paragraph ending on a word and one starting in lower case
 * are as often a list written as paragraphs, a bold heading, a poem or a name before "iPhone".
 */
import { squash } from '../text';

/** Prose, not a caption, a label or a line of code: those end without a full stop too. */
const MIN_FIRST_HALF = 80;
const MIN_SECOND_HALF = 40;
/** Ends inside a sentence: on a word, or a word and a comma (not on ":" which opens a list or a quote, nor on a web address). */
const ENDS_MID_SENTENCE = /\s[\p{L}\p{N}'’-]+,?$/u;
/** Goes on a sentence: a lower-case word ("http://…" and "a)" are no words). */
const CONTINUES_SENTENCE = /^\p{Ll}[\p{L}'’-]*[\s,;]/u;

/** The paragraph a removed byline followed, skipping the page-break rule between them. */
export function paragraphBefore(byline: Element): Element | null {
  let before = byline.previousElementSibling;
  while (before && isPageBreak(before)) before = before.previousElementSibling;
  return before?.tagName === 'P' ? before : null;
}

/** `beforeBreaks`: the paragraphs that came right before a repeated byline now removed (paragraphBefore). */
export function rejoinSplitParagraphs(beforeBreaks: readonly Element[]): void {
  for (const p of beforeBreaks) {
    // Joined into the paragraph before it (the article is a detached tree, so isConnected says nothing).
    if (!p.parentNode) continue;
    let next = p.nextElementSibling;
    const breaks: Element[] = [];
    while (next && isPageBreak(next)) {
      breaks.push(next);
      next = next.nextElementSibling;
    }
    if (!next || !continuesParagraph(p, next)) continue;
    for (const rule of breaks) rule.remove();
    p.append(' ', ...Array.from(next.childNodes));
    next.remove();
  }
}

/** A rule or an empty box around one ("<div class="page-break"><hr></div>"). */
function isPageBreak(el: Element): boolean {
  return el.tagName === 'HR' || (!squash(el.textContent) && el.getElementsByTagName('hr').length > 0 && el.children.length === 1);
}

function continuesParagraph(p: Element, next: Element): boolean {
  if (next.tagName !== 'P') return false;
  const head = squash(p.textContent);
  const tail = squash(next.textContent);
  return head.length >= MIN_FIRST_HALF && tail.length >= MIN_SECOND_HALF && ENDS_MID_SENTENCE.test(head) && CONTINUES_SENTENCE.test(tail);
}
