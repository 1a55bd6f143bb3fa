/** "Saved 3 days ago": recent saves read relative to now, older ones as a date. */

/** The locale's words for a save some days ago, and for a save's date. */
export interface SavedWords {
  daysAgo(days: number): string;
  date(savedAt: number): string;
}

// One formatter per locale: constructing them is what makes a long list slow to render.
const relative = new Map<string | undefined, Intl.RelativeTimeFormat>();
const dates = new Map<string | undefined, Intl.DateTimeFormat>();
export function intlSavedWords(locale?: string): SavedWords {
  return {
    daysAgo: (days) => {
      if (!relative.has(locale)) relative.set(locale, new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
      return relative.get(locale)!.format(-days, 'day');
    },
    date: (savedAt) => {
      if (!dates.has(locale)) dates.set(locale, new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
      return dates.get(locale)!.format(savedAt);
    },
  };
}

/** Saves less than this many days old read relative to now. */
export const RELATIVE_DAYS = 7;

export function formatSavedAt(savedAt: number, now = Date.now(), locale?: string, words = intlSavedWords(locale)): string {
  const days = Math.floor((startOfDay(now) - startOfDay(savedAt)) / 86_400_000);
  if (days <= 0) return 'Saved today';
  if (days < RELATIVE_DAYS) return `Saved ${words.daysAgo(days)}`;
  return `Saved ${words.date(savedAt)}`;
}

/** The start of `ms`'s day in the local time zone. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
