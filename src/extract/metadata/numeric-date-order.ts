/**
 * Which way a page writes an all-figure date with slashes: "02/10/2020" is 2 October on a British, Indian, German or
 * Spanish page and February 10 on an American one. The page's declared language says which: English with no region
 * or an American one ("en", "en-US"; also Canada and the Philippines, which write month first as often) reads month
 * first, as every page did before; any other language or English region reads day first. A date whose first or second
 * part is over 12 is read the only way it can be, whatever the language (normalizeDate).
 *
 * Only printed dates: a meta tag or a datetime attribute is written by the CMS, whose default is often American
 * whatever the page's language (simmeltalzeitung.ch's <meta name="date" content="11/01/2023 12:43:42"> beside its
 * printed "Erstellt am: 01.11.2023").
 */
export type NumericOrder = 'day-first' | 'month-first';

const MONTH_FIRST_ENGLISH_REGIONS = new Set(['us', 'ca', 'ph']);

/** `language`: a BCP 47 tag or a locale ("en-GB", "de_DE", "pt-br"), or null when the page declares none. */
export function numericDateOrder(language: string | null): NumericOrder {
  const m = language?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]([a-z]{2})\b)?/);
  // "und" is BCP 47's "undetermined": no language declared.
  if (!m || m[1] === 'und') return 'month-first';
  if (m[1] !== 'en') return 'day-first';
  return !m[2] || MONTH_FIRST_ENGLISH_REGIONS.has(m[2]) ? 'month-first' : 'day-first';
}

/**
 * The page's declared language: <html lang> (or xml:lang, as XHTML pages write it), else og:locale, else a
 * Content-Language meta tag. A bare "en" in <html lang> says less than an og:locale "en_GB" (or a Content-Language
 * "en-GB") of the same language: the region decides the order.
 */
export function pageLanguage(doc: Document, metaLocale: string | null): string | null {
  const root = doc.documentElement;
  const declared = root.getAttribute('lang')?.trim() || root.getAttribute('xml:lang')?.trim();
  if (!declared) return metaLocale || null;
  const sameLanguageWithRegion = metaLocale && /^[a-z]{2,3}$/i.test(declared) && /^[-_]/.test(metaLocale.slice(declared.length)) && metaLocale.toLowerCase().startsWith(declared.toLowerCase());
  return sameLanguageWithRegion ? metaLocale : declared;
}
