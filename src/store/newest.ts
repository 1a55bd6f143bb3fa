/**
 * The newest saves' summaries, kept in one record that every write updates in its own transaction, so
 * the library's first screen is a single read by key. Scanning the saved-at index for the same rows
 * takes tens of milliseconds at ten thousand articles, and opening the library would wait for it.
 */
import type { ArticleSummary } from './saved-article';

/** A screenful of rows in a tall window. */
export const NEWEST_KEPT = 15;
export const NEWEST_KEY = 'newest';

/** Newest save first; equal save times in key order, as the full list has them. */
export function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The kept list after `written` summaries were stored. Any article's new summary may go in: one older
 * than every kept one falls off the end again, so the list stays the newest of all articles.
 */
export function keepNewest(kept: readonly ArticleSummary[], written: readonly ArticleSummary[]): ArticleSummary[] {
  const replaced = new Set(written.map((s) => s.id));
  return [...kept.filter((s) => !replaced.has(s.id)), ...written].sort(newestFirst).slice(0, NEWEST_KEPT);
}

interface SummaryCursor {
  value: ArticleSummary;
  continue(): Promise<SummaryCursor | null>;
}

/** The newest summaries read through the saved-at index: for the first fill, and after a kept article is deleted. */
export async function newestByIndex(savedAt: { openCursor(query: null, direction: 'prev'): Promise<SummaryCursor | null> }): Promise<ArticleSummary[]> {
  const out: ArticleSummary[] = [];
  for (let cursor = await savedAt.openCursor(null, 'prev'); cursor && out.length < NEWEST_KEPT; cursor = await cursor.continue()) out.push(cursor.value);
  return out.sort(newestFirst);
}
