/**
 * `npm run bench:library`: the read-later library at 10,000 articles, measured in real Chromium with the
 * shipped build. Fills the store through the library's own JSON import, then prints time to first
 * render of the list, search latency per keystroke (median and p95 over typed queries), export-all
 * time per format and the storage used. Timings come from the page's performance marks and measures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, PAGES_DIR } from '../../tests/e2e/harness';
import { libraryFileParts } from '../../src/library/transfer/library-file';
import { makeLibrary, rng, vocabulary } from './corpus';

const COUNT = Number(process.env.LIBRARY_BENCH_COUNT ?? 10_000);
const RELOADS = 7;
const COLD_STARTS = 3;
const LONG = { timeout: 600_000 };

const step = (what: string) => process.stderr.write(`… ${what}\n`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/**
 * Waits for a performance entry of the page and returns its time. Asked through the DevTools protocol
 * with a few lines of script: Playwright's own waits first evaluate its large injected script in each
 * new document, which would run on the page's main thread while the page is still rendering.
 */
async function entry(page: Page, name: string, type: 'mark' | 'measure'): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const expression = `new Promise((resolve) => {
      const look = () => {
        const e = performance.getEntriesByName(${JSON.stringify(name)}, ${JSON.stringify(type)})[0];
        if (e) resolve(${type === 'mark' ? 'e.startTime' : 'e.duration'});
        else setTimeout(look, 50);
      };
      look();
    })`;
    const { result } = (await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true } as never)) as { result: { value: number } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the search snapshot covers every article, reading the extension's IndexedDB from its own page. */
async function snapshotStored(page: Page, count: number): Promise<{ seq: number; bytes: number }> {
  const read = () =>
    page.evaluate(
      () =>
        new Promise<{ seq: number; bytes: number; docs: number } | null>((resolve, reject) => {
          const open = indexedDB.open('clearpage-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('search-index');
            get.onerror = () => reject(get.error);
            get.onsuccess = () => {
              open.result.close();
              const r = get.result as { seq: number; json: string } | undefined;
              resolve(r ? { seq: r.seq, bytes: r.json.length, docs: (JSON.parse(r.json) as { documentCount: number }).documentCount } : null);
            };
          };
        }),
    );
  const deadline = Date.now() + LONG.timeout;
  for (;;) {
    const snapshot = await read();
    if (snapshot && snapshot.docs >= count) return snapshot;
    if (Date.now() > deadline) throw new Error('the search index snapshot was never stored');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * The floor under the first render: an extension page of the same build whose one tiny module writes a
 * line and marks the next painted frame as the library does. Written into the build only for this run.
 */
function writeFloorPage(): { path: string; remove(): void } {
  const dir = join(EXTENSION_DIR, 'bench-floor');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'floor.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title><script type="module" src="floor.js"></script></head><body><div id="app"></div></body></html>');
  writeFileSync(join(dir, 'floor.js'), "document.getElementById('app').textContent = 'Library'; requestAnimationFrame(() => setTimeout(() => performance.mark('library:first-render')));");
  return { path: 'bench-floor/floor.html', remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function queries(words: string[]): string[] {
  const random = rng(99);
  const at = (from: number, to: number) => words[from + Math.floor(random() * (to - from))]!;
  return [
    ...Array.from({ length: 6 }, () => at(30, 400)), // common words
    ...Array.from({ length: 6 }, () => at(2000, 30000)), // rare words and names of things
    ...Array.from({ length: 4 }, () => `${at(100, 1500)} ${at(100, 1500)}`), // two words
    'priya raman',
    'coastal gazette',
    `${at(3000, 20000)} ${at(50, 300)}`,
    at(5000, 20000).slice(0, 4), // a word still being typed
  ];
}

/** The library as the first page of a browser just started on the filled profile: IndexedDB opens cold. */
async function coldOpens(profileDir: string, libraryUrl: string): Promise<{ firstRender: number[]; fromDatabase: number[] }> {
  const firstRender: number[] = [];
  const fromDatabase: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const browser = await launchWithExtension(profileDir);
    try {
      const page = await browser.ctx.newPage();
      await page.goto(libraryUrl);
      firstRender.push(await entry(page, 'library:first-render', 'mark'));
      fromDatabase.push(await entry(page, 'library:first-render-stored', 'mark'));
      // The search worker's snapshot load would otherwise be cut off mid-read by closing.
      await entry(page, 'library:search-ready', 'mark');
    } finally {
      await browser.close();
    }
  }
  return { firstRender, fromDatabase };
}

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'clearpage-bench-library-'));
  const t0 = performance.now();
  const vocab = vocabulary(PAGES_DIR);
  const articles = makeLibrary(COUNT, vocab);
  const file = join(workDir, 'library.json');
  writeFileSync(file, libraryFileParts(articles).join(''));
  const genMs = performance.now() - t0;
  const avgWords = articles.reduce((n, a) => n + a.textContent.split(/\s+/).length, 0) / articles.length;
  console.log(`generated ${COUNT.toLocaleString()} articles (avg ${Math.round(avgWords)} words, ${articles.reduce((n, a) => n + a.content.length, 0) / 1e6 | 0} MB of HTML) in ${ms(genMs)}`);

  const floorPage = writeFloorPage();
  const browser = await launchWithExtension();
  try {
    const page = await browser.ctx.newPage();
    page.setDefaultTimeout(600_000);
    const libraryUrl = `chrome-extension://${browser.extensionId}/library/library.html`;
    await page.goto(libraryUrl);
    await page.locator('.lib-empty').waitFor();

    step('importing');
    const importStart = performance.now();
    await page.setInputFiles('.import-file', file);
    await page.locator('.notice', { hasText: `Imported ${COUNT.toLocaleString('en-US').replace(/,/g, '')} articles.` }).waitFor(LONG);
    const importMs = performance.now() - importStart;
    step('indexing the imported articles');
    await snapshotStored(page, COUNT);
    step('building the search index with no snapshot');
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('clearpage-library');
      open.onsuccess = () => {
        const tx = open.result.transaction('meta', 'readwrite');
        tx.objectStore('meta').clear();
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    const rebuildMs = (await entry(page, 'library:search-ready', 'mark')) - (await entry(page, 'library:first-render', 'mark'));
    step('waiting for the index snapshot');
    const snapshot = await snapshotStored(page, COUNT);
    step('opening the library');
    // Each load starts from the floor page, as the floor's own loads do and as a person opens the library
    // from another page: a load also pays for tearing down the page before it, and a settled library page
    // (its search worker, ten thousand summaries) is not the floor page. Reloading the library is printed apart.
    const floorUrl = `chrome-extension://${browser.extensionId}/${floorPage.path}`;
    const settled = async () => {
      await entry(page, 'library:search-ready', 'mark');
      await page.waitForFunction((n) => document.querySelector('.lib-count')?.textContent?.startsWith(n), COUNT.toLocaleString('en-US'), LONG);
    };
    const firstRender: number[] = [];
    const fromScript: number[] = [];
    const fromDatabase: number[] = [];
    const searchReady: number[] = [];
    const reloaded: number[] = [];
    // The floor is also loaded just before each library load, in the same conditions (after the previous
    // library page's teardown, on a machine whose load changes): the pairs' differences are the library's own cost.
    const pairedFloor: number[] = [];
    for (let i = 0; i < RELOADS; i++) {
      await page.goto(floorUrl);
      await entry(page, 'library:first-render', 'mark');
      await page.waitForTimeout(300);
      await page.reload();
      pairedFloor.push(await entry(page, 'library:first-render', 'mark'));
      await page.waitForTimeout(300);
      await page.goto(libraryUrl);
      firstRender.push(await entry(page, 'library:first-render', 'mark'));
      fromScript.push(firstRender.at(-1)! - (await entry(page, 'library:script-start', 'mark')));
      fromDatabase.push(await entry(page, 'library:first-render-stored', 'mark'));
      searchReady.push(await entry(page, 'library:search-ready', 'mark'));
      await settled();
      await page.reload();
      reloaded.push(await entry(page, 'library:first-render', 'mark'));
      await settled();
    }
    step('loading the floor page');
    const floor: number[] = [];
    await page.goto(floorUrl);
    for (let i = 0; i < RELOADS; i++) {
      await page.waitForTimeout(300);
      await page.reload();
      floor.push(await entry(page, 'library:first-render', 'mark'));
    }
    await page.goto(libraryUrl);
    // Typing starts with the whole list loaded and the search index ready, as after the reloads above.
    await page.locator('main[data-search-ready="true"]').waitFor(LONG);
    await page.waitForFunction((n) => document.querySelector('.lib-count')?.textContent?.startsWith(n), COUNT.toLocaleString('en-US'), LONG);

    step('typing queries');
    const typed = queries(vocab.words);
    const perKey: number[] = [];
    const perKeyPainted: number[] = [];
    const matches: number[] = [];
    const inWorker: number[] = [];
    for (const q of typed) {
      await page.fill('.lib-search', '');
      await page.evaluate(() => {
        performance.clearMeasures('library:search');
        performance.clearMeasures('library:search-painted');
        performance.clearMeasures('library:search-index');
      });
      // One key at a time, each answered and painted before the next, like a person typing: every keystroke is measured.
      for (let i = 0; i < q.length; i++) {
        await page.locator('.lib-search').press(q[i] === ' ' ? 'Space' : q[i]!);
        await page.waitForFunction((n) => performance.getEntriesByName('library:search-painted').length >= n, i + 1);
      }
      await page.waitForFunction((text) => document.querySelector('main')?.dataset.resultsFor === text, q.trim());
      perKey.push(...(await page.evaluate(() => performance.getEntriesByName('library:search').map((e) => e.duration))));
      perKeyPainted.push(...(await page.evaluate(() => performance.getEntriesByName('library:search-painted').map((e) => e.duration))));
      inWorker.push(...(await page.evaluate(() => performance.getEntriesByName('library:search-index').map((e) => (e as PerformanceMeasure).detail as number))));
      matches.push(await page.evaluate(() => Number(document.querySelector('.lib-status[role="status"]')?.textContent?.match(/[\d,]+/)?.[0]?.replace(/,/g, '') ?? 0)));
    }
    await page.fill('.lib-search', '');

    step('exporting');
    const exports: Record<string, { ms: number; mb: number }> = {};
    for (const format of ['json', 'markdown', 'html'] as const) {
      await page.locator('.lib-toolbar summary', { hasText: 'Export all' }).click();
      const [download] = await Promise.all([page.waitForEvent('download', LONG), page.locator(`.lib-toolbar button[data-format="${format}"]`).click()]);
      const size = (await import('node:fs')).statSync(await download.path()).size;
      exports[format] = { ms: await entry(page, `library:export-all:${format}`, 'measure'), mb: size / 1e6 };
      await page.locator('.lib-toolbar summary', { hasText: 'Export all' }).waitFor();
    }
    const storage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await browser.close();
    step('opening the library in a browser just started');
    const cold = await coldOpens(browser.profileDir, libraryUrl);

    console.log(`\nRead-later library at ${COUNT.toLocaleString()} articles, Chromium (${browser.ctx.browser()?.version()})`);
    console.log(`  import (JSON, one transaction)     ${ms(importMs)}`);
    console.log(`  first render of the list           median ${ms(quantile(firstRender, 0.5))}, max ${ms(Math.max(...firstRender))} (navigation start → first screenful painted; ${RELOADS} loads, each from the floor page)`);
    console.log(`    of which after the page's modules loaded  median ${ms(quantile(fromScript, 0.5))} (render the newest summaries, paint)`);
    console.log(`    the same rows read from IndexedDB       median ${ms(quantile(fromDatabase, 0.5))}, max ${ms(Math.max(...fromDatabase))} (until then the localStorage copy is shown)`);
    console.log(`    floor: a one-line extension page        median ${ms(quantile(floor, 0.5))}, max ${ms(Math.max(...floor))} (same build and browser, ${RELOADS} loads, each from the floor page)`);
    console.log(`    above the floor loaded just before it    median ${ms(quantile(firstRender.map((f, i) => f - pairedFloor[i]!), 0.5))} (${RELOADS} pairs; that floor's median ${ms(quantile(pairedFloor, 0.5))})`);
    console.log(`    reload of the settled library           median ${ms(quantile(reloaded, 0.5))}, max ${ms(Math.max(...reloaded))} (${RELOADS} loads; includes the previous library page's teardown)`);
    console.log(`  first render in a browser just started   ${cold.firstRender.map(ms).join(', ')}; from IndexedDB ${cold.fromDatabase.map(ms).join(', ')} (${COLD_STARTS} starts)`);
    console.log(`  search index ready from snapshot   median ${ms(quantile(searchReady, 0.5))} after navigation (${(snapshot.bytes / 1e6).toFixed(1)} MB snapshot)`);
    console.log(`  search index built from articles   ${ms(rebuildMs)} (first visit, no snapshot)`);
    console.log(`  search per keystroke               median ${ms(quantile(perKey, 0.5))}, p95 ${ms(quantile(perKey, 0.95))}, max ${ms(Math.max(...perKey))} (${perKey.length} keystrokes over ${typed.length} queries; input → results committed)`);
    console.log(`    to the next painted frame              median ${ms(quantile(perKeyPainted, 0.5))}, p95 ${ms(quantile(perKeyPainted, 0.95))}, max ${ms(Math.max(...perKeyPainted))} (input → results on screen)`);
    console.log(`    of which the index lookup in the worker  median ${ms(quantile(inWorker, 0.5))}, p95 ${ms(quantile(inWorker, 0.95))}, max ${ms(Math.max(...inWorker))} (${inWorker.length} lookups)`);
    console.log(`  queries: ${typed.map((q, i) => `"${q}" (${matches[i]})`).join(', ')}`);
    for (const [format, e] of Object.entries(exports)) console.log(`  export all as ${format.padEnd(9)}            ${ms(e.ms)} (${e.mb.toFixed(1)} MB file)`);
    console.log(`  storage used (navigator.storage)   ${(storage / 1e6).toFixed(1)} MB`);
  } finally {
    await browser.close();
    floorPage.remove();
    rmSync(workDir, { recursive: true, force: true });
    rmSync(browser.profileDir, { recursive: true, force: true });
  }
}

await main();
