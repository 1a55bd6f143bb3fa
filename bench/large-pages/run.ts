/**
 * How long a person waits on enormous pages, in the real browser: the shipped Chrome build in Chromium,
 * a real toolbar click on a served page of 1 to 20 MB, timed until the popup shows the article or a message.
 *   npm run bench:large   (after npm run build)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchWithExtension, ROOT, startPageServer } from '../../tests/e2e/harness';
import { enormousPage } from './generate';

const SIZES_MB = [1, 5, 20];
const pages = new Map(SIZES_MB.map((mb) => [`/large/${mb}`, enormousPage(mb)]));
// The same 20 MB with nothing marking the article: the reader must stop with a message, not hang.
pages.set('/large/20-no-container', enormousPage(20, { container: false }));
const { server, origin } = await startPageServer((path) => pages.get(path));
const browser = await launchWithExtension();
const rows: { page: string; bytes: number; elements: number; loadMs: number; popupMs: number; outcome: string }[] = [];
try {
  for (const [path, html] of pages) {
    const page = await browser.ctx.newPage();
    let t = performance.now();
    await page.goto(`${origin}${path}`, { timeout: 120_000 });
    const loadMs = performance.now() - t;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    t = performance.now();
    const popup = await clickToolbarButton(browser, page);
    const outcome = await popup.waitFor<string>(`document.querySelector('.article-title') ? 'article: ' + document.querySelector('.article-body').innerText.length + ' chars' : document.querySelector('.notice')?.innerText.replace(/\\s+/g, ' ')`, 180_000);
    rows.push({ page: path.slice(7), bytes: html.length, elements, loadMs: Math.round(loadMs), popupMs: Math.round(performance.now() - t), outcome });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log('| page | elements | page load ms | click → popup shows result, ms | result |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page}: ${(r.bytes / 1048576).toFixed(1)} MB | ${r.elements} | ${r.loadMs} | ${r.popupMs} | ${r.outcome} |`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/large-pages.json'), `${JSON.stringify(rows, null, 2)}\n`);
