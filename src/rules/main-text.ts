/**
 * The guard every rule passes: a rule may hide boxes, notes and promos, never the story itself.
 * Used when a rule is made (against the article just shown) and when it is applied (against the page).
 */
import { linkDensity, squash } from '../extract/text';

/** Paragraph text long enough, and unlinked enough, to be a story's prose. */
export function isProse(el: Element): boolean {
  const text = squash(el.textContent);
  return text.length >= 80 && linkDensity(el) < 0.3;
}

/** A paragraph's prose: its text length when it is prose, else nothing. */
export function paragraphProse(p: Element): number {
  return isProse(p) ? squash(p.textContent).length : 0;
}

/**
 * The prose of root's paragraphs (root included when it is one).
 * @param ofParagraph how one paragraph is counted: measured now, or a page's measure kept between asks (page-prose.ts)
 */
export function proseLength(root: Element, ofParagraph: (p: Element) => number = paragraphProse): number {
  let n = root.tagName === 'P' ? ofParagraph(root) : 0;
  for (const p of Array.from(root.querySelectorAll('p'))) n += ofParagraph(p);
  return n;
}

/** At most this share of a page's prose may go to one rule; more means the rule found the article. */
export const MAX_PROSE_SHARE = 0.35;

/**
 * Whether removing these elements would take a large share of the page's prose.
 * @param lengthOf how the matches' prose is counted: proseLength, or a page's measure kept between asks (page-prose.ts)
 */
export function takesMainText(matches: Element[], pageProse: number, lengthOf: (root: Element) => number = proseLength): boolean {
  if (pageProse === 0) return false;
  const outermost = matches.filter((m) => !matches.some((o) => o !== m && o.contains(m)));
  const taken = outermost.reduce((sum, m) => sum + lengthOf(m), 0);
  return taken > MAX_PROSE_SHARE * pageProse;
}

/** Texts of the article's paragraphs, as the reader showed them. */
export function articleParagraphs(texts: string[]): Set<string> {
  return new Set(texts.map(squash).filter((t) => t.length >= 40));
}

/** Whether an element carries article paragraphs other than those of `allowed` (the block being hidden). */
export function carriesArticleText(el: Element, article: Set<string>, allowed: Element | null): boolean {
  for (const node of [el, ...Array.from(el.querySelectorAll('p, li, blockquote, h2, h3, h4, pre, td'))]) {
    if (allowed && (allowed === node || allowed.contains(node) || node.contains(allowed))) continue;
    if (node.querySelector('p, li, blockquote')) continue;
    if (article.has(squash(node.textContent))) return true;
  }
  return false;
}
