/**
 * Firefox build in a narrow window, where Firefox shows an extension's popup when its button sits in the overflow
 * panel: the popup page reflows at 360 px, and the reader tab at 380 px folds its typography into "Aa".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { findPage, isPopupPage, smokeBuild, useFirefoxSession } from './firefox-harness';
import { readerBarRows } from './harness';

const session = useFirefoxSession();

const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

test('Firefox build: the popup reflows at 360 px, and the reader tab keeps its top bar to one row at 380 px', async () => {
  await session.firefox.installExtension(smokeBuild(`${session.origin}/seed-new-american/`));
  const popup = await findPage(session.firefox, isPopupPage);
  await popup.setViewport({ width: 360, height: 600 });
  await popup.waitForSelector('.article-body', { timeout: 20000 });
  assert.equal(await sideways(popup), 0, 'the popup does not scroll sideways');

  await popup.click('button.open-reader');
  const reader = await findPage(session.firefox, (href) => href.includes('/reader/reader.html?id='));
  await reader.setViewport({ width: 380, height: 700 });
  await reader.waitForSelector('.reader-article .article-body', { timeout: 20000 });
  await reader.waitForSelector('.folded-controls summary');
  assert.equal(await sideways(reader), 0, 'the reader tab does not scroll sideways');
  assert.equal(await reader.evaluate(readerBarRows), 1, 'the top bar is one row');

  await reader.click('.folded-controls summary');
  await reader.click('.folded-panel [role=radio][data-value="sepia"]');
  await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
  await reader.keyboard.press('Escape');
  assert.equal(await reader.evaluate(() => (document.querySelector('.folded-controls') as HTMLDetailsElement).open), false, 'Esc puts the menu away');
});
