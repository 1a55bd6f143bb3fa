/**
 * The read-later store: IndexedDB through idb, a versioned schema (./schema), one record per canonical URL.
 * Every write is one readwrite transaction over the article, its summary, the newest-saves record
 * (newest.ts) and a change-log entry, so
 * concurrent saves from two tabs serialize, a stopped service worker leaves no half-write, and the
 * search index can never miss a change. A failed write rejects; callers report it instead of "saved".
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Article } from '../extract/article';
import { announceLibraryChange } from './library-events';
import { keepNewest, NEWEST_KEY, newestByIndex } from './newest';
import { forgetMirrored, mirrorNewest, replaceMirrored } from './newest-mirror';
import { articleProblem } from './record-problems';
import { DB_NAME, DB_VERSION, migrate, type LibrarySchema } from './schema';
import { canonicalKey, toSummary, type ArticleSummary, type SavedArticle } from './saved-article';

export { DB_NAME, DB_VERSION };
export type LibraryDB = IDBPDatabase<LibrarySchema>;

const WRITE_STORES = ['articles', 'summaries', 'changes', 'newest'] as const;
type WriteTx = IDBPTransaction<LibrarySchema, (typeof WRITE_STORES)[number][], 'readwrite'>;
let dbPromise: Promise<LibraryDB> | null = null;

export function openLibrary(): Promise<LibraryDB> {
  dbPromise ??= openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      return migrate(db, oldVersion, newVersion ?? DB_VERSION, tx);
    },
    blocked() {
      dbPromise = null;
    },
    // A newer version is opening elsewhere (an updated extension): let it upgrade, reopen on next use.
    blocking() {
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** Closes this context's connection; tests use it to simulate a restart or to delete the database. */
export async function closeLibrary(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  (await pending?.catch(() => null))?.close();
}

export async function saveArticle(article: Article, now = Date.now()): Promise<SavedArticle> {
  const db = await openLibrary();
  const id = canonicalKey(article.url);
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const previous = await tx.objectStore('articles').get(id);
  const record: SavedArticle = { ...article, id, savedAt: now, read: previous?.read ?? false };
  const summary = toSummary(record);
  void tx.objectStore('articles').put(record);
  void tx.objectStore('summaries').put(summary);
  void tx.objectStore('changes').add({ id, op: 'put' });
  await Promise.all([updateNewest(tx, [summary]), tx.done]);
  announceLibraryChange();
  return record;
}

export async function getArticle(id: string): Promise<SavedArticle | undefined> {
  return (await openLibrary()).get('articles', id);
}

export type ReadResult = { kind: 'article'; article: SavedArticle } | { kind: 'missing' } | { kind: 'damaged'; problem: string };

/** Reads one saved article and checks it, so a damaged record is reported rather than rendered half-blank. */
export async function readArticle(id: string): Promise<ReadResult> {
  const record: unknown = await getArticle(id);
  if (record === undefined) return { kind: 'missing' };
  const problem = articleProblem(record);
  return problem ? { kind: 'damaged', problem: `The saved copy of this article is damaged: it ${problem}. Your other articles are not affected; save the article again from its page to repair it.` } : { kind: 'article', article: record as SavedArticle };
}

export async function isSaved(url: string): Promise<boolean> {
  return (await (await openLibrary()).getKey('articles', canonicalKey(url))) !== undefined;
}

export async function setRead(id: string, read: boolean): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const [article, summary] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('summaries').get(id)]);
  if (!article || !summary) throw new Error('That article is no longer in the library.');
  void tx.objectStore('articles').put({ ...article, read });
  void tx.objectStore('summaries').put({ ...summary, read });
  await Promise.all([updateNewest(tx, [{ ...summary, read }]), tx.done]);
  announceLibraryChange();
}

