// @vitest-environment jsdom
// Typing in the library's search box: each keystroke's results, never an earlier keystroke's, and never the text put back.
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../src/library/LibraryApp';
import { newestSummaries, saveArticle } from '../../src/store/articles-db';
import { freshDatabase, makeArticle } from './library-fixtures';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}) }, onChanged: { addListener() {}, removeListener() {} } } } }));

/** The worker's answers, which each test gives when it chooses: query → answer it with these ids. */
const answer = new Map<string, (ids: string[]) => void>();
vi.mock('../../src/library/search-client', () => ({
  SearchClient: class {
    private readonly asked = new Map<string, Promise<string[]>>();
    constructor(onEvent: (event: { type: 'ready'; size: number; names: Map<number, string> }) => void) {
      setTimeout(() => onEvent({ type: 'ready', size: 2, names: new Map() }));
    }
    search(query: string): Promise<string[]> {
      if (!this.asked.has(query)) this.asked.set(query, new Promise((resolve) => answer.set(query, resolve)));
      return this.asked.get(query)!;
    }
    close() {}
  },
}));

const titles = (root: HTMLElement) => [...root.querySelectorAll('.entry-title')].map((t) => t.textContent);
const type = (box: HTMLInputElement, text: string) => {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
};

let root: HTMLElement;

/** A library of two articles, newest first, with its search ready. */
async function openLibrary(): Promise<{ box: HTMLInputElement; ferry: string; harbour: string }> {
  await saveArticle(makeArticle({ url: 'https://news.example.com/harbour', title: 'Harbour committee approves lighthouse repairs' }), Date.now() - 1000);
  await saveArticle(makeArticle({ url: 'https://news.example.com/ferry', title: 'Ferry timetable changes' }));
  const [ferry, harbour] = (await newestSummaries()).map((s) => s.id);
  render(h(LibraryApp, { firstScreen: newestSummaries(), copy: null }), root);
  await vi.waitFor(() => expect(root.querySelector('main')!.dataset.searchReady).toBe('true'));
  return { box: root.querySelector<HTMLInputElement>('input.lib-search')!, ferry: ferry!, harbour: harbour! };
}
beforeEach(async () => {
  await freshDatabase();
  localStorage.clear();
  root = document.body.appendChild(document.createElement('div'));
  answer.clear();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('typing a search', () => {
  it('shows the results of what was typed last, even when an earlier keystroke’s answer comes after them', async () => {
    const { box, ferry, harbour } = await openLibrary();

    type(box, 'fe');
    type(box, 'fer');
    answer.get('fer')!([ferry]);
    await vi.waitFor(() => expect(titles(root)).toEqual(['Ferry timetable changes']));
    answer.get('fe')!([harbour, ferry]);
    await new Promise((r) => setTimeout(r, 20));

    expect(titles(root)).toEqual(['Ferry timetable changes']);
    expect(root.querySelector('main')!.dataset.resultsFor).toBe('fer');
    expect(box.value).toBe('fer');
  });

  it('keeps the list as it is until the answer comes, then shows the query and its results together', async () => {
    const { box, harbour } = await openLibrary();

    type(box, 'harb');
    await new Promise((r) => setTimeout(r, 20));
    expect(titles(root)).toEqual(['Ferry timetable changes', 'Harbour committee approves lighthouse repairs']);
    expect(root.querySelector('.lib-status')).toBeNull();

    answer.get('harb')!([harbour]);
    await vi.waitFor(() => expect(titles(root)).toEqual(['Harbour committee approves lighthouse repairs']));
    expect(root.querySelector('.lib-status')!.textContent).toBe('1 match');
    expect(box.value).toBe('harb');
  });
});
