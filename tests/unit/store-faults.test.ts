/** Faults in the read-later store: the person is told what happened and no other article is lost. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allSummaries, closeLibrary, DB_NAME, DB_VERSION, getArticle, openLibrary, readArticle, saveArticle } from '../../src/store/articles-db';
import { canonicalKey } from '../../src/store/saved-article';
import { describeStorageError } from '../../src/store/storage-errors';
import { freshDatabase, makeArticle } from './library-fixtures';

beforeEach(freshDatabase);
afterEach(() => vi.restoreAllMocks());

const first = makeArticle();
const second = makeArticle({ url: 'https://news.example.com/2024/ferry', title: 'Ferry timetable changes' });

describe('store faults', () => {
  it('a full disk rejects the save with a plain sentence and writes no part of the article', async () => {
    await saveArticle(first);
    const store = Object.getPrototypeOf((await openLibrary()).transaction('articles').objectStore('articles'));
    vi.spyOn(store, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await saveArticle(second).catch((e: unknown) => e);
    expect(describeStorageError(failure, 'Not saved')).toBe('Not saved: the browser has no storage space left for the library.');
    expect(await getArticle(canonicalKey(second.url))).toBeUndefined();
    expect((await allSummaries()).map((s) => s.id)).toEqual([canonicalKey(first.url)]);
  });

  it('a damaged record is reported by name when opened, and the other articles still open', async () => {
    await saveArticle(first);
    await saveArticle(second);
    const db = await openLibrary();
    const damaged = { ...(await db.get('articles', canonicalKey(first.url)))! } as Record<string, unknown>;
    delete damaged.content;
    await db.put('articles', damaged as never);

    const read = await readArticle(canonicalKey(first.url));
    expect(read).toEqual({ kind: 'damaged', problem: expect.stringContaining('it has no “content”') });
    expect(await readArticle(canonicalKey(second.url))).toMatchObject({ kind: 'article', article: { title: 'Ferry timetable changes' } });
    expect(await allSummaries()).toHaveLength(2);
  });

  it('an upgrade by a newer version of the extension in another tab is explained, not swallowed', async () => {
    await saveArticle(first);
    // A newer build opens the database at a higher version; this context's connection steps aside.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    const failure = await saveArticle(second).catch((e: unknown) => e);
    expect(describeStorageError(failure, 'Not saved')).toBe('Not saved: the library is being upgraded in another tab. Close other library tabs and try again.');
    newer.close();
    await closeLibrary();
  });
});
