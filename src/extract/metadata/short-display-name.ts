/**
 * A byline showing only a first name or initials ("Von Henry", "by DT") on a page that prints the person's full
 * name elsewhere: a photo credit, a licence line ("Ein Hundetagebuch von Donald Townsend steht unter einer Creative
 * Commons Lizenz"), a "Mehr von Henry Steinhau" heading. That full name is the author when the page ties it to the
 * byline: the byline's author-archive link spells it (/author/donaldtownsend/), or the site is named after its
 * surname (steinhau.com). A namesake the story quotes ("said Henry Ford") is tied to neither.
 */
import type { TextLine } from '../page-text';
import { authorArchiveSlug } from './candidates';
import { nameKey } from './fuller-names';

const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const INITIALS = /^\p{Lu}{2,3}$/u;
const SURNAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;

/** Full names the display name can stand for: the first name and a surname, or one word per initial. */
function fullNamePattern(shown: string): RegExp | null {
  // Both shapes are letters only, so they go into the pattern as they are.
  if (FIRST_NAME.test(shown)) return new RegExp(String.raw`(?<!\p{L})${shown}\s+(?:\p{Lu}\.\s+)?${SURNAME}(?![\p{L}-])`, 'gu');
  if (INITIALS.test(shown)) return new RegExp(String.raw`(?<!\p{L})${[...shown].map((letter) => `${letter}\\p{Ll}+`).join(String.raw`\s+`)}(?![\p{L}-])`, 'gu');
  return null;
}

/** Second-level labels under a country's suffix ("co" of example.co.uk): the site's name is the label before them. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|or|ne|go)$/;

/**
 * The name a personal site is registered with ("steinhau" of www.steinhau.com), not a subdomain ("main" of
 * main.example.com: "By Henry" there is not "Henry Main") or the suffix.
 */
function hostWords(host: string | null): string[] {
  const labels = host?.toLowerCase().split('.') ?? [];
  const suffix = labels.length > 2 && SECOND_LEVEL.test(labels.at(-2)!) ? 2 : 1;
  const name = labels.at(-1 - suffix);
  return name && name.length > 3 ? [nameKey(name)] : [];
}

export function printedFullName(shown: string, byline: Element | null, host: string | null, lines: () => readonly TextLine[]): string | null {
  const pattern = fullNamePattern(shown);
  if (!pattern) return null;
  const slug = nameKey(authorArchiveSlug(byline) ?? '');
  const sites = hostWords(host);
  if (!slug && !sites.length) return null;
  const tied = (name: string) => (slug.length > shown.length && nameKey(name) === slug) || sites.includes(nameKey(name.split(/\s+/).at(-1)!));
  for (const { text } of lines()) {
    for (const [found] of text.matchAll(pattern)) {
      const name = found.replace(/\s+/g, ' ');
      if (tied(name)) return name;
    }
  }
  return null;
}
