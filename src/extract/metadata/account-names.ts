/**
 * CMS account names standing in for the author ("human", "christian.stadtfeld"): Drupal's "Gespeichert von
 * <span class=username>" and JSON-LD fed from the login print the account where the page itself prints the person.
 */
import type { TextLine } from '../page-text';

/** Only lowercase letters, digits and the dots, hyphens and underscores of logins: no capital, and not a script without case. */
export function isAccountName(name: string): boolean {
  return /^[\p{Ll}\d._-]+$/u.test(name);
}

/** A login made of a first and a last name ("christian.stadtfeld", "jane_doe", "anna-berg"). */
const FIRST_LAST_LOGIN = /^(\p{Ll}{2,})[._-](\p{Ll}{2,})$/u;

const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The person a first.last login stands for, as a line of the page prints the name: both words capitalized, with at
 * most a middle initial between them ("Christian P. Stadtfeld"); null when no line prints it.
 */
export function printedAccountName(login: string, lines: readonly TextLine[]): string | null {
  const m = login.match(FIRST_LAST_LOGIN);
  if (!m) return null;
  const printed = new RegExp(String.raw`(?<![\p{L}.])${escaped(capitalized(m[1]!))}(?:\s+\p{Lu}\.)?\s+${escaped(capitalized(m[2]!))}(?!\p{L})`, 'u');
  for (const { text } of lines) {
    const found = text.match(printed);
    if (found) return found[0].replace(/\s+/g, ' ');
  }
  return null;
}
