/**
 * The read-later library in real Chromium with the shipped build: a person saves an article from the
 * popup, finds it in the library by a word from its body, reads it offline in the reader tab, changes
 * the theme, exports and re-imports their library, and saves from two tabs at the same moment.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, contrastOf, launchWithExtension, outlineContrastOf, SCREENSHOT_DIR, startPageServer, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: Server;
let origin: string;
let library: Page;

const HARBOUR_TITLE = 'Harbour board votes to restore the granite lighthouse';
const FERRY_TITLE = 'Island ferry adds a later evening crossing';

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}${path}`;
const shot = async (page: Page, name: string) => writeFileSync(join(SCREENSHOT_DIR, name), await page.screenshot({ fullPage: false }));
const entryTitles = (page: Page) => page.locator('.entry-title').allTextContents();

async function stopServer(): Promise<void> {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator('main[data-search-ready="true"]').waitFor();
  await page.fill('.lib-search', query);
  await page.waitForFunction((q) => document.querySelector('main')?.dataset.resultsFor === q, query);
  return entryTitles(page);
}

async function exportAll(page: Page, format: 'markdown' | 'html' | 'json'): Promise<{ name: string; text: string; path: string }> {
  await page.locator('.lib-toolbar summary', { hasText: 'Export all' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.lib-toolbar button[data-format="${format}"]`).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

before(async () => {
  ({ server, origin } = await startPageServer());
  browser = await launchWithExtension();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (server?.listening) await stopServer();
});

test('an article saved from the popup is found in the library by a word from its body', async () => {
  const page = await browser.ctx.newPage();
  await page.goto(`${origin}/library-harbour/`);
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.querySelector('button.save')`);
  await popup.evaluate(`document.querySelector('button.save').click()`);
  assert.equal(await popup.waitFor<string>(`document.querySelector('button.save')?.textContent.includes('Saved') && document.querySelector('button.save').textContent`), '✓ Saved');

  library = await browser.ctx.newPage();
  await library.goto(extensionUrl('/library/library.html'));
  await library.locator('.entry').first().waitFor();
  assert.deepEqual(await entryTitles(library), [HARBOUR_TITLE]);
  assert.match((await library.locator('.entry-meta').first().textContent()) ?? '', /Fiona MacLeod.*March 3, 2026.*min read.*Saved today/);
  assert.equal(await library.locator('.entry.unread').count(), 1);

  assert.deepEqual(await searchFor(library, 'scaffolding'), [HARBOUR_TITLE], 'a word only in the body finds it');
  assert.deepEqual(await searchFor(library, 'petition'), [], 'a word from an unsaved article finds nothing');
  assert.equal(await library.locator('.no-results').textContent(), 'No saved article matches “petition”.');
  await searchFor(library, 'granite lightho');
  await shot(library, 'library-search.png');
  await library.fill('.lib-search', '');
  await page.close();
});

test('the saved article opens in the reader tab with the page server stopped', async () => {
  await stopServer();
  await assert.rejects(fetch(`${origin}/library-harbour/`), 'the page server is really down');
  await library.locator('.entry-title a').first().click();
  await library.waitForURL(/\/reader\/reader\.html\?id=/);
  const reader = library;
  await reader.locator('.article-title').waitFor();
  assert.equal(await reader.locator('.article-title').textContent(), HARBOUR_TITLE);
  assert.match((await reader.locator('.article-body').innerText()) ?? '', /Scaffolding is expected to go up around the tower in May/);
  assert.deepEqual(await reader.locator('.related a').allTextContents(), ['Survey of the inner basin commissioned', 'Mooring fees to rise in April']);
  assert.equal(await reader.locator('a.original').getAttribute('href'), `${origin}/library-harbour/`);
  assert.equal(await reader.title(), `${HARBOUR_TITLE} · Clearpage Reader`);
  await shot(reader, 'reader-light.png');
});

test('theme, text size and line width chosen in the reader are remembered', async () => {
  const reader = library;
  const background = () => reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await reader.getAttribute('html', 'data-theme'), 'system', 'follows the system by default');
  await reader.locator('[aria-label="Theme"] button[data-value="dark"]').click();
  assert.equal(await reader.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await background(), 'rgb(27, 28, 30)');
  await reader.locator('button.font-larger').click();
  await reader.locator('button.font-larger').click();
  await reader.locator('[aria-label="Line width"] button[data-value="wide"]').click();
  await reader.locator('[aria-label="Font"] button[data-value="sans"]').click();
  await shot(reader, 'reader-dark.png');

  await reader.reload();
  await reader.locator('.article-title').waitFor();
  await reader.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await reader.locator('.font-scale').textContent(), '120%');
  assert.equal(await reader.getAttribute('html', 'data-width'), 'wide');
  assert.equal(await reader.getAttribute('html', 'data-font'), 'sans');
  assert.equal(await reader.locator('[aria-label="Theme"] button[aria-checked="true"]').textContent(), 'Dark');

  await reader.locator('[aria-label="Theme"] button[data-value="sepia"]').click();
  assert.equal(await background(), 'rgb(244, 236, 216)');
  await shot(reader, 'reader-sepia.png');
  await reader.locator('[aria-label="Theme"] button[data-value="system"]').click();
  await reader.locator('a.back').click();
  await reader.locator('.entry').first().waitFor();
});

test('the library exports as Markdown and JSON, and the JSON imports back with nothing lost', async () => {
  const markdown = await exportAll(library, 'markdown');
  assert.match(markdown.name, /^clearpage-library-\d{4}-\d{2}-\d{2}\.md$/);
  assert.ok(markdown.text.startsWith(`# ${HARBOUR_TITLE}\n`), markdown.text.slice(0, 200));
  assert.ok(markdown.text.includes(`Original: <${origin}/library-harbour/>`));
  assert.ok(markdown.text.includes('Engineers told the meeting that the tower’s lantern room') || markdown.text.includes("Engineers told the meeting that the tower's lantern room"));
  assert.ok(markdown.text.includes('- [Mooring fees to rise in April](<https://coastal-gazette.example/news/mooring-fees>)'));

  await library.locator('.entry button.toggle-read').click();
  await library.locator('.entry:not(.unread)').waitFor();
  const json = await exportAll(library, 'json');
  const exported = JSON.parse(json.text) as { format: string; articles: { title: string; read: boolean }[] };
  assert.equal(exported.format, 'clearpage-library');
  assert.deepEqual(exported.articles.map((a) => [a.title, a.read]), [[HARBOUR_TITLE, true]]);

  await library.locator('.entry button.delete').click();
  await library.locator('.notice', { hasText: `Deleted “${HARBOUR_TITLE}”.` }).waitFor();
  await library.locator('.lib-empty').waitFor();
  await shot(library, 'library-deleted-undo.png');
  await library.locator('.notice button.undo').click();
  await library.locator('.entry').first().waitFor();
  assert.deepEqual(await entryTitles(library), [HARBOUR_TITLE], 'undo puts it back');

  await library.locator('.entry button.delete').click();
  await library.locator('.lib-empty').waitFor();
  await library.setInputFiles('.import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"items": []}') });
  assert.match(await library.locator('.notice.error').textContent() ?? '', /not a Clearpage library export/);
  assert.equal(await library.locator('.entry').count(), 0, 'a refused file imports nothing');

  await library.setInputFiles('.import-file', json.path);
  await library.locator('.notice', { hasText: 'Imported 1 article.' }).waitFor();
  assert.deepEqual(await entryTitles(library), [HARBOUR_TITLE]);
  const again = JSON.parse((await exportAll(library, 'json')).text) as { articles: unknown[] };
  assert.deepEqual(again.articles, exported.articles, 'every field survives the round trip');
  assert.deepEqual(await searchFor(library, 'scaffolding'), [HARBOUR_TITLE], 'an imported article is searchable');
  await library.fill('.lib-search', '');
});

test('saves from two tabs at the same moment both land, and the open library shows them', async () => {
  ({ server, origin } = await startPageServer());
  const tabs: { page: Page; popupPage?: Page }[] = [];
  for (const slug of ['library-ferry', 'seed-new-american']) {
    const page = await browser.ctx.newPage();
    await page.goto(`${origin}/${slug}/`);
    await clickToolbarButton(browser, page); // grants activeTab for this tab
    tabs.push({ page });
  }
  const tabIds = await library.evaluate(async (urls) => {
    type Tab = { id?: number; url?: string };
    const tabsApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome.tabs;
    const all = await tabsApi.query({});
    return urls.map((u) => all.find((t) => t.url === u)?.id);
  }, tabs.map((t) => t.page.url()));
  for (const [i, tab] of tabs.entries()) {
    tab.popupPage = await browser.ctx.newPage();
    await tab.popupPage.goto(extensionUrl(`/popup/popup.html?tabId=${tabIds[i]}`));
    await tab.popupPage.locator('button.save').waitFor();
  }
  await Promise.all(tabs.map((t) => t.popupPage!.evaluate(() => (document.querySelector('button.save') as HTMLButtonElement).click())));
  for (const t of tabs) await t.popupPage!.locator('button.save', { hasText: '✓ Saved' }).waitFor();

  await library.waitForFunction(() => document.querySelectorAll('.entry').length === 3);
  assert.deepEqual((await entryTitles(library)).sort(), [FERRY_TITLE, HARBOUR_TITLE, "Maduro's Support from China, Russia Collapsing"].sort());
  assert.deepEqual(await searchFor(library, 'petition'), [FERRY_TITLE], 'the open library indexed the new saves');
  await library.fill('.lib-search', '');
  await library.waitForFunction(() => document.querySelectorAll('.entry').length === 3);
  await shot(library, 'library-three.png');

  // Saving the same page again updates it instead of adding a second copy.
  await tabs[0]!.popupPage!.reload();
  await tabs[0]!.popupPage!.locator('button.save').click();
  await tabs[0]!.popupPage!.locator('button.save', { hasText: '✓ Saved' }).waitFor();
  await library.waitForTimeout(300);
  assert.equal(await library.locator('.entry').count(), 3);
});

test('"Open in reader tab" in the popup saves the article and opens it in a full tab', async () => {
  const page = await browser.ctx.newPage();
  await page.goto(`${origin}/seed-new-american/`);
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.querySelector('button.open-reader')`);
  writeFileSync(join(SCREENSHOT_DIR, 'popup-with-reader-button.png'), await popup.screenshot());
  const opened = browser.ctx.waitForEvent('page', (p) => p.url().includes('/reader/reader.html?id='));
  await popup.evaluate(`document.querySelector('button.open-reader').click()`);
  const reader = await opened;
  await reader.locator('.article-title').waitFor();
  assert.equal(await reader.locator('.article-title').textContent(), "Maduro's Support from China, Russia Collapsing");
  assert.equal(await reader.locator('.authors').textContent(), 'By Bob Adelman');
});

test('the library and its search survive a browser restart', async () => {
  const { profileDir } = browser;
  await browser.close();
  browser = await launchWithExtension(profileDir);
  library = await browser.ctx.newPage();
  await library.goto(extensionUrl('/library/library.html'));
  await library.waitForFunction(() => document.querySelectorAll('.entry').length === 3);
  assert.deepEqual(await searchFor(library, 'scaffolding'), [HARBOUR_TITLE]);
  assert.deepEqual(await searchFor(library, 'petition'), [FERRY_TITLE]);
});

test('reopened, the library shows its newest articles at once, and never one that was deleted', async () => {
  const row = library.locator('.entry', { hasText: FERRY_TITLE });
  await row.locator('button.delete').click();
  await library.locator('.notice', { hasText: `Deleted “${FERRY_TITLE}”.` }).waitFor();

  const reopened = await browser.ctx.newPage();
  // Every title the page ever puts on screen, and the rows present once its scripts have run.
  await reopened.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { seenTitles: seen, rowsAtScriptEnd: -1 });
    new MutationObserver(() => document.querySelectorAll('.entry-title').forEach((t) => seen.includes(t.textContent ?? '') || seen.push(t.textContent ?? ''))).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', () => Object.assign(window, { rowsAtScriptEnd: document.querySelectorAll('.entry').length }));
  });
  await reopened.goto(extensionUrl('/library/library.html'));
  await reopened.waitForFunction(() => document.querySelector('.lib-count')?.textContent?.startsWith('2 articles'));
  const { seen, rowsAtScriptEnd } = await reopened.evaluate(() => ({ seen: (window as unknown as { seenTitles: string[] }).seenTitles, rowsAtScriptEnd: (window as unknown as { rowsAtScriptEnd: number }).rowsAtScriptEnd }));
  assert.equal(rowsAtScriptEnd, 2, 'the rows are drawn from the localStorage copy before the database answers');
  assert.ok(!seen.includes(FERRY_TITLE), `the deleted article never appeared: ${seen.join(' | ')}`);
  assert.ok(seen.includes(HARBOUR_TITLE));
  await reopened.close();
});

test('with the system in dark mode, the library is dark from its first frame, before its settings are read', async () => {
  const page = await browser.ctx.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  // The page's own theme attribute is set only once its settings are read; until then the background shows what the first frames painted.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => Object.assign(window, { firstBackground: document.documentElement.dataset.theme ?? getComputedStyle(document.body).backgroundColor })),
  );
  await page.goto(extensionUrl('/library/library.html'));
  await page.waitForFunction(() => 'firstBackground' in window);
  assert.equal(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground), 'rgb(27, 28, 30)');
  await page.close();
});

test('in dark mode a refused import is said at AA contrast, and a title of one long word stays inside its row', async () => {
  const page = await browser.ctx.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(extensionUrl('/library/library.html'));
  const title = 'Antidisestablishmentarianism'.repeat(6);
  const article = {
    url: 'https://long-words.example/story', title, byline: null, authors: [], publishedTime: null, siteName: 'Long Words', lang: 'en', excerpt: null, readingTimeMinutes: 1,
    content: '<p>A story with a very long headline.</p>', textContent: 'A story with a very long headline.', relatedLinks: [], removed: [], cleaned: true, warnings: [],
  };
  await page.evaluate(`chrome.runtime.sendMessage({ type: 'saveArticle', article: ${JSON.stringify(article)} })`);
  const row = page.locator('.entry', { hasText: title });
  await row.waitFor();
  const fit = await row.evaluate((li) => ({
    titleRight: li.querySelector('.entry-title')!.getBoundingClientRect().right,
    buttonsLeft: li.querySelector('.entry-actions')!.getBoundingClientRect().left,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  assert.ok(fit.titleRight <= fit.buttonsLeft, `the title runs under the row's buttons (${fit.titleRight} > ${fit.buttonsLeft})`);
  assert.equal(fit.sideways, 0, 'the page does not scroll sideways');
  await shot(page, 'library-long-title-dark.png');

  await page.setInputFiles('.import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"items": []}') });
  await page.locator('.notice.error').waitFor();
  const ratio = await page.evaluate<number>(contrastOf('.notice.error .notice-message'));
  assert.ok(ratio >= 4.5, `the error notice's text contrast is ${ratio.toFixed(2)}:1, below AA's 4.5:1`);
  await page.close();
});

test('the search box and the filters are outlined at 3:1 or more in every theme, so they can be found before anything is typed', async () => {
  const page = await browser.ctx.newPage();
  await page.goto(extensionUrl('/library/library.html'));
  const before = await page.evaluate<unknown>(`chrome.storage.local.get('settings').then((r) => r.settings)`);
  for (const theme of ['light', 'dark', 'sepia']) {
    await page.evaluate(`chrome.storage.local.get('settings').then((r) => chrome.storage.local.set({ settings: { ...r.settings, theme: '${theme}' } }))`);
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    for (const field of ['.lib-search', '.lib-controls select']) {
      const ratio = await page.evaluate<number>(outlineContrastOf(field));
      assert.ok(ratio >= 3, `${theme}: ${field}'s outline is ${ratio.toFixed(2)}:1`);
    }
  }
  await shot(page, 'library-fields-sepia.png');
  await page.evaluate(before === undefined ? `chrome.storage.local.remove('settings')` : `chrome.storage.local.set({ settings: ${JSON.stringify(before)} })`);
  await page.close();
});
