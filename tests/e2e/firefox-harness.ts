/**
 * Driving the Firefox build in Debian's firefox-esr (puppeteer-core over WebDriver BiDi). Firefox has no
 * headless toolbar click, so a test-only copy of dist/firefox may read the test server and opens its own
 * popup page over a fixture tab; puppeteer cannot navigate to moz-extension:// pages itself.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startPageServer } from './harness';

export const FIREFOX_DIR = join(ROOT, 'dist/firefox');

/** A copy of dist/firefox that may read 127.0.0.1 and, once installed, opens the popup page over `pageUrl`. */
export function smokeBuild(pageUrl: string): string {
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

/** Puppeteer reports moz-extension pages as about:blank, so find a page by asking each one where it is. */
export async function findPage(browser: Browser, match: (href: string) => boolean, timeoutMs = 20000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (match(href)) return page;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the Firefox build did not open the expected page');
}

export const isPopupPage = (href: string) => href.startsWith('moz-extension://') && href.includes('/popup/popup.html');

export interface FirefoxSession {
  firefox: Browser;
  server: Server;
  origin: string;
}

/** firefox-esr and a page server for a test file; the object is filled in by the time the first test runs. */
export function useFirefoxSession(): FirefoxSession {
  const session = {} as FirefoxSession;
  before(async () => {
    Object.assign(session, await startPageServer());
    session.firefox = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  });
  after(async () => {
    await session.firefox?.close();
    session.server?.close();
  });
  return session;
}
