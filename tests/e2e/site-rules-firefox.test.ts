/**
 * Firefox build smoke test for issue 7: a block hidden in the popup is gone on the site's next page, and
 * the per-site clutter toggle holds. Firefox has no headless toolbar click, so (as in firefox-build.test.ts)
 * a test-only copy of the build may read the test server and opens its popup page over the fixture tab.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { findPage, isPopupPage, smokeBuild, useFirefoxSession } from './firefox-harness';

const session = useFirefoxSession();

const bodyText = (popup: Page) => popup.evaluate(() => (document.querySelector('.article-body') as HTMLElement | null)?.innerText ?? '');

test('Firefox build: a hidden block stays hidden on the next page of the site, and the clutter toggle is per site', async () => {
  await session.firefox.installExtension(smokeBuild(`${session.origin}/ledger-council-vote/`));
  const popup = await findPage(session.firefox, isPopupPage);
  await popup.waitForSelector('.article-body', { timeout: 20000 });
  assert.match(await bodyText(popup), /Fog in the morning/);

  await popup.click('button.hide-toggle');
  await popup.waitForSelector('.article-body.hide-mode');
  await popup.evaluate(() => ([...document.querySelectorAll('.article-body p')].find((p) => p.textContent?.includes('Fog in the morning')) as HTMLElement).click());
  await popup.waitForFunction(() => document.querySelector('.hide-message')?.textContent?.includes('from now on'), { timeout: 10000 });
  const rules = await popup.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<{ siteRules?: { site: string }[] }> } } } }).browser.storage.local.get('siteRules').then((r) => r.siteRules ?? []));
  assert.deepEqual(rules.map((r) => r.site), ['127.0.0.1']);

  // Another page of the site in the same tab (puppeteer's own navigation of that tab times out under BiDi).
  await popup.evaluate(async (url) => {
    const tabs = (globalThis as unknown as { browser: { tabs: { update(id: number, p: object): Promise<unknown>; get(id: number): Promise<{ status?: string; url?: string }> } } }).browser.tabs;
    const id = Number(new URLSearchParams(location.search).get('tabId'));
    await tabs.update(id, { url });
    for (let i = 0; i < 100; i++) {
      const t = await tabs.get(id);
      if (t.url === url && t.status === 'complete') return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, `${session.origin}/ledger-harbor-plan/`);
  // Reopen the popup page; puppeteer's reload() waits for a load event BiDi never reports for moz-extension pages.
  await popup.evaluate(() => location.reload());
  await popup.waitForFunction(() => (document.querySelector('.article-body') as HTMLElement | null)?.innerText.includes('oysters'), { timeout: 20000 });
  const next = await bodyText(popup);
  assert.match(next, /For the first time in nearly a century/);
  assert.doesNotMatch(next, /Fog in the morning/);

  // Clutter removal off for this site shows everything, the hidden block included; it is remembered for the site.
  await popup.click('.switch input');
  await popup.waitForFunction(() => (document.querySelector('.article-body') as HTMLElement | null)?.innerText.includes('Fog in the morning'), { timeout: 20000 });
  const settings = await popup.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<{ settings?: { siteClean: Record<string, boolean> } }> } } } }).browser.storage.local.get('settings').then((r) => r.settings?.siteClean ?? {}));
  assert.deepEqual(settings, { '127.0.0.1': false });
});
