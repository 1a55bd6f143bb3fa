/**
 * The declared last change, when that is the date the page shows for the story. Pages often declare both a
 * publication date and a later dateModified/article:modified_time while printing only the later one by the
 * headline ("Monday, 6 January 2020", "Updated Mar 12, 2020"): readers, and the annotators of trafilatura-eval,
 * take the printed date as the story's. The same holds for a republished story whose article:published_time is
 * later than its JSON-LD datePublished. Declaring a later change is common (taking it everywhere loses far more
 * pages than it wins), so only a shown date that is one of the declared dates, and later than the publication,
 * counts.
 */
import { calendarDay, dayBefore, normalizeDate } from './dates';

/**
 * `shown`: the dates the page prints for the story, best first (the byline's date, then one in the headline's block),
 * read only when a later change is declared. `printsDay`: whether the page prints a day anywhere in its text; a page
 * that prints the publication's day too ("Opened: 2015-09-17 … Modified: 2016-05-08") dates the story by it. The
 * day before counts too: a story published in an American evening is declared on the next day in UTC
 * ("2021-01-06T02:00:00Z") and printed on its local day ("Published January 5, 2021").
 */
export function shownLastChange(published: string, declared: readonly (string | null)[], shown: readonly (() => string | null)[], printsDay: (days: readonly string[]) => boolean): string | null {
  const later = declared.map((raw) => normalizeDate(raw)).filter((d): d is string => d !== null && calendarDay(d) > calendarDay(published));
  if (!later.length) return null;
  const changes = new Set(later.map(calendarDay));
  for (const read of shown) {
    const date = read();
    if (date && changes.has(calendarDay(date))) return printsDay([calendarDay(published), dayBefore(published)]) ? null : date;
  }
  return null;
}
