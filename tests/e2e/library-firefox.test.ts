/**
 * The library in the Firefox build (firefox-esr): an article saved from the popup is listed in the
 * library page, opened from the popup's Library button, and found there by a word from its body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPage, isPopupPage, smokeBuild, useFirefoxSession } from './firefox-harness';

const session = useFirefoxSession();
const HARBOUR_TITLE = 'Harbour board votes to restore the granite lighthouse';

test('in Firefox, a saved article is listed in the library and found by a word from its body', async () => {
  await session.firefox.installExtension(smokeBuild(`${session.origin}/library-harbour/`));
  const popup = await findPage(session.firefox, isPopupPage);
  await popup.waitForSelector('button.save', { timeout: 20000 });
  await popup.click('button.save');
  await popup.waitForFunction(() => document.querySelector('button.save')?.textContent?.includes('Saved'), { timeout: 10000 });
  await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Library')?.click());

  const library = await findPage(session.firefox, (href) => href.startsWith('moz-extension://') && href.includes('/library/library.html'));
  await library.waitForSelector('.entry-title', { timeout: 20000 });
  assert.deepEqual(await library.$$eval('.entry-title', (titles) => titles.map((t) => t.textContent)), [HARBOUR_TITLE]);

  await library.waitForSelector('main[data-search-ready="true"]', { timeout: 20000 });
  await library.type('.lib-search', 'scaffolding');
  await library.waitForFunction(() => document.querySelector('main')?.dataset.resultsFor === 'scaffolding', { timeout: 10000 });
  assert.deepEqual(await library.$$eval('.entry-title', (titles) => titles.map((t) => t.textContent)), [HARBOUR_TITLE]);
  assert.equal(await library.$eval('.lib-status[role="status"]', (s) => s.textContent), '1 match');
});
