import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeLibrary, deleteArticle, openLibrary, saveArticle } from '../../src/store/articles-db';
import { LibrarySearch } from '../../src/store/search-index';
import { freshDatabase, makeArticle } from './library-fixtures';

beforeEach(freshDatabase);

async function seed() {
  await saveArticle(makeArticle({ url: 'https://a.example/lighthouse', title: 'Lighthouse repairs approved', textContent: 'The keeper inspected the lamp.' }), 1);
  await saveArticle(makeArticle({ url: 'https://a.example/ferry', title: 'Ferry timetable', authors: ['Nicolás Pérez'], textContent: 'Boats leave the pier at dawn; the lighthouse guides them.' }), 2);
  await saveArticle(makeArticle({ url: 'https://a.example/budget', title: 'Council budget', textContent: 'Spending on roads rises.' }), 3);
}

describe('library search', () => {
  it('finds articles by a word from the body, title matches ranked first', async () => {
    await seed();
    const search = await LibrarySearch.open();
    expect(search.search('lighthouse')).toEqual(['https://a.example/lighthouse', 'https://a.example/ferry']);
    expect(search.search('pier')).toEqual(['https://a.example/ferry']);
  });

  it('matches the word being typed as a prefix from its fourth letter, and authors without accents', async () => {
    await seed();
    const search = await LibrarySearch.open();
    expect(search.search('bud')).toEqual([]);
    expect(search.search('budg')).toEqual(['https://a.example/budget']);
    expect(search.search('nicolas perez')).toEqual(['https://a.example/ferry']);
  });

  it('requires every word, forgiving a typo in a finished word', async () => {
    await seed();
    const search = await LibrarySearch.open();
    expect(search.search('ligthouse keeper')).toEqual(['https://a.example/lighthouse']);
  });

  it('catches up with saves, re-saves and deletes made after it was opened', async () => {
    await seed();
    const search = await LibrarySearch.open();
    await saveArticle(makeArticle({ url: 'https://a.example/zebra', title: 'Zebra crossing', textContent: 'Painted stripes.' }), 4);
    await saveArticle(makeArticle({ url: 'https://a.example/budget', title: 'Council budget', textContent: 'Spending on parks falls.' }), 5);
    await deleteArticle('https://a.example/ferry');
    expect(await search.catchUp()).toBe(3);
    expect(search.search('zebra')).toEqual(['https://a.example/zebra']);
    expect(search.search('roads')).toEqual([]);
    expect(search.search('parks')).toEqual(['https://a.example/budget']);
    expect(search.search('pier')).toEqual([]);
  });

  it('answers the page with numbers that its names turn into the same articles, and renumbers re-saved ones under a new version', async () => {
    await seed();
    const search = await LibrarySearch.open();
    const named = (query: string) => Array.from(search.rank(query), (n) => search.names().get(n));
    expect(named('lighthouse')).toEqual(search.search('lighthouse'));
    const before = { version: search.version, number: search.rank('council')[0] };
    await saveArticle(makeArticle({ url: 'https://a.example/budget', title: 'Council budget', textContent: 'Spending on parks falls.' }), 5);
    await search.catchUp();
    expect(search.version).not.toBe(before.version);
    expect(search.rank('council')[0]).not.toBe(before.number);
    expect(named('council')).toEqual(['https://a.example/budget']);
  });

  it('persists its index and reopens from it, replaying only later changes', async () => {
    await seed();
    const first = await LibrarySearch.open();
    expect(await first.persist()).toBe(true);
    await saveArticle(makeArticle({ url: 'https://a.example/zebra', title: 'Zebra crossing', textContent: 'Painted stripes.' }), 4);
    await closeLibrary();
    const reopened = await LibrarySearch.open();
    expect(reopened.size).toBe(4);
    expect(reopened.search('stripes')).toEqual(['https://a.example/zebra']);
    const snapshot = await (await openLibrary()).get('meta', 'search-index');
    expect(snapshot && 'json' in snapshot).toBe(true);
  });

  it('stays correct when another tab saved a newer snapshot and trimmed the change log', async () => {
    await seed();
    const behind = await LibrarySearch.open();
    for (let i = 0; i < 520; i++) await saveArticle(makeArticle({ url: `https://a.example/n/${i}`, title: `Note ${i}`, textContent: `quokka ${i}` }), 10 + i);
    const other = await LibrarySearch.open();
    await other.persist();
    await behind.catchUp();
    expect(behind.search('quokka')).toHaveLength(520);
  });
});
