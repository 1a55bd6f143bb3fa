/**
 * Saves interrupted by the browser: the popup closed the moment Save is clicked, or the service worker
 * stopped mid-save. The article is then either in the library or reported as not saved, never half there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, useExtensionSession } from './harness';

const session = useExtensionSession();
const TITLE = "Maduro's Support from China, Russia Collapsing";

/** Titles in the library page, read the way a person would: by opening it. */
async function libraryTitles(): Promise<string[]> {
  const library: Page = await session.browser.ctx.newPage();
  await library.goto(`chrome-extension://${session.browser.extensionId}/library/library.html`);
  await library.locator('main[data-search-ready="true"], .entry-title, .lib-empty').first().waitFor();
  const titles = await library.locator('.entry-title').allTextContents();
  await library.close();
  return titles;
}

async function deleteAllSaved(): Promise<void> {
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/library/library.html`);
  await page.evaluate(() => new Promise((ok) => { const r = indexedDB.deleteDatabase('clearpage-library'); r.onsuccess = r.onerror = r.onblocked = ok; }));
  await page.close();
}

test('closing the popup right after Save still saves the article', async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/seed-new-american/`);
  const popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('button.save')`);
  await popup.evaluate(`document.querySelector('button.save').click(); window.close()`).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  let titles: string[] = [];
  while (Date.now() < deadline && !titles.includes(TITLE)) titles = await libraryTitles();
  assert.ok(titles.includes(TITLE), `the library has the article saved as the popup closed (found: ${titles.join(' | ')})`);
  await page.close();
});

test('a service worker stopped mid-save leaves the article saved and shown as saved, or not saved and said so', async () => {
  await deleteAllSaved();
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/seed-new-american/`);
  const popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('button.save')`);
  await Promise.all([
    popup.evaluate(`document.querySelector('button.save').click()`),
    session.browser.cdp.send('ServiceWorker.stopAllWorkers' as never).catch(() => undefined),
  ]);
  const outcome = await popup.waitFor<string>(
    `(document.querySelector('.save-error')?.textContent) || (document.querySelector('button.save')?.textContent.includes('Saved') && 'saved')`,
  );
  const saved = (await libraryTitles()).includes(TITLE);
  if (outcome === 'saved') assert.ok(saved, 'the popup said Saved, so the library must have it');
  else assert.match(outcome, /^Not saved/, 'a save that did not land is reported');
  await page.close();
});
