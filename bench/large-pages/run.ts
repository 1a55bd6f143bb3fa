/**
 * How long a person waits on enormous pages, in the real browser: the shipped Chrome build in Chromium,
 * a real toolbar click on a served page, timed until the popup shows the article or a message. Generated
 * pages of 1 to 20 MB, then the largest real pages of trafilatura-eval; on those, the pipeline and plain
 * Readability are also timed inside the page, in the same tab, for their ratio.
 *   npm run bench:large [-- --real-only]   (--real-only skips the generated pages)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchWithExtension, ROOT, startPageServer, type ExtensionBrowser } from '../../tests/e2e/harness';
import { enormousPage } from './generate';
import { inPageTimerScript, largestCorpusPages } from './real-pages';

const SIZES_MB = [1, 5, 20];
const REAL_PAGES = 5;
/** In-page runs per extractor and page; the median is reported. */
const RUNS = 5;

const realOnly = process.argv.includes('--real-only');
const pages = new Map(realOnly ? [] : SIZES_MB.map((mb) => [`/large/${mb}`, enormousPage(mb)]));
// The same 20 MB with nothing marking the article: the reader must stop with a message, not hang.
if (!realOnly) pages.set('/large/20-no-container', enormousPage(20, { container: false }));
const real = largestCorpusPages(REAL_PAGES);
for (const p of real) pages.set(`/real/${encodeURIComponent(p.id)}`, p.html);
const timer = await inPageTimerScript();
const { server, origin } = await startPageServer((path) => pages.get(path));
const browser = await launchWithExtension();

interface Row { page: string; bytes: number; elements: number; loadMs: number; popupMs: number; outcome: string; pipelineMs?: number; readabilityMs?: number }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(b: ExtensionBrowser, path: string, html: string, inPage: boolean): Promise<Row> {
  const page = await b.ctx.newPage();
  let t = performance.now();
  // Real pages ask for scripts and images this machine cannot fetch; the DOM is what the reader reads.
  await page.goto(`${origin}${path}`, { timeout: 120_000, waitUntil: 'domcontentloaded' });
  const loadMs = performance.now() - t;
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  t = performance.now();
  const popup = await clickToolbarButton(b, page);
  const outcome = await popup.waitFor<string>(`document.querySelector('.article-title') ? 'article: ' + document.querySelector('.article-body').innerText.length + ' chars' : document.querySelector('.notice')?.innerText.replace(/\\s+/g, ' ')`, 180_000);
  const row: Row = { page: decodeURIComponent(path.replace(/^\/(large|real)\//, '')), bytes: html.length, elements, loadMs: Math.round(loadMs), popupMs: Math.round(performance.now() - t), outcome };
  if (inPage) {
    await page.addScriptTag({ content: timer });
    const times = { pipeline: [] as number[], readability: [] as number[] };
    // Alternating, so that both see the same state of the tab and of the machine.
    for (let i = 0; i < RUNS; i++) {
      times.pipeline.push(await page.evaluate(() => (window as unknown as { __extractTimes: Record<string, () => number> }).__extractTimes.pipeline!()));
      times.readability.push(await page.evaluate(() => (window as unknown as { __extractTimes: Record<string, () => number> }).__extractTimes.readability!()));
    }
    row.pipelineMs = Math.round(median(times.pipeline));
    row.readabilityMs = Math.round(median(times.readability));
  }
  await page.close();
  return row;
}

const rows: Row[] = [];
try {
  for (const [path, html] of pages) rows.push(await measure(browser, path, html, path.startsWith('/real/')));
} finally {
  await browser.close();
  server.close();
}
console.log('| page | elements | page load ms | click → popup shows result, ms | result |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page}: ${(r.bytes / 1048576).toFixed(1)} MB | ${r.elements} | ${r.loadMs} | ${r.popupMs} | ${r.outcome} |`);
const timed = rows.filter((r) => r.pipelineMs != null);
console.log(`\nIn the page (median of ${RUNS} runs each, same tab):\n| page | elements | pipeline ms | plain Readability ms | pipeline / Readability |\n|---|---|---|---|---|`);
for (const r of timed) console.log(`| ${r.page} | ${r.elements} | ${r.pipelineMs} | ${r.readabilityMs} | ${(r.pipelineMs! / r.readabilityMs!).toFixed(2)}× |`);
const ratio = median(timed.map((r) => r.pipelineMs! / r.readabilityMs!));
console.log(`median ratio over the ${timed.length} real pages: ${ratio.toFixed(2)}×`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, `bench/results/${realOnly ? 'large-pages-real.json' : 'large-pages.json'}`), `${JSON.stringify({ rows, inPageMedianRatio: ratio }, null, 2)}\n`);
