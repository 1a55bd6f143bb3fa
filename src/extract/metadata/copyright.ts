/**
 * The person a personal site's copyright line names ("© 2019 Sven Schreivogel", "(c) Johannes Wolf •
 * Weitere Rechte…", "Copyright (c) 2012- Gregory Szorc. All rights reserved."): on a one-person blog that
 * is the author. Only a last resort, after every byline source, and only for what reads as a person's name,
 * not a company.
 */
import { splitAuthors } from './authors';

// The name never opens with the mark itself: "© Copyright MesOpinions.com" names no two-word holder "Copyright MesOpinions".
// Case is spelled out by hand: with the i flag, \p{Lu} would match lower-case words too ("Schnäppchen Blog mit Doktortitel").
const MARK = String.raw`(?:©|\([cC]\)|[Cc]opyright\b|COPYRIGHT\b)`;
const COPYRIGHT_LINE = new RegExp(String.raw`^${MARK}(?:\s*${MARK})*\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?\s*)?(?:[Bb]y\s+)?(?!${MARK})(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})(?=$|[\s.,|•·–—-])`, 'u');
/** Company forms and words that mark an organisation rather than a person. */
export const ORGANISATION = /\b(?:GmbH|AG|SE|KG|e\.?\s?V|Inc|Ltd|LLC|Corp|Co|Group|Media|Medien|Verlag|Press|News|Online|Network|Foundation|Stiftung|Gesellschaft|Verband|Verein|Institut|Agentur|Blog|Magazin|Magazine|Zeitung|Rights|Reserved|Alle|All)\b/i;

export function copyrightHolder(line: string): string[] {
  if (line.length > 120) return [];
  const m = line.match(COPYRIGHT_LINE);
  if (!m || ORGANISATION.test(m[1]!)) return [];
  const names = splitAuthors(m[1]!);
  return names.length === 1 ? names : [];
}
