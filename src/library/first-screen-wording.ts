/**
 * The first screen's words that come from the browser's locale data (its rows' dates and bylines, the
 * site filter's order), as the app last made them for the newest saves, kept in localStorage so that
 * the first screen needs none of it. In a browser just started, the extension's first use of that data
 * is slow: the first String#localeCompare, Intl.ListFormat and Intl.DateTimeFormat of the page took 100
 * ms and more between them, more than the rest of the first render.
 *
 * A kept word is used only where it is exactly what the locale would give: for the same browser
 * languages, the same stored values, and dates on the same local calendar days as when they were worded
 * (a change of time zone can move a date to another day). Anything else is worded as before. The one
 * change not seen here is of the browser's interface language alone (Intl's default locale) with its
 * languages list unchanged: the app's first render, a moment later, then puts the words right.
 */
import type { ArticleSummary } from '../store/saved-article';
import { formatSavedAt, intlSavedWords, RELATIVE_DAYS, startOfDay } from './format-saved';
import { localizedText, type LocalizedText } from './row-text';
import { countSites, siteCounts, type SiteCount } from './select';

const KEY = 'clearpage-library:first-screen-wording';

interface KeptRow {
  /** What the row was worded from: its worded values and the local days of its dates. */
  from: string;
  authors: string | null;
  published: string | null;
  /** "Nov 20, 2026", the form a save a week old or more takes. */
  savedDate: string;
}

interface Kept {
  /** The browser's languages when worded: with others, nothing kept is used. */
  languages: string;
  /** "yesterday", "2 days ago", …: what a save 1, 2, … days old reads. */
  daysAgo: string[];
  rows: Record<string, KeptRow>;
  /** The site filter's choices for the summaries whose site counts are `sitesFrom`. */
  sites: SiteCount[];
  sitesFrom: string;
}

export interface FirstScreenWording {
  rowText(summary: ArticleSummary): LocalizedText;
  siteCounts(summaries: readonly ArticleSummary[]): SiteCount[];
}

function languages(): string {
  return navigator.languages.join(',');
}

function rowSource(summary: ArticleSummary): string {
  const published = summary.publishedTime ? Date.parse(summary.publishedTime) : NaN;
  return JSON.stringify([summary.authors, summary.publishedTime, Number.isNaN(published) ? null : startOfDay(published), summary.savedAt, startOfDay(summary.savedAt)]);
}

/** The sites and their counts in an order that needs no locale. */
function sitesSource(summaries: readonly ArticleSummary[]): string {
  return JSON.stringify(countSites(summaries).sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0)));
}

function read(): Kept | null {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Kept | null;
    return kept?.languages === languages() ? kept : null;
  } catch {
    return null;
  }
}

/** Keeps the wording of `summaries`, the rows the next first screen draws. Uses the locale's formatters: call it once the list is on screen. */
export function keepFirstScreenWording(summaries: readonly ArticleSummary[]): void {
  const words = intlSavedWords();
  const kept: Kept = {
    languages: languages(),
    daysAgo: Array.from({ length: RELATIVE_DAYS - 1 }, (_, i) => words.daysAgo(i + 1)),
    rows: Object.fromEntries(
      summaries.map((s) => {
        const { authors, published } = localizedText(s);
        return [s.id, { from: rowSource(s), authors, published, savedDate: words.date(s.savedAt) }];
      }),
    ),
    sites: siteCounts(summaries),
    sitesFrom: sitesSource(summaries),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Without it the first screen words everything itself: slower in a browser just started, the same words.
  }
}

/** The first screen's wording: what was kept where it still holds, the locale's own otherwise. */
export function keptFirstScreenWording(now = Date.now()): FirstScreenWording {
  const kept = read();
  return {
    rowText: (summary) => {
      const row = kept?.rows[summary.id];
      if (!kept || row?.from !== rowSource(summary)) return localizedText(summary, now);
      const saved = formatSavedAt(summary.savedAt, now, undefined, { daysAgo: (days) => kept.daysAgo[days - 1]!, date: () => row.savedDate });
      return { authors: row.authors, published: row.published, saved };
    },
    siteCounts: (summaries) => (kept?.sitesFrom === sitesSource(summaries) ? kept.sites : siteCounts(summaries)),
  };
}
