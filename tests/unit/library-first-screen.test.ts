// @vitest-environment jsdom
// The library paints its newest saves before Preact loads (src/library/first-screen.ts); the app then takes over the same elements.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawFirstScreen } from '../../src/library/first-screen-dom';
import { keepFirstScreenWording } from '../../src/library/first-screen-wording';
import { startLibrary } from '../../src/library/main';
import { rememberRowFit } from '../../src/library/row-fit';
import { newestSummaries, saveArticle } from '../../src/store/articles-db';
import { mirroredNewest } from '../../src/store/newest-mirror';
import type { ArticleSummary } from '../../src/store/saved-article';
import { freshDatabase, makeArticle } from './library-fixtures';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}) }, onChanged: { addListener() {}, removeListener() {} } } } }));

const PAGE = readFileSync(join(import.meta.dirname, '../../src/library/library.html'), 'utf8');

/**
 * What a person sees and what assistive technology reads: elements, attributes, text and form state.
 * Text split over several nodes reads as one; whitespace between blocks is layout, not content.
 */
function look(element: Element): string {
  const attributes = [...element.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) attributes.push(`(value=${JSON.stringify(element.value)})`);
  if (element instanceof HTMLInputElement && element.type === 'checkbox') attributes.push(`(checked=${element.checked})`);
  const parts: string[] = [];
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) {
      parts.push(text.trim() ? JSON.stringify(text) : '', look(child));
      text = '';
    }
  }
  parts.push(text.trim() ? JSON.stringify(text) : '');
  return `<${element.localName} ${attributes.join(' ')}>${parts.join('')}</${element.localName}>`;
}

