// @vitest-environment jsdom
// The library's first screen is painted from a localStorage copy of the newest saves before IndexedDB opens.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, newestSummaries, saveArticle } from '../../src/store/articles-db';
import { mirroredNewest, mirrorNewest } from '../../src/store/newest-mirror';
import { freshDatabase, makeArticle } from './library-fixtures';

const save = (n: number) => saveArticle(makeArticle({ url: `https://news.example.com/a/${n}`, title: `Story ${n}` }), n * 10);
const titles = () => mirroredNewest()?.map((s) => s.title) ?? null;

beforeEach(async () => {
  await freshDatabase();
  localStorage.clear();
});

describe('the first-screen copy in localStorage', () => {
  it('holds the newest saves, newest first, once the library has read them', async () => {
    expect(mirroredNewest()).toBeNull();
    for (const n of [1, 2, 3]) await save(n);
    await newestSummaries();
    expect(titles()).toEqual(['Story 3', 'Story 2', 'Story 1']);
  });

  it('loses a deleted article as soon as the delete is done', async () => {
    const [, second] = [await save(1), await save(2), await save(3)];
    await newestSummaries();
    await deleteArticle(second.id);
    expect(titles()).toEqual(['Story 3', 'Story 1']);
  });

  it('never gets a deleted article back from a read that another page made before the delete', async () => {
    await save(1);
    const doomed = await save(2);
    // Another library tab read the first screen, then answers late, after this tab deleted an article.
    const staleRead = await newestSummaries();
    const staleSeq = JSON.parse(localStorage.getItem('clearpage-library:newest')!).seq as number;
    await deleteArticle(doomed.id);
    mirrorNewest(staleRead, staleSeq);
    expect(titles()).toEqual(['Story 1']);
    // A read made after the delete is taken.
    await save(3);
    await newestSummaries();
    expect(titles()).toEqual(['Story 3', 'Story 1']);
  });

  it('is replaced, not kept, when the database was created afresh', async () => {
    for (const n of [1, 2, 3]) await save(n);
    await newestSummaries();
    // The site's data cleared apart from localStorage: the change log starts again below the copy's position.
    await freshDatabase();
    await save(4);
    await newestSummaries();
    expect(titles()).toEqual(['Story 4']);
  });

  it('is ignored when it was written for another version of the database', async () => {
    await save(1);
    await newestSummaries();
    const stored = JSON.parse(localStorage.getItem('clearpage-library:newest')!) as { version: number };
    localStorage.setItem('clearpage-library:newest', JSON.stringify({ ...stored, version: stored.version - 1 }));
    expect(mirroredNewest()).toBeNull();
  });

  it('is ignored when damaged', () => {
    localStorage.setItem('clearpage-library:newest', '{"version": 3, "summaries": ');
    expect(mirroredNewest()).toBeNull();
  });
});
