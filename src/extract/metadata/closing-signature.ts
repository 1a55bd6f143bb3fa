/**
 * The name an article is signed with: its last paragraph holds only a person's name, set in bold or italics
 * ("… Eine bemerkenswerte Sammlung.</p><p><strong>Marina Mucha</strong></p>"), how magazines and regional
 * papers sign a review or a report that has no byline above it. Read from the article Readability found,
 * so that a name in the page's footer or sidebar does not count.
 */
import { squash } from '../text';
import { ORGANISATION } from './copyright';
import { leadingNames } from './labelled-byline';

const WRAPPERS = /^(?:DIV|SECTION|ARTICLE|MAIN)$/;
const EMPHASIS = /^(?:STRONG|B|EM|I)$/;
const MAX_SIGNATURE = 40;

/** The last element child with text, descending through wrappers to the paragraph that ends the article. */
function lastParagraph(content: Element): Element | null {
  let el: Element | null = content;
  while (el && WRAPPERS.test(el.tagName)) {
    let child: Element | null = el.lastElementChild;
    while (child && !/\S/.test(child.textContent ?? '')) child = child.previousElementSibling;
    el = child;
  }
  return el?.tagName === 'P' ? el : null;
}

/** The paragraph's whole text is one emphasis element's ("<p><strong><em>NAME</em></strong></p>"). */
function emphasized(p: Element, text: string): boolean {
  let el: Element | null = p.firstElementChild;
  while (el && !EMPHASIS.test(el.tagName)) el = el.firstElementChild;
  return el !== null && squash(el.textContent) === text;
}

export function closingSignature(content: Element | null | undefined): string[] {
  const p = content ? lastParagraph(content) : null;
  const text = squash(p?.textContent);
  if (!p || text.length > MAX_SIGNATURE || !emphasized(p, text) || ORGANISATION.test(text)) return [];
  const names = leadingNames(text);
  // First and last name, the whole paragraph: not a bold closing phrase ("Guten Appetit", "Fortsetzung folgt").
  return names.length === 1 && names[0] === text && text.includes(' ') ? names : [];
}