/** Deletes the article and hands back the full record, so "Undo" can put it back exactly as it was. */
export async function deleteArticle(id: string): Promise<SavedArticle | undefined> {
  // Out of the first-screen copy before the delete, so a page closed mid-delete never leaves it there.
  forgetMirrored(id);
  const db = await openLibrary();
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const article = await tx.objectStore('articles').get(id);
  void tx.objectStore('articles').delete(id);
  void tx.objectStore('summaries').delete(id);
  const [seq] = await Promise.all([tx.objectStore('changes').add({ id, op: 'delete' }), updateNewest(tx, [], id), tx.done]);
  // And after it: a copy another page read before this delete may have been stored meanwhile.
  forgetMirrored(id, seq);
  announceLibraryChange();
  return article;
}

export interface PutResult {
  written: number;
  /** Records left alone because the library already had a copy saved later. */
  keptNewer: number;
}

/**
 * Puts whole records back (undo, import) in one transaction: all of them or, if anything fails, none.
 * A record whose library copy was saved later is skipped, so an old export never overwrites a re-save.
 */
export async function putArticles(records: readonly SavedArticle[]): Promise<PutResult> {
  const db = await openLibrary();
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const articles = tx.objectStore('articles');
  const result: PutResult = { written: 0, keptNewer: 0 };
  const existing = await Promise.all(records.map((r) => tx.objectStore('summaries').get(r.id)));
  const written: ArticleSummary[] = [];
  records.forEach((record, i) => {
    if ((existing[i]?.savedAt ?? -Infinity) > record.savedAt) {
      result.keptNewer++;
      return;
    }
    const summary = toSummary(record);
    void articles.put(record);
    void tx.objectStore('summaries').put(summary);
    void tx.objectStore('changes').add({ id: record.id, op: 'put' });
    written.push(summary);
  });
  result.written = written.length;
  await Promise.all([updateNewest(tx, written), tx.done]);
  if (result.written > 0) announceLibraryChange();
  return result;
}

/**
 * Keeps the newest-saves record current in the transaction of the write it reflects. When a kept
 * article is deleted, or the record is missing, it is read again from the index, which by then
 * includes this transaction's writes.
 */
async function updateNewest(tx: WriteTx, written: ArticleSummary[], deleted?: string): Promise<void> {
  const store = tx.objectStore('newest');
  const kept = (await store.get(NEWEST_KEY))?.summaries;
  const rescan = !kept || (deleted !== undefined && kept.some((s) => s.id === deleted));
  const summaries = rescan ? await newestByIndex(tx.objectStore('summaries').index('savedAt')) : keepNewest(kept, written);
  await store.put({ key: NEWEST_KEY, summaries });
}

/** The newest saves, newest first: the library's first screen, in one read. Refreshes its copy in localStorage (newest-mirror.ts). */
export async function newestSummaries(): Promise<ArticleSummary[]> {
  const db = await openLibrary();
  const tx = db.transaction(['newest', 'summaries', 'changes']);
  const [kept, seq] = await Promise.all([tx.objectStore('newest').get(NEWEST_KEY), lastChange(tx.objectStore('changes'))]);
  const summaries = kept?.summaries ?? (await newestByIndex(tx.objectStore('summaries').index('savedAt')));
  const copySeq = mirrorNewest(summaries, seq);
  // A delete committed since this read leaves the log past the copy's position; a log still short of it was started afresh.
  if (copySeq !== null && (await lastChange(db.transaction('changes').store)) < copySeq) replaceMirrored(summaries, seq);
  return summaries;
}

async function lastChange(changes: { openKeyCursor(query: null, direction: 'prev'): Promise<{ key: number } | null> }): Promise<number> {
  return (await changes.openKeyCursor(null, 'prev'))?.key ?? 0;
}

export async function allSummaries(): Promise<ArticleSummary[]> {
  return (await openLibrary()).getAll('summaries');
}

export async function countArticles(): Promise<number> {
  return (await openLibrary()).count('summaries');
}

/** Every saved article in key order, `batchSize` at a time, so exporting thousands never holds all bodies at once. */
export async function* allArticles(batchSize = 250): AsyncGenerator<SavedArticle[]> {
  const db = await openLibrary();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: SavedArticle[] = await db.getAll('articles', range, batchSize);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]!.id;
  }
}
