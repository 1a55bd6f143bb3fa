/**
 * The read-later store: IndexedDB through idb, a versioned schema (./schema), one record per canonical URL.
 * Every write is one readwrite transaction over the article, its summary and a change-log entry, so
 * concurrent saves from two tabs serialize, a stopped service worker leaves no half-write, and the
 * search index can never miss a change. A failed write rejects; callers report it instead of "saved".
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Article } from '../extract/article';
import { announceLibraryChange } from './library-events';
import { articleProblem } from './record-problems';
import { DB_NAME, DB_VERSION, migrate, type LibrarySchema } from './schema';
import { canonicalKey, toSummary, type ArticleSummary, type SavedArticle } from './saved-article';

export { DB_NAME, DB_VERSION };
export type LibraryDB = IDBPDatabase<LibrarySchema>;

const WRITE_STORES = ['articles', 'summaries', 'changes'] as const;
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
  void tx.objectStore('articles').put(record);
  void tx.objectStore('summaries').put(toSummary(record));
  void tx.objectStore('changes').add({ id, op: 'put' });
  await tx.done;
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
  await tx.done;
  announceLibraryChange();
}

/** Deletes the article and hands back the full record, so "Undo" can put it back exactly as it was. */
export async function deleteArticle(id: string): Promise<SavedArticle | undefined> {
  const db = await openLibrary();
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const article = await tx.objectStore('articles').get(id);
  void tx.objectStore('articles').delete(id);
  void tx.objectStore('summaries').delete(id);
  void tx.objectStore('changes').add({ id, op: 'delete' });
  await tx.done;
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
  records.forEach((record, i) => {
    if ((existing[i]?.savedAt ?? -Infinity) > record.savedAt) {
      result.keptNewer++;
      return;
    }
    void articles.put(record);
    void tx.objectStore('summaries').put(toSummary(record));
    void tx.objectStore('changes').add({ id: record.id, op: 'put' });
    result.written++;
  });
  await tx.done;
  if (result.written > 0) announceLibraryChange();
  return result;
}

/** The newest `limit` summaries by saved-at, read through the index so the first screen needs no full scan. */
export async function recentSummaries(limit: number): Promise<ArticleSummary[]> {
  const db = await openLibrary();
  const out: ArticleSummary[] = [];
  let cursor = await db.transaction('summaries').store.index('savedAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
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
