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
  newestSummaries,
  saveArticle,
  setRead,
} from '../../src/store/articles-db';
import { NEWEST_KEPT } from '../../src/store/newest';
import { freshDatabase, makeArticle } from './library-fixtures';

const savedTimes = async () => (await newestSummaries()).map((s) => s.savedAt);
/** Articles saved at 10, 20, … — one more than the first screen holds. */
async function saveScreenfulAndOne(): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= NEWEST_KEPT + 1; i++) ids.push((await saveArticle(makeArticle({ url: `https://news.example.com/a/${i}` }), i * 10)).id);
  return ids;
}
const screenful = (newest: number) => Array.from({ length: NEWEST_KEPT }, (_, i) => (newest - i) * 10);

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

  it('lists the first screen newest save first, and everything when there is less', async () => {
    expect(await newestSummaries()).toEqual([]);
    await saveArticle(makeArticle({ url: 'https://news.example.com/x' }), 3);
    await saveArticle(makeArticle({ url: 'https://news.example.com/y' }), 1);
    expect(await savedTimes()).toEqual([3, 1]);
    await saveScreenfulAndOne();
    expect(await savedTimes()).toEqual(screenful(NEWEST_KEPT + 1));
  });

  it('keeps the first screen current through re-saves, read marks, deletes and imports', async () => {
    const ids = await saveScreenfulAndOne();
    await saveArticle(makeArticle({ url: 'https://news.example.com/a/1' }), 1000);
    expect((await savedTimes())[0]).toBe(1000);
    await setRead(ids[5]!, true);
    expect((await newestSummaries()).find((s) => s.id === ids[5])?.read).toBe(true);
    await deleteArticle(ids[ids.length - 1]!);
    expect(await savedTimes()).toEqual([1000, ...screenful(NEWEST_KEPT).slice(0, NEWEST_KEPT - 1)]);
    const old = (await getArticle(ids[3]!))!;
    await putArticles([{ ...old, id: 'https://news.example.com/imported', url: 'https://news.example.com/imported', savedAt: 2000 }]);
    expect((await savedTimes()).slice(0, 2)).toEqual([2000, 1000]);
  });

  it('lists the first screen from the index when its record is missing', async () => {
    await saveScreenfulAndOne();
    await (await openLibrary()).clear('newest');
    expect(await savedTimes()).toEqual(screenful(NEWEST_KEPT + 1));
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

  it('migrates a version 1 library: old articles appear in the list and on the first screen', async () => {
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
    expect(db.version).toBe(3);
    expect(await allSummaries()).toMatchObject([{ id: 'https://news.example.com/old', read: true, savedAt: 5 }]);
    expect(await newestSummaries()).toEqual(await allSummaries());
  });

  it('rejects a write that fails, so nobody is told it was saved', async () => {
    const db = await openLibrary();
    db.close();
    await expect(saveArticle(makeArticle())).rejects.toThrow();
  });
});
