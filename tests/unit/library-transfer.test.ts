// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleToHtml } from '../../src/library/transfer/html';
import { importLibraryText } from '../../src/library/transfer/imports';
import { exportArticle, exportLibrary } from '../../src/library/transfer/exports';
import { parseLibraryFile } from '../../src/library/transfer/library-file';
import { articleToMarkdown } from '../../src/library/transfer/markdown';
import { allArticles, deleteArticle, saveArticle, setRead } from '../../src/store/articles-db';
import type { SavedArticle } from '../../src/store/saved-article';
import { freshDatabase, makeArticle } from './library-fixtures';

beforeEach(freshDatabase);

/** jsdom's Blob has no text(); FileReader is what it offers. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function everything(): Promise<SavedArticle[]> {
  const out: SavedArticle[] = [];
  for await (const batch of allArticles()) out.push(...batch);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

const rich = makeArticle({
  title: 'Prices *rise* in the [harbour]',
  content: '<h2>Background</h2><p>Fish prices rose <strong>12%</strong>, see <a href="https://stats.example/fish">the figures</a>.</p><ul><li>Cod</li><li>Hake</li></ul><script>alert(1)</script><img src="x" onerror="alert(2)">',
});

describe('Markdown export', () => {
  it('has the title, facts, original link, body formatting and related links', async () => {
    const saved = await saveArticle(rich, 0);
    const md = articleToMarkdown(saved, window);
    expect(md).toContain('# Prices \\*rise\\* in the \\[harbour\\]');
    expect(md).toContain('Example News · By Ana Souza');
    expect(md).toContain('Original: <https://news.example.com/2024/harbour-lighthouse>');
    expect(md).toContain('## Background');
    expect(md).toContain('Fish prices rose **12%**, see [the figures](https://stats.example/fish).');
    expect(md).toMatch(/^- Cod$/m);
    expect(md).toContain('- [Ferry timetable changes](<https://news.example.com/2024/ferry>)');
    expect(md).not.toContain('alert');
  });
});

describe('HTML export', () => {
  it('is a standalone page with the article, no scripts, and a policy that forbids them', async () => {
    const saved = await saveArticle(rich, 0);
    const html = articleToHtml(saved, window);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Prices *rise* in the [harbour]');
    expect(doc.querySelector('strong')?.textContent).toBe('12%');
    expect(doc.querySelector('script')).toBeNull();
    expect(html).not.toContain('onerror');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect([...doc.querySelectorAll('.related a')].map((a) => a.getAttribute('href'))).toEqual(['https://news.example.com/2024/ferry']);
  });

  it("marks the reader's own words in an article of another language, so a screen reader speaks them in English", async () => {
    const saved = await saveArticle(makeArticle({ ...rich, lang: 'ar', authors: ['سارة أحمد'], readingTimeMinutes: 3 }), 0);
    const doc = new DOMParser().parseFromString(articleToHtml(saved, window), 'text/html');
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('ar');
    const own = (text: string) => [...doc.querySelectorAll('[lang="en"]')].some((el) => el.textContent === text);
    expect(own('By')).toBe(true);
    expect(own('3 min read')).toBe(true);
    expect(own('Related articles')).toBe(true);
    expect(doc.querySelector('.meta')?.textContent).toContain('سارة أحمد');
  });
});

describe('exporting the whole library', () => {
  async function saveMany(count: number) {
    for (let i = 1; i <= count; i++) await saveArticle(makeArticle({ url: `https://news.example.com/n/${i}`, title: `Story ${i}`, textContent: `Body ${i}` }), i);
  }

  it('lists every article newest save first, with contents that link to each', async () => {
    await saveMany(3);
    const file = await exportLibrary('html');
    const doc = new DOMParser().parseFromString(await blobText(file.blob), 'text/html');
    expect([...doc.querySelectorAll('article h1')].map((h) => h.textContent)).toEqual(['Story 3', 'Story 2', 'Story 1']);
    const links = [...doc.querySelectorAll('main > nav a')].map((a) => [a.textContent, doc.querySelector(a.getAttribute('href')!)?.querySelector('h1')?.textContent]);
    expect(links).toEqual([['Story 3', 'Story 3'], ['Story 2', 'Story 2'], ['Story 1', 'Story 1']]);
    const md = await blobText((await exportLibrary('markdown')).blob);
    expect(md.match(/^# .*/gm)).toEqual(['# Story 3', '# Story 2', '# Story 1']);
  });

  it('reports how many articles are done out of how many, up to all of them', async () => {
    await saveMany(5);
    const reports: [number, number][] = [];
    const file = await exportLibrary('markdown', { onProgress: (done, total) => reports.push([done, total]) });
    expect(file.count).toBe(5);
    expect(reports[0]).toEqual([0, 5]);
    expect(reports.at(-1)).toEqual([5, 5]);
    expect(reports.every(([done], i) => i === 0 || done >= reports[i - 1]![0])).toBe(true);
  });

  it('stops when cancelled and produces no file', async () => {
    await saveMany(3);
    const controller = new AbortController();
    const exporting = exportLibrary('markdown', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(exporting).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('JSON export and import', () => {
  it('round-trips the whole library with nothing lost, read flags and save times included', async () => {
    await saveArticle(rich, 1000);
    const other = await saveArticle(makeArticle({ url: 'https://b.example/x', title: 'Other', lang: null, publishedTime: null, siteName: null, authors: [] }), 2000);
    await setRead(other.id, true);
    const before = await everything();
    const file = await exportLibrary('json', { now: new Date('2026-01-02T00:00:00Z') });
    expect(file.name).toBe('clearpage-library-2026-01-02.json');
    expect(file.count).toBe(2);
    const text = await blobText(file.blob);
    for (const a of before) await deleteArticle(a.id);
    expect(await everything()).toEqual([]);
    const outcome = await importLibraryText(text);
    expect(outcome).toEqual({ ok: true, message: 'Imported 2 articles.', written: 2 });
    expect(await everything()).toEqual(before);
  });

  it('exports one article as a file named after it', async () => {
    const saved = await saveArticle(rich);
    expect(exportArticle(saved, 'markdown', window).name).toBe('prices-rise-in-the-harbour.md');
    const parsed = parseLibraryFile(await blobText(exportArticle(saved, 'json', window).blob));
    expect(parsed).toEqual({ ok: true, articles: [saved] });
  });

  it('keeps a later save instead of an older imported copy, and says so', async () => {
    const saved = await saveArticle(makeArticle({ title: 'Old' }), 1000);
    const text = await blobText((await exportLibrary('json')).blob);
    await saveArticle(makeArticle({ title: 'New' }), 5000);
    const outcome = await importLibraryText(text);
    expect(outcome).toMatchObject({ ok: true, written: 0 });
    expect(outcome.message).toMatch(/1 already in your library with a later save was kept/);
    expect((await everything())[0]?.title).toBe('New');
    expect(saved.title).toBe('Old');
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another program’s JSON', '{"items":[]}', /not a Clearpage library export/],
    ['a newer file version', '{"format":"clearpage-library","version":99,"articles":[]}', /newer version of Clearpage/],
    ['no article list', '{"format":"clearpage-library","version":1}', /no list of articles/],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    const outcome = await importLibraryText(text);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(message);
  });

  it('refuses a file with one broken article and imports none of it', async () => {
    const good = { ...makeArticle({ url: 'https://c.example/good' }), id: 'https://c.example/good', savedAt: 1, read: false };
    const bad = { ...good, url: 'https://c.example/bad', title: 'Broken one', textContent: 42 };
    const outcome = await importLibraryText(JSON.stringify({ format: 'clearpage-library', version: 1, articles: [good, bad] }));
    expect(outcome).toEqual({ ok: false, message: 'Nothing was imported: article 2 (“Broken one”) has an invalid “textContent”.' });
    expect(await everything()).toEqual([]);
  });

  it('refuses records with a javascript: URL', () => {
    const evil = { ...makeArticle({ url: 'javascript:alert(1)' }), id: 'x', savedAt: 1, read: false };
    expect(parseLibraryFile(JSON.stringify({ format: 'clearpage-library', version: 1, articles: [evil] }))).toMatchObject({ ok: false, error: expect.stringMatching(/invalid “url”/) });
  });
});
