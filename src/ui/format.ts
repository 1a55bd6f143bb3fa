/** How dates, authors and durations read to a person, in their own locale. */

/**
 * The language of the reader's own words ("By", "min read", "Related articles"). They are marked with it inside an
 * article in another language, or a screen reader speaks them with the article's voice.
 */
export const OWN_WORDS_LANG = 'en';

/** The locale formatPublished writes in when given none: the browser's. */
export function dateLocale(): string {
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

// Building an Intl formatter costs far more than using one, and the library formats hundreds of rows.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return null;
  return formatter(`date:${locale}:${dateOnly}`, () => new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' })).format(date);
}

export function formatAuthors(authors: string[], locale?: string): string | null {
  if (authors.length === 0) return null;
  return formatter(`list:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(authors);
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
