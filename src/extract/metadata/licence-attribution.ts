/**
 * A blog's Creative Commons licence line names whom to credit for its posts, marked up as such ("Ein Hundetagebuch von
 * <a rel="cc:attributionURL">Donald Townsend</a> steht unter einer Creative Commons Lizenz"), while the post's byline
 * often shows only the blogger's initials or first name ("DT", "kj", "Andrea"). The licence's name is then the one to show.
 */
import { squash } from '../text';
import { splitAuthors } from './authors';
import { sameOrFuller } from './fuller-names';

/** The name's initials, as a byline of capitals or lowercase letters gives them ("DT", "kj" for "Konrad Jeker"). */
const initialsOf = (name: string) => name.split(/[\s-]+/).map((word) => word[0]).join('').toLowerCase();

/** Two to four words of letters: a person, not "the Python Core Developers" split at "and" or an address. */
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The name the licence credits, when the one byline name is its first name or initials; else the byline's names. */
export function fullerFromLicence(authors: string[], attributionLinks: Element[]): string[] {
  if (authors.length !== 1 || !attributionLinks.length) return authors;
  const credited = splitAuthors(squash(attributionLinks[0]!.textContent));
  const full = credited.length === 1 ? credited[0]! : '';
  const short = authors[0]!;
  if (!FULL_NAME.test(full)) return authors;
  const initials = /^\p{L}{2,3}$/u.test(short) && short.toLowerCase() === initialsOf(full);
  return initials || (sameOrFuller(short, full) && short !== full) ? [full] : authors;
}
