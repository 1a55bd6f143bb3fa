/**
 * JSON-LD is the most reliable author source, but some CMSs put only the first of several authors there, or a
 * username or first name ("Todd", "arianschlichenmayer"), while the byline or <meta name="author"> on the same
 * page gives all of them in full ("Todd Bates"; "April Roach, Daniel O'Mahony"). When another list names every
 * person JSON-LD names, and more, that list is the one readers see.
 */
import { comparableText } from '../text';

export const nameKey = (t: string): string => comparableText(t);

/** The other name is the same person's, written as fully or more fully ("Todd" → "Todd Bates", "arianschlichenmayer" → "Arian Schlichenmayer"). */
function sameOrFuller(name: string, other: string): boolean {
  const [a, b] = [nameKey(name), nameKey(other)];
  if (a === b) return true;
  // A first name alone: the fuller name starts with that whole word.
  return a.length >= 3 && b.startsWith(a) && other.toLowerCase().startsWith(`${name.toLowerCase()} `);
}

/** Letters, spaces, hyphens, apostrophes and initials' dots: not "Martin Untersinger (avec Damien Leloup". */
export const PLAIN_NAME = /^[\p{L}\p{M}'’. -]+$/u;
const wordCount = (name: string) => name.split(/\s+/).length;

/**
 * The other list names every declared person, and what it adds reads as people: plain names of two to four words,
 * not the rest of a byline split at commas ("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy…").
 */
function adds(declared: string[], other: string[]): boolean {
  if (!declared.every((name) => other.some((o) => sameOrFuller(name, o)))) return false;
  const added = other.filter((o) => !declared.some((name) => sameOrFuller(name, o)));
  if (!other.every((o) => PLAIN_NAME.test(o)) || added.some((o) => wordCount(o) < 2 || wordCount(o) > 4)) return false;
  return added.length > 0 || other.some((o) => !declared.includes(o));
}

/** The declared names, or the first other list that names each of them and more, or more fully. */
export function fullerNames(declared: string[], others: string[][]): string[] {
  return others.find((other) => other.length && adds(declared, other)) ?? declared;
}

/**
 * A name that is the site's own ("L'Opinion", "Makronom"): JSON-LD typed it Person, but it names the publication.
 * So do the site's initials, the name an editorial account signs with ("JF" on "Junge Freiheit").
 */
export function namesSite(name: string, site: (string | null)[]): boolean {
  const key = nameKey(name);
  return site.some((s) => s && (nameKey(s) === key || s.split('.').some((part) => part.length > 3 && nameKey(part) === key) || isInitialsOf(name, s)));
}

/** "JF" for "JUNGE FREIHEIT", "FAZ" for "Frankfurter Allgemeine Zeitung": capitals only, one for each word of a name of two words or more. */
function isInitialsOf(name: string, site: string): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(name)) return false;
  const words = site.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  return words.length >= 2 && words.map((word) => word[0]!.toUpperCase()).join('') === name;
}
