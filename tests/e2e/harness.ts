/**
 * Drives the shipped Chrome build in Debian's Chromium: serves fixture pages on 127.0.0.1, clicks the
 * toolbar button for real (Extensions.triggerAction, which also grants activeTab) and reads the real popup.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, 'dist/chrome');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');

/**
 * Serves tests/fixtures/pages/<slug>/page.html at /<slug>/ (any path below it too), on a loopback port.
 * `generated` answers paths a test makes up (generated pages); it is asked first.
 */
export async function startPageServer(generated?: (path: string) => string | undefined): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const made = generated?.(req.url ?? '/');
    if (made !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(made);
      return;
    }
    const slug = (req.url ?? '/').split('/')[1] ?? '';
    const file = join(PAGES_DIR, slug.replace(/[^a-z0-9-]/gi, ''), 'page.html');
    if (!slug || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export interface ExtensionBrowser {
  ctx: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  profileDir: string;
  close(): Promise<void>;
}

export async function launchWithExtension(profileDir = mkdtempSync(join(tmpdir(), 'clearpage-profile-'))): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await ctx.browser()!.newBrowserCDPSession();
  return { ctx, extensionId, cdp, profileDir, close: () => ctx.close() };
}

/** A CDP target (the real popup) driven through Target.sendMessageToTarget. */
export class TargetClient {
  private nextId = 1;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();

  constructor(private readonly cdp: CDPSession, readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id!);
      if (msg.error) waiter.fail(new Error(msg.error.message));
      else waiter.ok(msg.result);
    });
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const result = new Promise<T>((ok, fail) => this.pending.set(id, { ok: ok as (v: unknown) => void, fail }));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    return result;
  }

  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`popup evaluate failed: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** Polls until the expression is truthy in the popup, then returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting in popup for: ${expression}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }
}

/** Clicks the toolbar button over `page` (a real action click, headless) and attaches to the popup it opens. */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<TargetClient> {
  const { cdp, extensionId } = browser;
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never) as { targetInfos: { targetId: string; url: string }[] };
  const tab = tabs.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  const popupUrl = `chrome-extension://${extensionId}/popup/popup.html`;
  type Targets = { targetInfos: { targetId: string; url: string; type: string }[] };
  // Popup pages a test opened itself as tabs (popup.html?tabId=…) must not be mistaken for the one this click opens.
  const before = new Set(((await cdp.send('Target.getTargets')) as Targets).targetInfos.map((t) => t.targetId));
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const deadline = Date.now() + 10000;
  for (;;) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as Targets;
    const popup = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrl) && !before.has(t.targetId));
    if (popup) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
      const client = new TargetClient(cdp, sessionId);
      await client.send('Runtime.enable');
      return client;
    }
    if (Date.now() > deadline) throw new Error('the toolbar click opened no popup');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** In-page helpers for the contrast checks below: colours as numbers, the first opaque background at or above an element, and WCAG's ratio. */
const COLOUR_HELPERS = `
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const backgroundAt = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] === 1) return c;
    }
    return [255, 255, 255];
  };
  const lum = (c) => c.slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (x, y) => { const [a, b] = [lum(x), lum(y)]; return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };`;

/**
 * In the page: the WCAG contrast ratio of the first element matching `selector`, its text colour against the first
 * opaque background at or above it (AA asks 4.5 for body text).
 */
export const contrastOf = (selector: string) => `(() => {${COLOUR_HELPERS}
  const el = document.querySelector(${JSON.stringify(selector)});
  return ratio(rgb(getComputedStyle(el).color), backgroundAt(el));
})()`;

/**
 * In the page: how well the outline of the first element matching `selector` stands out, the lower of its contrast with
 * the element's own fill and with what lies behind it (WCAG 1.4.11 asks 3 for a field found by its outline).
 */
export const outlineContrastOf = (selector: string) => `(() => {${COLOUR_HELPERS}
  const el = document.querySelector(${JSON.stringify(selector)});
  const border = rgb(getComputedStyle(el).borderTopColor);
  return Math.min(ratio(border, backgroundAt(el)), ratio(border, backgroundAt(el.parentElement)));
})()`;

/** In the page (Chromium or Firefox): how many rows the reader tab's top bar takes, its height over its tallest control's. */
export function readerBarRows(): number {
  const bar = document.querySelector('.reader-bar')!;
  const tallest = Math.max(...[...bar.querySelectorAll('a, button, summary')].map((el) => el.getBoundingClientRect().height));
  return Math.floor(bar.getBoundingClientRect().height / tallest);
}

export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: Server;
  origin: string;
}

/**
 * One browser with the extension and one page server for a test file: started before its tests, closed
 * after. The returned object is filled in by the time the first test runs.
 */
export function useExtensionSession(generated?: (path: string) => string | undefined): ExtensionSession {
  const session = {} as ExtensionSession;
  before(async () => {
    Object.assign(session, await startPageServer(generated));
    session.browser = await launchWithExtension();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  after(async () => {
    await session.browser?.close();
    session.server?.closeAllConnections();
    session.server?.close();
  });
  return session;
}
