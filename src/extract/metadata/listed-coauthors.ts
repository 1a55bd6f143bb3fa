/**
 * A newsroom's credit line naming several people, "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR":
 * read as "By NAME, rest", its rest lists the co-authors and ends with the broadcaster's or agency's initials, which
 * stay as the page prints them. Without the initials the rest after the comma is as often places or a role ("By
 * John Smith, New York and London", "Von Anna Berg, Korrespondentin in Paris und Brüssel"), so it names no one.
 */
import { splitAuthors } from './authors';
import { ONE_NAME } from './labelled-byline';

const LAST_JOINER = String.raw`(?:\s*&\s*|\s+(?:and|und|et|y|e)\s+)`;
const CO_AUTHORS = new RegExp(String.raw`^(${ONE_NAME}(?:\s*,\s*${ONE_NAME})*${LAST_JOINER}${ONE_NAME})\s*,\s*(\p{Lu}{2,6})$`, 'u');

/** The co-authors the rest of "By NAME, rest" lists, or [] when it is no such list. */
export function listedCoauthors(rest: string): string[] {
  const m = rest.trim().match(CO_AUTHORS);
  return m ? [...splitAuthors(m[1]), m[2]!] : [];
}
