/**
 * A meta line that is only a date and a name, with no label: "11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr |
 * Uta Helkenberg". Small sites set their byline so, under or above the headline. Only a numeric date (which no
 * headline or teaser title starts with), an optional time, a separator, and a name of two or three capitalized words
 * that ends the line.
 */
import { splitAuthors } from './authors';

const DATE = String.raw`(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})`;
const TIME = String.raw`(?:\s*[|,·•–—-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h))?)?`;
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})`;
const DATED_NAME = new RegExp(String.raw`^${DATE}${TIME}\s*[|·•–—-]\s*${NAME}$`, 'u');

export function datedNameLine(text: string): { authors: string[]; date: string } | null {
  if (text.length > 80) return null;
  const m = text.match(DATED_NAME);
  const authors = m ? splitAuthors(m[2]) : [];
  return authors.length ? { authors, date: m![1]!.replace(/\s/g, '') } : null;
}
