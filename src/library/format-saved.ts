/** "Saved 3 days ago": recent saves read relative to now, older ones as a date. */

// One formatter per locale: constructing them is what makes a long list slow to render.
const relative = new Map<string | undefined, Intl.RelativeTimeFormat>();
const dates = new Map<string | undefined, Intl.DateTimeFormat>();
export function formatSavedAt(savedAt: number, now = Date.now(), locale?: string): string {
  const days = Math.floor((startOfDay(now) - startOfDay(savedAt)) / 86_400_000);
  if (days <= 0) return 'Saved today';
  if (days < 7) {
    if (!relative.has(locale)) relative.set(locale, new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
    return `Saved ${relative.get(locale)!.format(-days, 'day')}`;
  }
  if (!dates.has(locale)) dates.set(locale, new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  return `Saved ${dates.get(locale)!.format(savedAt)}`;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
