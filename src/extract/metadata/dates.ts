/**
 * Turns the date strings pages publish into ISO 8601, or null. Relative phrases ("2 hours ago",
 * "yesterday") and impossible dates are rejected rather than guessed: a wrong date is worse than none.
 */

import type { NumericOrder } from './numeric-date-order';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // German, French, Spanish, Italian, Portuguese and Dutch month names common on news pages.
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  januari: 1, februari: 2, maart: 3, augustus: 8,
  // Polish (genitive, as written in dates) and Swedish/Danish/Norwegian.
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, wrzesnia: 9,
  października: 10, pazdziernika: 10, listopada: 11, grudnia: 12, maj: 5, okt: 10, desember: 12,
  // Russian and Ukrainian, in the genitive that dates use ("15 августа 2016").
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11,
  декабря: 12, січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9,
  жовтня: 10, листопада: 11, грудня: 12,
};

const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const EARLIEST_YEAR = 1990;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  const latest = new Date().getUTCFullYear() + 1;
  if (year < EARLIEST_YEAR || year > latest || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function withTime(date: string, rest: string): string {
  const m = rest.match(/^[T\s]?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/i);
  if (!m) return date;
  const [hh, mm, ss = '00'] = [m[1]!.padStart(2, '0'), m[2]!, m[3] ?? '00'];
  if (Number(hh) > 23 || Number(mm) > 59) return date;
  let zone = m[4] ?? '';
  if (zone && zone.toUpperCase() !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${hh}:${mm}:${ss}${zone.toUpperCase()}`;
}

/**
 * An RFC 2822 date-time ("Sat, 19 Oct 2019 00:04:00 +0200"), as HTTP headers and RSS write it, in its own
 * time zone: converting to UTC would move a story published after local midnight to the day before.
 */
function rfc2822(text: string): string | null {
  const m = text.match(/^(?:[A-Za-z]{3},\s*)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}:\d{2}(?::\d{2})?)\s*(GMT|UTC|UT|Z|[+-]\d{4})$/);
  const month = m && MONTHS[m[2]!.toLowerCase()];
  const date = month && isoDate(+m[3]!, month, +m[1]!);
  return date ? withTime(date, `T${m[4]} ${/^[+-]/.test(m[5]!) ? m[5] : 'Z'}`) : null;
}

/**
 * ISO 8601 date or date-time for a published-date string, or null when it cannot be trusted. `order`: how the page
 * writes "02/10/2020" (numeric-date-order.ts).
 */
export function normalizeDate(raw: string | null | undefined, order: NumericOrder = 'month-first'): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return null;
  if (/\b(ago|yesterday|today|tomorrow|just now|hours?|minutes?|gestern|heute|hier|aujourd'hui|ayer|hoy)\b/i.test(text) && !/\d{4}/.test(text)) return null;

  let m = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/);
  if (m) {
    const date = isoDate(+m[1]!, +m[2]!, +m[3]!);
    return date && withTime(date, m[4]!);
  }
  m = text.match(/\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/^(\d{4})(\d{2})(\d{2})(?:T|$)/);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);

  const rfc = rfc2822(text);
  if (rfc) return rfc;

  const lower = text.toLowerCase();
  // "March 4, 2019", "Mar. 4th 2019"
  m = lower.match(new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'u'));
  if (m) return isoDate(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  // "4 March 2019", "4. März 2019", "4 de marzo de 2019", "8.Dezember 2010"
  m = lower.match(new RegExp(`\\b(\\d{1,2})(?:\\.\\s*|(?:st|nd|rd|th|er)?\\s+)(?:de\\s+)?(${MONTH_NAME})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'u'));
  if (m) return isoDate(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  // Dots are written day first: 04.03.2019. German typesetting puts a (thin) space after each dot: "4. 2. 2022".
  m = text.match(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  // Slashes either way: as the page's language writes them, unless a part over 12 can only be the day.
  m = text.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    const dayFirst = a > 12 || (order === 'day-first' && b <= 12);
    return dayFirst ? isoDate(y, b, a) : isoDate(y, a, b);
  }
  // A short date line with a two-digit year: "28.09.19", "Kultur, 2.11.22" (day first, as written where dots are used).
  // The month keeps two digits: "1.2.19" is a version number.
  m = text.length <= 40 ? text.match(/(?:^|[^\d.])(\d{1,2})\.(\d{2})\.(\d{2})(?![\d.])/) : null;
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  return null;
}

/** A date written into the article's URL path (/2019/03/04/), the weakest signal. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = path.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|_|$)/) ?? path.match(/[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/);
  const yearFirst = m && isoDate(+m[1]!, +m[2]!, +m[3]!);
  if (yearFirst) return yearFirst;
  // Written day first, as outside the US dates are: a whole path segment ("/meldungen/29-10-2021"), or eight digits
  // opening a slug ("/aktuelles/08112021-online-fachtag").
  const dayFirst = path.match(/\/(\d{2})[-.](\d{2})[-.]((?:19|20)\d{2})(?:\/|$)/) ?? path.match(/\/(\d{2})(\d{2})((?:19|20)\d{2})-\p{L}/u);
  return dayFirst ? isoDate(+dayFirst[3]!, +dayFirst[2]!, +dayFirst[1]!) : null;
}

/**
 * Of two spellings of the same moment, the one in the publisher's own time zone: JSON-LD often
 * gives UTC ("2017-02-24T01:18:13Z") where the meta tag says "2017-02-23T17:18:13-08:00", and
 * the calendar date readers saw on the page is the local one.
 */
export function inLocalTime(date: string | null, other: string | null): string | null {
  if (!date || !other || !/T.*[+-]\d{2}:\d{2}$/.test(other) || /[+-]00:00$/.test(other)) return date;
  return Date.parse(date) === Date.parse(other) ? other : date;
}

/**
 * The publisher's calendar day for a UTC timestamp near midnight: "2020-02-25T02:25:54Z" is
 * 24 February in New York, and a URL like /2020/02/24/ says so. The URL's day wins when some time
 * zone (UTC−12…+14) makes both agree. (Visible date lines are not used: they are often "updated".)
 */
export function publisherDay(date: string | null, urlDay: string | null): string | null {
  const m = date?.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i);
  if (!m || !urlDay) return date;
  const shift = daysBetween(m[1]!, urlDay);
  const hour = Number(m[2]);
  return (shift === 1 && hour >= 10) || (shift === -1 && hour < 12) ? urlDay : date;
}

