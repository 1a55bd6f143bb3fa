import { describe, expect, it } from 'vitest';
import { formatSavedAt } from '../../src/library/format-saved';
import { selectArticles, siteCounts, type ListFilter } from '../../src/library/select';
import type { ArticleSummary } from '../../src/store/saved-article';

function summary(id: string, over: Partial<ArticleSummary> = {}): ArticleSummary {
  return { id, url: `https://${id}.example/x`, title: id, siteName: null, authors: [], publishedTime: null, readingTimeMinutes: 1, excerpt: null, lang: null, savedAt: 0, read: false, ...over };
}

const list = [
  summary('a', { savedAt: 1, publishedTime: '2024-01-01', siteName: 'Daily' }),
  summary('b', { savedAt: 3, publishedTime: null, read: true, siteName: 'Daily' }),
  summary('c', { savedAt: 2, publishedTime: '2025-06-01' }),
];
const all: ListFilter = { sort: 'saved-desc', site: null, unreadOnly: false };
const ids = (s: ArticleSummary[]) => s.map((x) => x.id);

describe('the library list', () => {
  it('shows the newest save first by default', () => {
    expect(ids(selectArticles(list, all, null))).toEqual(['b', 'c', 'a']);
  });

  it('sorts by published date with undated articles last, or oldest save first', () => {
    expect(ids(selectArticles(list, { ...all, sort: 'published-desc' }, null))).toEqual(['c', 'a', 'b']);
    expect(ids(selectArticles(list, { ...all, sort: 'saved-asc' }, null))).toEqual(['a', 'c', 'b']);
  });

  it('filters by site (the host when the page named none) and by unread', () => {
    expect(ids(selectArticles(list, { ...all, site: 'Daily' }, null))).toEqual(['b', 'a']);
    expect(ids(selectArticles(list, { ...all, site: 'c.example' }, null))).toEqual(['c']);
    expect(ids(selectArticles(list, { ...all, unreadOnly: true }, null))).toEqual(['c', 'a']);
  });

  it('lists only search hits, best match first, still filtered', () => {
    const hits = ['a', 'b', 'gone'];
    expect(ids(selectArticles(list, { ...all, sort: 'relevance' }, hits))).toEqual(['a', 'b']);
    expect(ids(selectArticles(list, { ...all, sort: 'saved-desc' }, hits))).toEqual(['b', 'a']);
    expect(ids(selectArticles(list, { ...all, sort: 'relevance', unreadOnly: true }, hits))).toEqual(['a']);
  });

  it('counts articles per site, most first', () => {
    expect(siteCounts(list)).toEqual([{ site: 'Daily', count: 2 }, { site: 'c.example', count: 1 }]);
  });

  it('says when an article was saved in words', () => {
    const now = new Date(2026, 2, 10, 15).getTime();
    expect(formatSavedAt(new Date(2026, 2, 10, 9).getTime(), now, 'en')).toBe('Saved today');
    expect(formatSavedAt(new Date(2026, 2, 9, 23).getTime(), now, 'en')).toBe('Saved yesterday');
    expect(formatSavedAt(new Date(2026, 2, 7).getTime(), now, 'en')).toBe('Saved 3 days ago');
    expect(formatSavedAt(new Date(2025, 11, 1).getTime(), now, 'en')).toBe('Saved Dec 1, 2025');
  });
});
