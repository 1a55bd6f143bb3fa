/**
 * The Firefox build: it lints clean for addons.mozilla.org, installs in Debian's firefox-esr, reads a
 * served news page and saves the article. Firefox has no headless toolbar click, so a test-only copy of
 * the build opens its own popup page over the fixture tab (see real-browser-tests notes).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startPageServer } from './harness';

const FIREFOX_DIR = join(ROOT, 'dist/firefox');

test('the Firefox build passes web-ext lint with no errors', () => {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
  const report = JSON.parse(r.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message}`), []);
  assert.equal(report.summary.errors, 0);
});

let server: Server;
let origin: string;
let firefox: Browser;

/** A copy of dist/firefox that may read the test server and opens the popup page over the fixture tab. */
function smokeBuild(pageUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearpage-firefox-'));
  cpSync(FIREFOX_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  manifest.background.scripts.push('smoke-open-popup.js');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'smoke-open-popup.js'),
    `browser.runtime.onInstalled.addListener(async () => {
      const tab = await browser.tabs.create({ url: ${JSON.stringify(pageUrl)} });
      await new Promise((ok) => {
        const onUpdated = (id, info) => { if (id === tab.id && info.status === 'complete') { browser.tabs.onUpdated.removeListener(onUpdated); ok(); } };
        browser.tabs.onUpdated.addListener(onUpdated);
      });
      await browser.tabs.create({ url: browser.runtime.getURL('popup/popup.html?tabId=' + tab.id) });
    });`,
  );
  return dir;
}

/** Puppeteer reports moz-extension pages as about:blank, so find the popup by asking each page. */
async function findPopup(browser: Browser, timeoutMs = 20000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/popup/popup.html')) return page;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the Firefox build did not open its popup page');
}

before(async () => {
  ({ server, origin } = await startPageServer());
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
});

after(async () => {
  await firefox?.close();
  server?.close();
});

test('the Firefox build reads a served news page and saves the article', async () => {
  await firefox.installExtension(smokeBuild(`${origin}/seed-new-american/`));
  const popup = await findPopup(firefox);
  await popup.waitForSelector('.article-title', { timeout: 20000 });
  const shown = await popup.evaluate(() => ({
    title: document.querySelector('.article-title')?.textContent,
    authors: document.querySelector('.authors')?.textContent,
    date: document.querySelector('time.published')?.getAttribute('datetime'),
    related: document.querySelectorAll('.related a').length,
    body: (document.querySelector('.article-body') as HTMLElement | null)?.innerText ?? '',
  }));
  assert.equal(shown.title, "Maduro's Support from China, Russia Collapsing");
  assert.equal(shown.authors, 'By Bob Adelman');
  assert.equal(shown.date, '2019-03-04');
  assert.equal(shown.related, 4);
  assert.ok(!shown.body.includes('Subscribe to the New American'));

  await popup.click('button.save');
  await popup.waitForFunction(() => document.querySelector('button.save')?.textContent?.includes('Saved'), { timeout: 10000 });
  const stored = await popup.evaluate(
    (url) =>
      new Promise<string | null>((ok, fail) => {
        const open = indexedDB.open('clearpage-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => ok((all.result as { url: string; title: string }[]).find((a) => a.url === url)?.title ?? null);
        };
      }),
    `${origin}/seed-new-american/`,
  );
  assert.equal(stored, "Maduro's Support from China, Russia Collapsing");
});
