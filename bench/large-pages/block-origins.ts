/**
 * How long the page takes to answer the popup's `ruleForBlock` (the origin of each article block, asked
 * once the article is on screen) on a site-template page with about 1 MB of comments under the story:
 * the shipped Chrome build in Chromium, a real toolbar click, then every block of the shown article asked
 * in turn, as the popup does, and each answer timed.
 *   npx tsx bench/large-pages/block-origins.ts   (after npm run build)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchWithExtension, PAGES_DIR, startPageServer } from '../../tests/e2e/harness';
import { enormousPage } from './generate';

const MEGABYTES = Number(process.argv[2] ?? 1);
const template = readFileSync(join(PAGES_DIR, 'ledger-council-vote/page.html'), 'utf8');
const comments = enormousPage(MEGABYTES).match(/<section id="comments">[\s\S]*<\/section>/)![0];
const html = template.replace('</article>', `</article>${comments}`);
const { server, origin } = await startPageServer((path) => (path === '/large-ledger/' ? html : undefined));
const browser = await launchWithExtension();
try {
  const page = await browser.ctx.newPage();
  await page.goto(`${origin}/large-ledger/`, { timeout: 120_000 });
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.querySelector('.article-title')`, 60_000);
  // Let the popup's own round of questions finish (3 s budget) so it does not share the page with ours.
  await new Promise((r) => setTimeout(r, 6000));
  const refs = await popup.evaluate<{ tag: string; text: string; ordinal: number }[]>(`(() => {
    const root = document.querySelector('.reader-article .article-body');
    const squash = (t) => (t ?? '').replace(/\\s+/g, ' ').trim();
    return [...root.querySelectorAll('p, li, ul, h2, h3, h4, blockquote, figure, section, aside, div')].map((el) => {
      const tag = el.tagName.toLowerCase();
      const text = squash(el.textContent);
      const ordinal = [...root.querySelectorAll(tag)].filter((o) => squash(o.textContent) === text).indexOf(el);
      return { tag, text, ordinal: Math.max(0, ordinal) };
    });
  })()`);
  const ask = (ref: (typeof refs)[number]) =>
    popup.evaluate<{ ms: number; answer: string }>(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      const t = performance.now();
      const r = await chrome.tabs.sendMessage(tab.id, { type: 'ruleForBlock', block: ${JSON.stringify(ref)} });
      return { ms: Math.round(performance.now() - t), answer: (r.ok ? r.selector : r.reason.slice(0, 50)) + ' | ' + r.sample.slice(0, 30) };
    })()`);
  // A page that changes (a live blog, comments loading) must be measured again: a new comment between asks.
  const changePage = () => page.evaluate(() => document.querySelector('#comments')!.append(Object.assign(document.createElement('p'), { textContent: 'A late comment. '.repeat(10) })));
  console.log(`${(html.length / 1048576).toFixed(1)} MB, ${elements} elements, ${refs.length} blocks asked`);
  for (const [label, changeEachTime] of [['page unchanged since its last change', false], ['page changed before every ask', true]] as const) {
    await changePage();
    const ms: number[] = [];
    console.log(`\n${label}:`);
    for (const ref of refs) {
      if (changeEachTime) await changePage();
      const r = await ask(ref);
      ms.push(r.ms);
      console.log(`${String(r.ms).padStart(6)} ms  <${ref.tag}> ${ref.text.slice(0, 40)} → ${r.answer}`);
    }
    console.log(`total ${ms.reduce((a, b) => a + b, 0)} ms; first ${ms[0]} ms; median ${[...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]} ms; max ${Math.max(...ms)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
