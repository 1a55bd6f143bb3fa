/**
 * A declared author the page never prints: JSON-LD or <meta name=author> fed from the CMS account that published the
 * story ("Gilles Gressani", an editor, on a piece the page signs "Auteur | Uriel Gadessaud"; a station's web producer
 * on a story bylined "By Jessica Holly, Gail Levy"). The byline readers see names the authors; a declared name that
 * appears nowhere in the page's text does not. A login ("sarah-indra") is never printed as such: it stands for an
 * account, and the page's byline says whose words these are.
 */
import type { TextLine } from '../page-text';
import { isAccountName } from './account-names';
import { CAPITALIZED_NAME } from './authors';
import { OTHER_STORIES } from './marked-elements';
import { closestInBody } from './text-nodes';
import type { VisibleByline } from './visible-byline';

/** The page's visible text in lower case, its lines joined so that a name split over two elements is still found. */
export const shownText = (lines: readonly TextLine[]): string => lines.map((line) => line.text).join(' ').toLowerCase();

/** Names were declared, and the page prints none of them. */
export function noneShown(names: string[], text: string): boolean {
  return names.length > 0 && !names.some((name) => !isAccountName(name) && text.includes(name.toLowerCase().replace(/\s+/g, ' ')));
}

/**
 * A byline that may outrank them: people's names ("Jessica Holly", not "Redaktion" or "e. barreneche / J. I. da
 * silva"), in an element marked as a byline or on a line read as one outside the boxes of comments and other stories
 * (a sidebar column's "von NAME" names that column's author).
 */
export function standsAsByline(seen: VisibleByline): boolean {
  if (!seen.authors.length || !seen.authors.every((name) => CAPITALIZED_NAME.test(name))) return false;
  return !seen.fromSentence || (seen.element !== null && !closestInBody(seen.element, OTHER_STORIES));
}
