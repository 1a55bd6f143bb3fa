/**
 * Narrow windows, in real Chromium: Firefox puts an extension's popup in its overflow panel (about 350–425 px
 * wide) and people zoom, so the popup must reflow there without keeping its toolbar width; yet Chromium sizes the
 * real toolbar popup from its content, and that popup must keep its designed width.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, SCREENSHOT_DIR, useExtensionSession } from './harness';

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
