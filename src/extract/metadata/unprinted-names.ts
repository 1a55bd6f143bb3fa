/**
 * A declared author the page never prints: JSON-LD or <meta name=author> fed from the CMS account that published the
 * story ("Gilles Gressani", an editor, on a piece the page signs "Auteur | Uriel Gadessaud"; a station's web producer
 * on a story bylined "By Jessica Holly, Gail Levy"). The byline readers see names the authors; a declared name that
 * appears nowhere in the page's text does not. A login ("sarah-indra") is never printed as such: it stands for an
 * account, and the page's byline says whose words these are.
 */
import type { TextLine } from '../page-text';
import { squash } from '../text';
import { isAccountName } from './account-names';
import { CAPITALIZED_NAME, hasDeskWord } from './authors';
import { PLAIN_NAME } from './fuller-names';
import { classHas, OTHER_STORIES, type ElementTest } from './marked-elements';
import { closestInBody } from './text-nodes';
import type { VisibleByline } from './visible-byline';

/** The page's visible text in lower case, its lines joined so that a name split over two elements is still found. */
export const lowerPageText = (lines: readonly TextLine[]): string => lines.map((line) => line.text).join(' ').toLowerCase();

/** Names were declared, and the page prints none of them. */
export function noneShown(names: string[], text: string): boolean {
  return names.length > 0 && !names.some((name) => !isAccountName(name) && text.includes(name.toLowerCase().replace(/\s+/g, ' ')));
}

/** Boxes of other things than this story's byline: a sidebar's widgets and teasers, as well as comments and related stories. */
const OTHER_BOXES: ElementTest = (el) => OTHER_STORIES(el) || classHas(el, 'widget', 'sidebar', 'more', 'teaser', 'book', 'review');
/** The first paragraph of the story's prose: a byline stands above it, a book's or a poem's "By NAME" inside the story. */
const PROSE_CHARS = 150;

function aboveStory(el: Element): boolean {
  for (const p of Array.from(el.ownerDocument.getElementsByTagName('p'))) {
    if (squash(p.textContent).length < PROSE_CHARS || p.contains(el)) continue;
    return (el.compareDocumentPosition(p) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
  }
  return true;
}

/**
 * A byline that may outrank them: people's names ("Jessica Holly", not "Redaktion", "Admin Team", "e. barreneche /
 * J. I. da silva" or an agency's photo credit "PAP/ Rafał Guz"), set above the story (not a book's or a poem's credit in it), outside the boxes of comments, other
 * stories and sidebar widgets, whose own bylines name their authors.
 */
export function standsAsByline(seen: VisibleByline): boolean {
  if (!seen.authors.length || !seen.authors.every((name) => CAPITALIZED_NAME.test(name) && PLAIN_NAME.test(name) && !hasDeskWord(name))) return false;
  return seen.element !== null && !closestInBody(seen.element, OTHER_BOXES) && aboveStory(seen.element);
}
