/**
 * A newsroom's credit line naming several people, "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR":
 * read as "By NAME, rest", its rest lists the co-authors and ends with the broadcaster's or agency's initials, which
 * stay as the page prints them. Without the initials the rest after the comma is as often places or a role ("By
 * John Smith, New York and London", "Von Anna Berg, Korrespondentin in Paris und Brüssel"), so it names no one.
 */
import { hasDeskWord, splitAuthors } from './authors';
import { ONE_NAME } from './labelled-byline';

const LAST_JOINER = String.raw`(?:\s*&\s*|\s+(?:and|und|et|y|e)\s+)`;
const CO_AUTHORS = new RegExp(String.raw`^(${ONE_NAME}(?:\s*,\s*${ONE_NAME})*${LAST_JOINER}${ONE_NAME})\s*,\s*(\p{Lu}{2,6})$`, 'u');

/**
 * Each listed name is a full name of two words or more: "Paris and London, AFP", "Business and Technology Editor,
 * BBC" and "Health and Science, NPR" list places and desks, each of them one word at least once.
 */
const FULL_NAME = /^\S+(?:\s+\S+)+$/;

/** The co-authors the rest of "By NAME, rest" lists, or [] when it is no such list. */
export function listedCoauthors(rest: string): string[] {
  const m = rest.trim().match(CO_AUTHORS);
  if (!m) return [];
  const names = splitAuthors(m[1]);
  return names.length >= 2 && names.every((name) => FULL_NAME.test(name) && !hasDeskWord(name)) ? [...names, m[2]!] : [];
}
