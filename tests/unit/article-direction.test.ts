// @vitest-environment jsdom
// An article is laid out in its own language's direction, in the popup, the reader tab and the library's list.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleRow, type RowActions } from '../../src/library/ArticleRow';
import { toSummary } from '../../src/store/saved-article';
import { ArticleView } from '../../src/ui/ArticleView';
import { textDirection } from '../../src/ui/text-direction';
import { makeArticle } from './library-fixtures';

const ARABIC = makeArticle({ lang: 'ar', title: 'مجلس المدينة يوافق على خطة الميناء', content: '<p>صوّت مجلس المدينة مساء الثلاثاء على خطة لتجديد الميناء.</p>', excerpt: 'صوّت مجلس المدينة.' });
const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

describe('text direction', () => {
  it('reads Arabic, Hebrew, Persian and Urdu right to left, whatever the region', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'he-IL', 'fa-IR', 'ur', 'yi']) expect(textDirection(lang), lang).toBe('rtl');
  });

  it('follows a script subtag over the language’s usual script', () => {
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('ur-Latn')).toBe('ltr');
  });

  it('reads English, German and Chinese left to right, and lets the browser judge an undeclared language', () => {
    for (const lang of ['en', 'en-GB', 'de_DE', 'zh-Hans']) expect(textDirection(lang), lang).toBe('ltr');
    expect(textDirection(null)).toBe('auto');
    expect(textDirection('')).toBe('auto');
  });

  it('lays an Arabic article out right to left, while the reader’s own controls stay as they are', () => {
    render(h(ArticleView, { article: ARABIC }), root);
    const article = root.querySelector('.reader-article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ar');
  });

  it('keeps the header’s English facts in their own order inside an Arabic article (“1 min read”, not “min read 1”)', () => {
    render(h(ArticleView, { article: ARABIC }), root);
    for (const fact of root.querySelectorAll('.article-meta > *')) expect(fact.getAttribute('dir'), fact.className).toBe('auto');
  });

  it('marks the reader’s own words in an Arabic article with their language, so a screen reader does not speak them in Arabic', () => {
    render(h(ArticleView, { article: { ...ARABIC, authors: ['سارة أحمد'], publishedTime: '2024-05-03', relatedLinks: [{ title: 'خطة الميناء', url: 'https://example.com/a' }] } }), root);
    const langOf = (selector: string) => root.querySelector(selector)!.closest('[lang]')!.getAttribute('lang');
    expect(langOf('.article-title')).toBe('ar');
    expect(langOf('.article-body')).toBe('ar');
    expect(root.querySelector('.authors')!.textContent).toBe('By سارة أحمد');
    expect(langOf('.authors > span')).toBe('en');
    expect(langOf('.reading-time')).toBe('en');
    expect(langOf('.related h2')).toBe('en');
    expect(langOf('.related a')).toBe('ar');
    // The date is written in the browser's locale, and says so.
    expect(langOf('.published')).toBe(new Intl.DateTimeFormat().resolvedOptions().locale);
  });

  it('lays an Arabic title and excerpt in the library’s list out right to left', () => {
    const noop = () => undefined;
    const actions: RowActions = { toggleRead: noop, remove: noop, exportOne: noop };
    const summary = toSummary({ ...ARABIC, id: 'a1', savedAt: Date.parse('2024-05-03T10:00:00Z'), read: false });
    render(h(ArticleRow, { summary, actions }), root);
    expect(root.querySelector('.entry-title')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.entry-excerpt')!.getAttribute('dir')).toBe('rtl');
  });
});
