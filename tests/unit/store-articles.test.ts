import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  allArticles,
  allSummaries,
  closeLibrary,
  DB_NAME,
  deleteArticle,
  getArticle,
  isSaved,
  openLibrary,
  putArticles,
  recentSummaries,
  saveArticle,
  setRead,
} from '../../src/store/articles-db';
import { freshDatabase, makeArticle } from './library-fixtures';

beforeEach(freshDatabase);

describe('the read-later store', () => {
  it('keeps every field of a saved article, unread, keyed by its canonical URL', async () => {
    const article = makeArticle({ url: 'https://www.news.example.com/story/?utm_source=x#top' });
    const saved = await saveArticle(article, 1000);
    expect(saved.id).toBe('https://news.example.com/story');
    expect(await getArticle(saved.id)).toEqual({ ...article, id: saved.id, savedAt: 1000, read: false });
    expect(await isSaved('https://news.example.com/story')).toBe(true);
  });

  it('updates instead of duplicating when the same URL is saved again, keeping the read flag', async () => {
    const first = await saveArticle(makeArticle({ title: 'First title' }), 1000);
    await setRead(first.id, true);
    await saveArticle(makeArticle({ url: 'https://news.example.com/2024/harbour-lighthouse/?utm_medium=mail', title: 'Corrected title' }), 2000);
    const summaries = await allSummaries();
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ title: 'Corrected title', savedAt: 2000, read: true });
  });

  it('loses nothing when many saves run at the same moment', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => saveArticle(makeArticle({ url: `https://news.example.com/a/${i}`, title: `Story ${i}` }), i)));
    expect(await allSummaries()).toHaveLength(40);
  });

  it('lists the newest saves first without reading every article', async () => {
    for (let i = 0; i < 5; i++) await saveArticle(makeArticle({ url: `https://news.example.com/a/${i}` }), i * 10);
    expect((await recentSummaries(3)).map((s) => s.savedAt)).toEqual([40, 30, 20]);
  });

  it('marks read and unread in both the list and the article', async () => {
    const { id } = await saveArticle(makeArticle());
    await setRead(id, true);
    expect((await getArticle(id))?.read).toBe(true);
    expect((await allSummaries())[0]?.read).toBe(true);
    await setRead(id, false);
    expect((await getArticle(id))?.read).toBe(false);
  });

  it('deletes an article and puts it back exactly as it was on undo', async () => {
    const { id } = await saveArticle(makeArticle(), 500);
    await setRead(id, true);
    const before = await getArticle(id);
    const deleted = await deleteArticle(id);
    expect(await getArticle(id)).toBeUndefined();
    expect(await allSummaries()).toEqual([]);
    await putArticles([deleted!]);
    expect(await getArticle(id)).toEqual(before);
  });

  it('does not let an older copy overwrite a later save', async () => {
    const saved = await saveArticle(makeArticle({ title: 'Newer' }), 2000);
    const result = await putArticles([{ ...saved, title: 'Older', savedAt: 1000 }]);
    expect(result).toEqual({ written: 0, keptNewer: 1 });
    expect((await getArticle(saved.id))?.title).toBe('Newer');
  });

  it('reads every article in batches for export', async () => {
    for (let i = 0; i < 7; i++) await saveArticle(makeArticle({ url: `https://news.example.com/a/${i}` }));
    const sizes: number[] = [];
    for await (const batch of allArticles(3)) sizes.push(batch.length);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('keeps what was saved across a restart', async () => {
    const { id } = await saveArticle(makeArticle());
    await closeLibrary();
    expect((await getArticle(id))?.title).toBe('Harbour committee approves lighthouse repairs');
  });

  it('migrates a version 1 library: old articles appear in the list', async () => {
    await closeLibrary();
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        const store = db.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('savedAt', 'savedAt');
        store.createIndex('siteName', 'siteName');
      },
    });
    await v1.put('articles', { ...makeArticle(), id: 'https://news.example.com/old', savedAt: 5, read: true });
    v1.close();
    const db = await openLibrary();
    expect(db.version).toBe(2);
    expect(await allSummaries()).toMatchObject([{ id: 'https://news.example.com/old', read: true, savedAt: 5 }]);
  });

  it('rejects a write that fails, so nobody is told it was saved', async () => {
    const db = await openLibrary();
    db.close();
    await expect(saveArticle(makeArticle())).rejects.toThrow();
  });
});
