/** Articles and a fresh in-memory IndexedDB for the library's unit tests. */
import { IDBFactory } from 'fake-indexeddb';
import type { Article } from '../../src/extract/article';
import { closeLibrary } from '../../src/store/articles-db';

export async function freshDatabase(): Promise<void> {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.textContent ?? 'The harbour committee met on Tuesday to discuss the lighthouse repairs.';
  return {
    url: 'https://news.example.com/2024/harbour-lighthouse',
    title: 'Harbour committee approves lighthouse repairs',
    byline: 'By Ana Souza',
    authors: ['Ana Souza'],
    publishedTime: '2024-05-02',
    siteName: 'Example News',
    lang: 'en',
    excerpt: 'The committee voted on repairs.',
    readingTimeMinutes: 3,
    content: `<p>${text}</p>`,
    textContent: text,
    relatedLinks: [{ url: 'https://news.example.com/2024/ferry', title: 'Ferry timetable changes' }],
    removed: [{ reason: 'ad', text: 'Advertisement' }],
    cleaned: true,
    warnings: [],
    ...overrides,
  };
}
