/**
 * The library's IndexedDB schema and its migrations. Each version's step runs once, in order, inside
 * the browser's upgrade transaction, so a database at any older version reaches the current one whole
 * or not at all.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { NEWEST_KEY, newestByIndex } from './newest';
import { toSummary, type ArticleSummary, type SavedArticle } from './saved-article';

export const DB_NAME = 'clearpage-library';
export const DB_VERSION = 3;

/** One write to the library, in commit order; the search index replays these to catch up. */
export interface ChangeRecord {
  id: string;
  op: 'put' | 'delete';
}

/** The persisted search index: MiniSearch's JSON as of change `seq`, built with index options `schema`. */
export interface SearchSnapshot {
  key: 'search-index';
  schema: number;
  seq: number;
  json: string;
}

/**
 * Small bookkeeping next to the snapshot, readable without loading the snapshot itself. Change-log
 * entries up to `prunedThrough` are gone; an index behind that must reload the snapshot.
 */
export interface SearchState {
  key: 'search-state';
  schema: number;
  snapshotSeq: number;
  prunedThrough: number;
}

/** The first screen of the library: see newest.ts. */
export interface NewestSummaries {
  key: typeof NEWEST_KEY;
  summaries: ArticleSummary[];
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: number; siteName: string } };
  summaries: { key: string; value: ArticleSummary; indexes: { savedAt: number } };
  changes: { key: number; value: ChangeRecord };
  meta: { key: string; value: SearchSnapshot | SearchState };
  newest: { key: string; value: NewestSummaries };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => Promise<void> | void;

const MIGRATIONS: Record<number, Migration> = {
  1(db) {
    const store = db.createObjectStore('articles', { keyPath: 'id' });
    store.createIndex('savedAt', 'savedAt');
    store.createIndex('siteName', 'siteName');
  },
  // v2: list summaries apart from bodies, a change log for the search index, a meta store for its snapshot.
  async 2(db, tx) {
    db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    db.createObjectStore('changes', { autoIncrement: true });
    db.createObjectStore('meta', { keyPath: 'key' });
    const summaries = tx.objectStore('summaries');
    const changes = tx.objectStore('changes');
    for (let cursor = await tx.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
      await summaries.put(toSummary(cursor.value));
      await changes.add({ id: cursor.value.id, op: 'put' });
    }
  },
  // v3: the newest summaries in one record, apart from the search snapshot so its large writes never hold up a read.
  async 3(db, tx) {
    db.createObjectStore('newest', { keyPath: 'key' });
    await tx.objectStore('newest').put({ key: NEWEST_KEY, summaries: await newestByIndex(tx.objectStore('summaries').index('savedAt')) });
  },
};

export async function migrate(db: IDBPDatabase<LibrarySchema>, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration to library schema version ${version}`);
    await step(db, tx);
  }
}
