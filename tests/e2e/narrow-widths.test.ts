/**
 * Narrow windows, in real Chromium: Firefox puts an extension's popup in its overflow panel (about 350–425 px
 * wide) and people zoom, so the popup must reflow there without keeping its toolbar width; yet Chromium sizes the
 * real toolbar popup from its content, and that popup must keep its designed width.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, readerBarRows, SCREENSHOT_DIR, useExtensionSession } from './harness';

const session = useExtensionSession();

/** In the page: how far it scrolls sideways, and the controls that reach past either edge of the window. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const cut = [...document.querySelectorAll('button, a, label, select, input, summary')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5);
      })
      .map((el) => (el.textContent ?? '').trim() || el.tagName);
    return { overflow: root.scrollWidth - width, cut };
  });
}

test('the toolbar popup keeps its 560 px in Chromium, and in a 360 px panel it reflows with nothing cut off', async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/seed-new-american/`);
  const popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('.article-body')`);
  assert.equal(await popup.evaluate<number>('innerWidth'), 560, 'the real popup keeps its designed width');
  const tabId = await popup.evaluate<number>(`chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`);

  const narrow = await session.browser.ctx.newPage();
  await narrow.setViewportSize({ width: 360, height: 600 });
  await narrow.goto(`chrome-extension://${session.browser.extensionId}/popup/popup.html?tabId=${tabId}`);
  await narrow.locator('.article-body').waitFor();
  assert.deepEqual(await sideways(narrow), { overflow: 0, cut: [] });
  await narrow.screenshot({ path: join(SCREENSHOT_DIR, 'popup-360.png') });
  await narrow.close();
  await page.close();
});

/** Saves a short article straight through the background, as the popup would, and opens it in the reader tab. Its author's name is one long word. */
async function openSavedInReader(width: number): Promise<Page> {
  const reader = await session.browser.ctx.newPage();
  await reader.setViewportSize({ width, height: 700 });
  await reader.goto(`chrome-extension://${session.browser.extensionId}/library/library.html`);
  const article = {
    url: `${session.origin}/narrow-story/`, title: 'Harbour ferry timetable changes for the winter', byline: null, authors: ['Hubert Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft'], publishedTime: '2026-11-02T09:00:00Z', siteName: 'The Harbor Ledger', lang: 'en', excerpt: null, readingTimeMinutes: 1,
    content: '<p>The ferry will leave the harbour an hour later on weekdays from December, the operator said on Monday.</p>', textContent: '', relatedLinks: [], removed: [], cleaned: true, warnings: [],
  };
  const saved = await reader.evaluate<{ id: string }>(`chrome.runtime.sendMessage({ type: 'saveArticle', article: ${JSON.stringify(article)} })`);
  await reader.goto(`chrome-extension://${session.browser.extensionId}/reader/reader.html?id=${encodeURIComponent(saved.id)}`);
  await reader.locator('.reader-article .article-body').waitFor();
  return reader;
}

test('at 380 px the reader tab keeps its top bar to one row: the typography folds into "Aa", reachable and named, Esc or a click elsewhere closes it; a long name stays inside', async () => {
  const reader = await openSavedInReader(380);
  assert.equal(await reader.evaluate(readerBarRows), 1, 'the top bar is one row');
  assert.deepEqual(await sideways(reader), { overflow: 0, cut: [] });
  for (const name of ['Mark read', 'Hide blocks', 'Listen', 'Keys: keyboard shortcuts']) assert.ok(await reader.getByRole('button', { name }).isVisible(), `${name} stays in view`);
  assert.ok(await reader.getByRole('link', { name: 'Original' }).isVisible());

  // Keyboard only: Tab to the fold, open it, choose a theme inside, Esc puts it away and gives focus back.
  const cdp = await session.browser.ctx.newCDPSession(reader);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  assert.ok(nodes.some((n) => !n.ignored && n.role?.value === 'DisclosureTriangle' && n.name?.value === 'Text and theme'), 'the fold is named "Text and theme"');
  await reader.keyboard.press('Tab');
  await reader.keyboard.press('Tab');
  assert.equal(await reader.evaluate(() => document.activeElement?.closest('summary')?.textContent), 'AaText and theme');
  assert.notEqual(await reader.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none', 'the fold shows its focus');
  await reader.keyboard.press('Enter');
  await reader.keyboard.press('Tab');
  assert.equal(await reader.evaluate(() => document.activeElement?.textContent), 'Auto', 'the first control inside is next');
  await reader.screenshot({ path: join(SCREENSHOT_DIR, 'reader-tab-380-folded-open.png') });
  await reader.getByRole('radio', { name: 'Dark' }).press('Enter');
  await reader.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await reader.keyboard.press('Escape');
  assert.equal(await reader.locator('.folded-controls').evaluate((d) => (d as HTMLDetailsElement).open), false);
  assert.equal(await reader.evaluate(() => document.activeElement?.closest('summary') !== null), true, 'focus is back on the fold');
  await reader.screenshot({ path: join(SCREENSHOT_DIR, 'reader-tab-380-dark.png') });
  // Like a menu, it goes away on a click in the article, which it would otherwise cover.
  await reader.locator('.folded-controls summary').click();
  await reader.locator('.article-body p').first().click();
  assert.equal(await reader.locator('.folded-controls').evaluate((d) => (d as HTMLDetailsElement).open), false, 'a click elsewhere puts the menu away');

  // Widened, the controls stand in the bar again, still on one row.
  await reader.setViewportSize({ width: 1100, height: 700 });
  await reader.getByRole('radio', { name: 'Dark' }).waitFor();
  assert.equal(await reader.locator('.folded-controls').count(), 0);
  assert.equal(await reader.evaluate(readerBarRows), 1);
  await reader.getByRole('radio', { name: 'Auto' }).click();
  await reader.close();
});

test('at 360 px the settings page keeps a rule whose sample is one long word inside the window', async () => {
  const page = await session.browser.ctx.newPage();
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  const rule = { id: 'long-sample', site: 'news.example', selector: 'div.newsletter-signup-box', basis: 'names', exampleUrl: 'https://news.example/story', sample: 'Newsletteranmeldungsformularbestätigungsnachricht', createdAt: '2026-11-02T09:00:00Z' };
  await page.evaluate(`chrome.storage.local.set({ siteRules: [${JSON.stringify(rule)}] })`);
  await page.locator('.rule').waitFor();
  assert.deepEqual(await sideways(page), { overflow: 0, cut: [] });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-360-long-rule.png') });
  await page.evaluate(`chrome.storage.local.remove('siteRules')`);
  await page.close();
});