function openPage(): HTMLElement {
  const parsed = new DOMParser().parseFromString(PAGE, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document.getElementById('app')!;
}

async function savedCopy(): Promise<ArticleSummary[]> {
  const stories = [
    { title: 'Harbour committee approves lighthouse repairs', authors: ['Ana Souza', 'Li Wei'] },
    { title: 'Ferry timetable changes', siteName: null, authors: [], publishedTime: null, excerpt: null },
    { title: 'By-election result', siteName: 'Valley Post', excerpt: 'By Tom Reed', authors: ['Tom Reed'], lang: 'en-GB' },
  ];
  for (const [i, story] of stories.entries()) await saveArticle(makeArticle({ url: `https://news.example.com/${i}`, ...story }), Date.now() - i * 86_400_000);
  await newestSummaries();
  return mirroredNewest()!;
}

beforeEach(async () => {
  await freshDatabase();
  localStorage.clear();
});
afterEach(() => render(null, document.getElementById('app')!));

describe('the library’s first screen', () => {
  it('lists the newest saves from their copy, and nothing on screen changes when the app takes over', async () => {
    const copy = await savedCopy();
    const root = openPage();
    drawFirstScreen(root, copy);
    expect([...root.querySelectorAll('.entry-title')].map((t) => t.textContent)).toEqual(['Harbour committee approves lighthouse repairs', 'Ferry timetable changes', 'By-election result']);
    const drawn = look(root);
    const rows = [...root.querySelectorAll('li')];
    const button = root.querySelector<HTMLButtonElement>('li:nth-child(2) .toggle-read')!;
    button.focus();
    expect(document.activeElement).toBe(button);

    startLibrary(root, copy);

    expect(look(root)).toBe(drawn);
    // The same elements, so focus and scroll stay where they were.
    expect([...root.querySelectorAll('li')]).toEqual(rows);
    expect(document.activeElement).toBe(button);
  });

  it('draws every row of the copy on a first visit, and once painted only the rows that fill the window, the app adding the rest below', async () => {
    const copy = await savedCopy();
    drawFirstScreen(openPage(), copy);
    expect(document.querySelectorAll('.entry')).toHaveLength(3);

    // Painted in a 400-pixel window: the list starts at 200 pixels and its rows are 100 pixels tall, so two rows fill it.
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLUListElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 200, 800, 300));
    vi.spyOn(HTMLLIElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 100));
    rememberRowFit(document.querySelector('.entries')!);
    vi.mocked(HTMLUListElement.prototype.getBoundingClientRect).mockRestore();
    vi.mocked(HTMLLIElement.prototype.getBoundingClientRect).mockRestore();

    const root = openPage();
    drawFirstScreen(root, copy);
    expect([...root.querySelectorAll('.entry-title')].map((t) => t.textContent)).toEqual(['Harbour committee approves lighthouse repairs', 'Ferry timetable changes']);
    const drawn = [...root.querySelectorAll('li')];

    startLibrary(root, copy);

    expect([...root.querySelectorAll('.entry-title')].map((t) => t.textContent)).toEqual(['Harbour committee approves lighthouse repairs', 'Ferry timetable changes', 'By-election result']);
    expect([...root.querySelectorAll('li')].slice(0, 2)).toEqual(drawn);
    vi.restoreAllMocks();
  });

  it('draws every row of the copy in a window of another width, where rows wrap differently', async () => {
    const copy = await savedCopy();
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLUListElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 200, 800, 300));
    vi.spyOn(HTMLLIElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 100));
    drawFirstScreen(openPage(), copy);
    rememberRowFit(document.querySelector('.entries')!);
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(window.innerWidth + 200);

    drawFirstScreen(openPage(), copy);

    expect(document.querySelectorAll('.entry')).toHaveLength(3);
    vi.restoreAllMocks();
  });

  it('is the app’s own empty shell when there is no copy', () => {
    const root = openPage();
    drawFirstScreen(root, null);
    const shell = look(root);
    startLibrary(root, null);
    expect(look(root)).toBe(shell);
  });

  it('keeps what the person typed into the search box before the app took over', async () => {
    const copy = await savedCopy();
    const root = openPage();
    drawFirstScreen(root, copy);
    const box = root.querySelector<HTMLInputElement>('input.lib-search')!;
    box.value = 'harbour';

    startLibrary(root, copy);

    expect(root.querySelector<HTMLInputElement>('input.lib-search')!.value).toBe('harbour');
  });

  it('draws the rows in the words the app last used for them, and the app puts right a word that no longer holds', async () => {
    const copy = await savedCopy();
    const root = openPage();
    drawFirstScreen(root, copy);
    const worded = look(root);
    keepFirstScreenWording(copy);

    // The kept wording gives the same screen.
    const again = openPage();
    drawFirstScreen(again, copy);
    expect(look(again)).toBe(worded);

    // A byline kept in another language (the browser's own language changed, its languages list did not):
    // the first screen shows it, and the app's first render replaces it with the locale's words.
    const key = 'clearpage-library:first-screen-wording';
    const kept = JSON.parse(localStorage.getItem(key)!) as { rows: Record<string, { authors: string }> };
    kept.rows[copy[0]!.id]!.authors = 'Ana Souza et Li Wei';
    localStorage.setItem(key, JSON.stringify(kept));
    const stale = openPage();
    drawFirstScreen(stale, copy);
    expect(stale.querySelector('.entry-authors')!.textContent).toBe('Ana Souza et Li Wei');
    startLibrary(stale, copy);
    expect(look(stale)).toBe(worded);
  });

  it('shows stored titles and sites as text, never as markup', async () => {
    const copy = await savedCopy();
    const title = '<img src=x onerror="alert(1)">Harbour';
    const root = openPage();
    drawFirstScreen(root, [{ ...copy[0]!, title, siteName: '<b>Site</b>' }]);
    expect(root.querySelector('.entry-title a')!.textContent).toBe(title);
    expect(root.querySelector('.entry-site')!.textContent).toBe('<b>Site</b>');
    expect(root.querySelector('img, b')).toBeNull();
  });
});
