/**
 * A copy of the newest-saves record (newest.ts) in the extension pages' localStorage, so the library
 * paints its first screen synchronously instead of waiting for IndexedDB to open (200–400 ms when the
 * browser has just started). The copy is only shown until the database answers.
 *
 * It never shows a deleted article: the copy carries the change-log position it was read at, a copy
 * read before a later delete is refused, and a delete takes its article out of the copy before and
 * after it commits. Saves from the service worker (which has no localStorage) only add or update
 * articles, so at worst the copy lacks the latest save or read state until the database answers.
 */
import type { ArticleSummary } from './saved-article';
import { DB_VERSION } from './schema';

const KEY = 'clearpage-library:newest';

interface Mirror {
  /** The summaries' shape belongs to one schema version; a copy from another is ignored. */
  version: number;
  /** The last change-log entry the copy reflects. */
  seq: number;
  summaries: ArticleSummary[];
}

/** localStorage exists in extension pages, not in the service worker or Node. */
function storage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

function read(): Mirror | null {
  try {
    const mirror = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Mirror | null;
    return mirror?.version === DB_VERSION && Array.isArray(mirror.summaries) ? mirror : null;
  } catch {
    return null;
  }
}

function write(mirror: Mirror): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(mirror));
  } catch {
    // A full localStorage only costs the quick first screen; the database still answers.
  }
}

/**
 * The newest summaries as last mirrored, or null when there is no usable copy. An empty copy is not
 * usable: "Your library is empty" must not flash before a save the copy missed.
 */
export function mirroredNewest(): ArticleSummary[] | null {
  const summaries = read()?.summaries;
  return summaries?.length ? summaries : null;
}

/**
 * Stores summaries read from the database at change-log position `seq`, unless the stored copy is
 * newer: then returns the copy's position, for the caller to tell a read overtaken by a delete from a
 * database created afresh (whose log starts again), which `replaceMirrored` then writes over.
 */
export function mirrorNewest(summaries: ArticleSummary[], seq: number): number | null {
  const stored = read();
  if (stored && stored.seq > seq) return stored.seq;
  write({ version: DB_VERSION, seq, summaries });
  return null;
}

export function replaceMirrored(summaries: ArticleSummary[], seq: number): void {
  write({ version: DB_VERSION, seq, summaries });
}

/** Takes a deleted article out of the copy; `seq`, once the delete committed, refuses copies read before it. */
export function forgetMirrored(id: string, seq = 0): void {
  const stored = read();
  if (!stored) return;
  write({ version: DB_VERSION, seq: Math.max(stored.seq, seq), summaries: stored.summaries.filter((s) => s.id !== id) });
}
