/**
 * Date lines repeated in the body: "14. Januar 2020, 9:21 Uhr 571 Kommentare", "Published on March 4, 2019 |
 * 3 min read". The header shows the publication date already; the line in the body only repeats it, between
 * the standfirst and the story. A line counts when it holds the header's day and nothing else but date
 * words, labels, times, the authors' names and counts of comments or reading minutes.
 */
import { isMonthName, normalizeDate } from '../metadata/dates';
import { forEachText } from '../metadata/text-nodes';
import { squash, textSample } from '../text';

const MAX_LINE = 100;

/** Labels and units a date line is made of, in the languages of the month names dates.ts reads. */
const DATE_LINE_WORDS = new Set(
  (
    'published updated posted on at by last modified date created min mins minute minutes read reading time comments comment ' +
    'am pm uhr um stand erstellt veröffentlicht aktualisiert zuletzt geändert datum von lesezeit minuten kommentare kommentar ' +
    'publié le mis à jour par lecture commentaires publicado el actualizado por lectura comentarios ' +
    'pubblicato il aggiornato da lettura commenti gepubliceerd op bijgewerkt door ' +
    'opublikowano aktualizacja publikacja przez komentarze gmt utc cet cest mez mesz est edt pst pdt h ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche'
  ).split(' '),
);

const INLINE = new Set(['SPAN', 'TIME', 'SMALL']);

/** A block is a line of its own; an inline element is one when nothing but blocks stands beside it. */
function standsAlone(el: Element): boolean {
  const parent = el.parentElement;
  if (!INLINE.has(el.tagName) || !parent) return true;
  return squash(parent.textContent) === squash(el.textContent) || parent.querySelector(':scope > p, :scope > div') !== null;
}

function dayOf(iso: string): number {
  return Date.parse(iso.slice(0, 10));
}

/** Whether the line's words are all date words, labels or the authors' names. */
function onlyDateWords(text: string, authorWords: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((w) => DATE_LINE_WORDS.has(w) || isMonthName(w) || authorWords.has(w));
}

/** A year, or a day and month in figures ("14.01.", "5/3/"): what every full date normalizeDate reads has. */
const MAY_HOLD_DATE = /(?:19|20)\d\d|\d[./]\d/;

const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'TIME', 'SMALL', 'LI', 'HEADER']);
const MEDIA = 'img, picture, video, figure';

/** The outermost line-sized element of the line kinds around a text node, with no picture in it. */
function lineAround(node: Text, root: Element): Element | null {
  let line: Element | null = null;
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    // Only the text a line can hold is read: the elements further up are long, and reading all of theirs would cost more than the rest.
    if (textSample(el, MAX_LINE + 1).length > MAX_LINE) break;
    if (LINE_TAGS.has(el.tagName) && !el.querySelector(MEDIA)) line = el;
  }
  return line;
}

export function removeRepeatedDateLines(root: Element, publishedTime: string | null | undefined, authors: readonly string[], remove: (el: Element) => void): void {
  if (!publishedTime) return;
  const headerDay = dayOf(publishedTime);
  const authorWords = new Set(authors.flatMap((a) => a.toLowerCase().match(/\p{L}+/gu) ?? []));
  const lines = new Set<Element>();
  // Only text with a year or a day and month in figures can hold a full date: few of the article's text nodes.
  forEachText(root, (node, nodeText) => {
    if (!MAY_HOLD_DATE.test(nodeText)) return;
    const line = lineAround(node, root);
    if (!line || lines.has(line)) return;
    const text = squash(line.textContent);
    const date = normalizeDate(text);
    // A day either side: the header may show the date in another time zone than the line.
    if (date && Math.abs(dayOf(date) - headerDay) <= 86_400_000 && onlyDateWords(text, authorWords) && standsAlone(line)) lines.add(line);
  });
  // Several such lines are the time stamps of a live blog's entries or of comments, which belong to them.
  if (lines.size > 2) return;
  for (const line of lines) remove(line);
}