/**
 * The day after a UTC timestamp that may be a date without a time, stored as local midnight east of UTC and
 * written in UTC: "2021-11-04T23:00:00Z" is 5 November in Central Europe. Only a whole hour from 20:00 to 23:00
 * UTC (midnight at UTC+1…+4), and only a candidate: the caller needs the page to print that next day, since the
 * same timestamp is an evening story in the Americas.
 */
export function dayAfterLocalMidnight(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T2[0-3]:00:00(?:\.0+)?(?:Z|[+-]00:?00)$/i.test(date) ? addDays(date, 1) : null;
}

/** The calendar day of an ISO date or date-time, as written (in the zone it gives). */
export const calendarDay = (date: string) => date.slice(0, 10);

const DAY_MS = 86_400_000;

/** The calendar day `days` after an ISO date's day ("2021-01-06", -1 → "2021-01-05"). */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(calendarDay(day)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day before an ISO day ("2021-01-06" → "2021-01-05"). */
export function dayBefore(day: string): string {
  return addDays(day, -1);
}

/** Whole days from one ISO date's calendar day to another's ("2020-02-24" → "2020-02-25": 1). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(calendarDay(to)) - Date.parse(calendarDay(from))) / DAY_MS;
}

/** A month's name or abbreviation in one of the languages above, lowercased. */
export function isMonthName(word: string): boolean {
  return Object.hasOwn(MONTHS, word);
}
