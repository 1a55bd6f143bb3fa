/** "Saved 3 days ago": recent saves read relative to now, older ones as a date. */
export function formatSavedAt(savedAt: number, now = Date.now(), locale?: string): string {
  const days = Math.floor((startOfDay(now) - startOfDay(savedAt)) / 86_400_000);
  if (days <= 0) return 'Saved today';
  if (days < 7) return `Saved ${new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day')}`;
  return `Saved ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(savedAt)}`;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
