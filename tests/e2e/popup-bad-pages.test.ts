/** Pages with no article, and pages the browser will not let an extension read: a clear message, never a blank popup. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { enormousPage } from '../../bench/large-pages/generate';
import { clickToolbarButton, SCREENSHOT_DIR, useExtensionSession } from './harness';

// ~3 MB: past the element bound, and nothing marks the article.
const enormous = enormousPage(3, { container: false });

const session = useExtensionSession((path) => (path === '/enormous/' ? enormous : undefined));

async function popupMessage(url: string, shot: string) {
  const page = await session.browser.ctx.newPage();
  await page.goto(url).catch(() => undefined);
  const popup = await clickToolbarButton(session.browser, page);
  const message = await popup.waitFor<{ title: string; text: string }>(
    `document.querySelector('.notice') && { title: document.querySelector('.notice h1').textContent, text: document.querySelector('.notice p').textContent }`,
  );
  writeFileSync(join(SCREENSHOT_DIR, shot), await popup.screenshot());
  await page.close();
  return message;
}

test('a section front of teasers says there is no article on the page', async () => {
  const message = await popupMessage(`${session.origin}/section-front/`, 'popup-no-article.png');
  assert.equal(message.title, 'No article here');
  assert.match(message.text, /No article found on this page/);
});

test('a browser-internal page says browsers do not let extensions read it', async () => {
  const message = await popupMessage('chrome://version/', 'popup-browser-page.png');
  assert.equal(message.title, 'Can’t read this page');
  assert.match(message.text, /does not let extensions read|browser page/);
});

test('an enormous page with nothing marking its article stops at once with a message, not a frozen popup', async () => {
  const message = await popupMessage(`${session.origin}/enormous/`, 'popup-too-large.png');
  assert.equal(message.title, 'This page is too large');
  assert.match(message.text, /too large for the reader \([\d,]+ elements\)/);
});

test('“Try anyway” on a page judged not to be an article shows what the reader found there', async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/section-front/`);
  const popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('.notice .try-anyway')`);
  await popup.evaluate(`document.querySelector('.notice .try-anyway').click()`);
  const shown = await popup.waitFor<string>(`document.querySelector('.article-body')?.innerText`);
  assert.match(shown, /Story number 1 headline about the city council/);
  await page.close();
});
