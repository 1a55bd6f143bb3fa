/**
 * The read-later store: IndexedDB through idb, a versioned schema, one record per canonical URL.
 * Each save is one readwrite transaction, so concurrent saves from two tabs serialize and never
 * half-write; a failed write rejects and the caller reports it instead of claiming "saved".
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../extract/article';
import { canonicalKey, type SavedArticle } from './saved-article';

export const DB_NAME = 'clearpage-library';
export const DB_VERSION = 1;

interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: number; siteName: string } };
}

let dbPromise: Promise<IDBPDatabase<LibrarySchema>> | null = null;

export function openLibrary(): Promise<IDBPDatabase<LibrarySchema>> {
  dbPromise ??= openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const store = db.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('savedAt', 'savedAt');
        store.createIndex('siteName', 'siteName');
      }
    },
    blocked() {
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

export async function saveArticle(article: Article, now = Date.now()): Promise<SavedArticle> {
  const db = await openLibrary();
  const id = canonicalKey(article.url);
  const tx = db.transaction('articles', 'readwrite');
  const previous = await tx.store.get(id);
  const record: SavedArticle = { ...article, id, savedAt: now, read: previous?.read ?? false };
  await tx.store.put(record);
  await tx.done;
  return record;
}

export async function getArticle(id: string): Promise<SavedArticle | undefined> {
  return (await openLibrary()).get('articles', id);
}

export async function isSaved(url: string): Promise<boolean> {
  return (await (await openLibrary()).getKey('articles', canonicalKey(url))) !== undefined;
}
