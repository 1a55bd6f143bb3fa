/**
 * Exporting a large library in real Chromium: the person sees how far the export has got, the page
 * keeps responding while it runs, and Cancel stops it without a download.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { libraryFileParts } from '../../src/library/transfer/library-file';
import type { SavedArticle } from '../../src/store/saved-article';
import { SCREENSHOT_DIR, useExtensionSession } from './harness';

const session = useExtensionSession();
const COUNT = 400;

/** Long articles, so converting all of them to Markdown takes the page well over a second. */
function library(): Buffer {
  const paragraph = (i: number, p: number) => `<p>Paragraph ${p} of story ${i}: the <em>harbour</em> board met again, and <a href="https://example.com/${i}/${p}">the minutes</a> were read.</p>`;
  const articles: SavedArticle[] = Array.from({ length: COUNT }, (_, i) => {
    const url = `https://news.example.com/story/${i}`;
    const content = Array.from({ length: 40 }, (_, p) => paragraph(i, p)).join('\n');
    return {
      id: url, url, title: `Story ${i}`, byline: null, authors: ['Ana Souza'], publishedTime: null, siteName: 'Example News', lang: 'en', excerpt: null,
      readingTimeMinutes: 3, content, textContent: content.replace(/<[^>]+>/g, ''), relatedLinks: [], removed: [], cleaned: true, warnings: [], savedAt: 1_700_000_000_000 + i, read: false,
    };
  });
  return Buffer.from(libraryFileParts(articles).join(''));
}

async function startExport(page: Page): Promise<void> {
  await page.locator('.lib-toolbar summary', { hasText: 'Export all' }).click();
  await page.locator('.lib-toolbar button[data-format="markdown"]').click();
}

test('exporting a large library shows progress, keeps the page responsive, and can be cancelled', async () => {
  const { browser } = session;
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library/library.html`);
  await page.locator('.lib-empty').waitFor();
  await page.setInputFiles('.import-file', { name: 'library.json', mimeType: 'application/json', buffer: library() });
  await page.locator('.notice', { hasText: `Imported ${COUNT} articles.` }).waitFor({ timeout: 60_000 });

  // Tasks that hold the page for long are what a person feels as a frozen page.
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask' });
  });
  const downloaded = page.waitForEvent('download', { timeout: 120_000 });
  await startExport(page);
  const bar = page.getByRole('progressbar', { name: 'Articles exported' });
  await bar.waitFor();
  assert.equal(await bar.getAttribute('max'), String(COUNT));
  await page.waitForFunction(() => Number(document.querySelector('.notice progress')?.getAttribute('value')) > 0);
  assert.match((await bar.getAttribute('aria-valuetext')) ?? '', new RegExp(`^[\\d,]+ of ${COUNT}$`));
  assert.match((await page.locator('.notice-message').textContent()) ?? '', /^Exporting as Markdown…$/);
  writeFileSync(join(SCREENSHOT_DIR, 'library-export-progress.png'), await page.screenshot());
  await page.fill('.lib-search', 'typed while exporting');
  assert.equal(await page.inputValue('.lib-search'), 'typed while exporting');
  await page.fill('.lib-search', '');

  const file = await downloaded;
  await page.locator('.notice', { hasText: `Exported ${COUNT} articles as Markdown.` }).waitFor();
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  assert.ok(longest < 500, `the longest task during the export held the page for ${Math.round(longest)} ms`);
  assert.equal(file.suggestedFilename().endsWith('.md'), true);

  let extraDownload = false;
  page.on('download', () => (extraDownload = true));
  await startExport(page);
  await bar.waitFor();
  await page.locator('.notice button.cancel').click();
  await page.locator('.notice', { hasText: 'Export cancelled.' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(extraDownload, false, 'a cancelled export downloads nothing');
  assert.equal(await page.locator('.lib-toolbar summary', { hasText: 'Export all' }).isVisible(), true, 'exporting can start again');
});
