/**
 * Generated hostile pages rendered in the real popup: no vector runs there. A vector that ran would set
 * the canary window.__pwned in the popup; every element of the rendered article is also clicked, hovered
 * and focused, so a surviving handler would fire.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXECUTABLE_MARKUP, hostilePage } from '../fuzz/hostile-pages';
import { readerPath } from '../../src/reader/reader-url';
import { canonicalKey } from '../../src/store/saved-article';
import { clickToolbarButton, useExtensionSession } from './harness';

const SAMPLE = Array.from({ length: 20 }, (_, i) => i * 50 + 7);
const READER_SAMPLE = new Set(SAMPLE.slice(0, 5));

const session = useExtensionSession((path) => {
  const m = /^\/hostile\/(\d+)$/.exec(path);
  return m ? hostilePage(Number(m[1])).html : undefined;
});

test(`no vector executes in the popup (${SAMPLE.length} generated hostile pages) or the reader tab (${READER_SAMPLE.size} of them)`, async () => {
  let vectors = 0;
  let executed = 0;
  for (const index of SAMPLE) {
    vectors += hostilePage(index).vectors;
    const page = await session.browser.ctx.newPage();
    await page.goto(`${session.origin}/hostile/${index}`);
    const popup = await clickToolbarButton(session.browser, page);
    await popup.waitFor(`document.querySelector('.article-title, .notice')`);
    const verdict = await popup.evaluate<{ pwned: number; markup: string; titles: string }>(`(async () => {
      const body = document.querySelector('.article-body');
      for (const el of body ? body.querySelectorAll('*') : []) {
        for (const type of ['click', 'mouseover', 'focus', 'focusin', 'error', 'load', 'toggle', 'animationstart']) el.dispatchEvent(new Event(type, { bubbles: true }));
      }
      await new Promise((r) => setTimeout(r, 50));
      return { pwned: window.__pwned ?? 0, markup: body ? body.innerHTML : '', titles: document.querySelector('.article-header')?.innerHTML ?? '' };
    })()`);
    if (READER_SAMPLE.has(index)) {
      // Saved, then opened in the full-page reader: the library's rendering path gets the same scrutiny.
      await popup.evaluate(`document.querySelector('button.save')?.click()`);
      await popup.waitFor(`document.querySelector('button.save')?.textContent.includes('Saved')`);
      const reader = await session.browser.ctx.newPage();
      await reader.goto(`chrome-extension://${session.browser.extensionId}${readerPath(canonicalKey(page.url()))}`);
      await reader.locator('.article-body').waitFor();
      const inReader = await reader.evaluate(`(async () => {
        for (const el of document.querySelectorAll('.article-body *')) for (const type of ['click', 'mouseover', 'focus', 'error', 'load']) el.dispatchEvent(new Event(type, { bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
        return { pwned: window.__pwned ?? 0, markup: document.querySelector('.article-body').innerHTML };
      })()`) as { pwned: number; markup: string };
      executed += inReader.pwned;
      assert.equal(inReader.pwned, 0, `page ${index}: a vector ran in the reader tab`);
      assert.doesNotMatch(inReader.markup, EXECUTABLE_MARKUP, `page ${index}: executable markup in the reader tab`);
      await reader.close();
    }
    executed += verdict.pwned;
    assert.equal(verdict.pwned, 0, `page ${index}: a vector ran in the popup`);
    assert.doesNotMatch(verdict.markup, EXECUTABLE_MARKUP, `page ${index}: executable markup rendered`);
    assert.doesNotMatch(verdict.titles, /<img|onerror|<b /, `page ${index}: markup in the header`);
    await page.close();
  }
  console.log(`hostile pages in Chromium: ${SAMPLE.length} pages, ${vectors} vectors tried, ${executed} executed`);
});
