/**
 * Firefox build: the reader tab opened from the popup hides a block with the key and a click, records the
 * site's rule from the origins saved with the article, takes it back with Undo, and changes theme by key.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPage, isPopupPage, smokeBuild, useFirefoxSession } from './firefox-harness';

const session = useFirefoxSession();

type StorageGlobal = { browser: { storage: { local: { get(k: string): Promise<{ siteRules?: { site: string }[] }> } } } };

test('Firefox build: hide mode and keys in the reader tab', async () => {
  await session.firefox.installExtension(smokeBuild(`${session.origin}/ledger-council-vote/`));
  const popup = await findPage(session.firefox, isPopupPage);
  await popup.waitForSelector('.article-body', { timeout: 20000 });
  await popup.click('button.open-reader');
  const reader = await findPage(session.firefox, (href) => href.includes('/reader/reader.html?id='));
  await reader.waitForSelector('.reader-article .article-body', { timeout: 20000 });

  await reader.keyboard.press('h');
  await reader.waitForSelector('.article-body.hide-mode');
  await reader.evaluate(() => ([...document.querySelectorAll('.article-body p')].find((p) => p.textContent?.includes('Fog in the morning')) as HTMLElement).click());
  await reader.waitForFunction(() => document.querySelector('.hide-message')?.textContent?.includes('from now on'), { timeout: 10000 });
  const rules = () => reader.evaluate(() => (globalThis as unknown as StorageGlobal).browser.storage.local.get('siteRules').then((r) => r.siteRules ?? []));
  assert.deepEqual((await rules()).map((r) => r.site), ['127.0.0.1']);
  assert.doesNotMatch(await reader.evaluate(() => (document.querySelector('.article-body') as HTMLElement).innerText), /Fog in the morning/);

  await reader.click('.hide-bar .undo');
  await reader.waitForFunction(() => (document.querySelector('.article-body') as HTMLElement).innerText.includes('Fog in the morning'));
  assert.deepEqual(await rules(), []);

  await reader.keyboard.press('Escape');
  const before = await reader.evaluate(() => document.documentElement.dataset.theme);
  await reader.keyboard.press('t');
  await reader.waitForFunction((b) => document.documentElement.dataset.theme !== b, {}, before);
});
