/** Pages with no article, and pages the browser will not let an extension read: a clear message, never a blank popup. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { enormousPage } from '../../bench/large-pages/generate';
import { clickToolbarButton, launchWithExtension, SCREENSHOT_DIR, startPageServer, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: Server;
let origin: string;

// ~3 MB: past the element bound, and nothing marks the article.
const enormous = enormousPage(3, { container: false });

before(async () => {
  ({ server, origin } = await startPageServer((path) => (path === '/enormous/' ? enormous : undefined)));
  browser = await launchWithExtension();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function popupMessage(url: string, shot: string) {
  const page = await browser.ctx.newPage();
  await page.goto(url).catch(() => undefined);
  const popup = await clickToolbarButton(browser, page);
  const message = await popup.waitFor<{ title: string; text: string }>(
    `document.querySelector('.notice') && { title: document.querySelector('.notice h1').textContent, text: document.querySelector('.notice p').textContent }`,
  );
  writeFileSync(join(SCREENSHOT_DIR, shot), await popup.screenshot());
  await page.close();
  return message;
}

test('a section front of teasers says there is no article on the page', async () => {
  const message = await popupMessage(`${origin}/section-front/`, 'popup-no-article.png');
  assert.equal(message.title, 'No article here');
  assert.match(message.text, /No article found on this page/);
});

test('a browser-internal page says browsers do not let extensions read it', async () => {
  const message = await popupMessage('chrome://version/', 'popup-browser-page.png');
  assert.equal(message.title, 'Can’t read this page');
  assert.match(message.text, /does not let extensions read|browser page/);
});

test('an enormous page with nothing marking its article stops at once with a message, not a frozen popup', async () => {
  const message = await popupMessage(`${origin}/enormous/`, 'popup-too-large.png');
  assert.equal(message.title, 'This page is too large');
  assert.match(message.text, /too large for the reader \([\d,]+ elements\)/);
});
