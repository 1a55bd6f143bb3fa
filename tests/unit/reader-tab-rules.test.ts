/**
 * Rules made in the reader tab, long after the page is closed, from the block origins the popup recorded
 * while the page was open: they are the rules the popup would have made, they hide the block on the
 * site's other pages and never the article, and a copy that does not know a block's origin says so.
 */
import { sanitizeHtml } from '../../src/extract/sanitize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { squash } from '../../src/extract/text';
import { parseHtml } from '../../src/node/parse-html';
import { blockKey, keysHiddenByRules, savedOriginOf, savedOrigins, type KeyedOrigin } from '../../src/rules/block-origins';
import { BlockTrace } from '../../src/rules/block-trace';
import { deriveSelector, sampleOf } from '../../src/rules/derive-selector';
import { articleParagraphs } from '../../src/rules/main-text';
import type { SiteRule } from '../../src/rules/rule';
import { blockAt, blockRef, hideableBlocks, keyboardBlocks } from '../../src/ui/hide-mode-blocks';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const url = (slug: string) => `https://ledger.example/${slug}/`;

function read(slug: string, rules: SiteRule[] = []) {
  const { document, window } = parseHtml(readFileSync(join(PAGES, slug, 'page.html'), 'utf8'), url(slug));
  const trace = new BlockTrace(document);
  const result = extractArticle(document, { url: url(slug), trace, rules });
  if (!result.ok) throw new Error(`${slug}: no article`);
  return { window, trace, article: result.article };
}

/** The article body as an extension page renders it. */
function render(html: string): Element {
  const { document, window } = parseHtml('<html><body><article class="reader-article"><div class="article-body"></div></article></body></html>', 'chrome-extension://x/reader.html');
  const body = document.querySelector('.article-body')!;
  body.innerHTML = sanitizeHtml(html, window);
  return body;
}

/** What the popup records while the page is open: the page's answer (content script's ruleForBlock) for every hideable block. */
function recordOrigins(slug: string): { origins: KeyedOrigin[]; content: string } {
  const { trace, article } = read(slug);
  const view = render(article.content);
  const paragraphs = articleParagraphs(trace.paragraphTexts());
  const origins = hideableBlocks(view).map((block) => {
    const ref = blockRef(block, view);
    const original = trace.find(ref);
    const derived = original ? deriveSelector(original, paragraphs) : { ok: false as const, reason: 'not found' };
    return { key: blockKey(ref), origin: derived.ok ? { ...derived, sample: sampleOf(original!) } : derived };
  });
  // Saved to IndexedDB and read back: plain data only.
  return { origins: structuredClone(origins), content: article.content };
}

function blockWith(view: Element, text: string): Element {
  const leaf = Array.from(view.querySelectorAll('*')).reverse().find((el) => squash(el.textContent).includes(text))!;
  return blockAt(leaf, view)!;
}

const rule = (selector: string): SiteRule => ({ id: 'r1', site: 'ledger.example', selector, basis: 'names', exampleUrl: url('ledger-council-vote'), sample: '', createdAt: '2026-11-01T00:00:00Z' });

describe('rules from the origins saved with an article', () => {
  it('every block hide mode can pick, by hover or by Tab, has its origin recorded', () => {
    const { origins, content } = recordOrigins('ledger-council-vote');
    const view = render(content);
    const keys = new Set(origins.map((o) => o.key));
    const pickable = new Set([...Array.from(view.querySelectorAll('*')).map((el) => blockAt(el, view)), ...keyboardBlocks(view)].filter((b): b is Element => b !== null));
    expect(pickable.size).toBeGreaterThan(5);
    for (const block of pickable) expect(keys.has(blockKey(blockRef(block, view))), squash(block.textContent).slice(0, 40)).toBe(true);
  });

  it('the reader tab, reopening the saved copy, gets the rule the popup would have made; it hides the box on the next page and keeps the story', () => {
    const { origins, content } = recordOrigins('ledger-council-vote');
    const later = render(content);
    const weather = savedOriginOf(origins, blockRef(blockWith(later, 'Fog in the morning'), later));
    expect(weather).toMatchObject({ ok: true, selector: expect.stringMatching(/^(div\.rail|section\.rail-box)$/) });
    const editors = savedOriginOf(origins, blockRef(blockWith(later, 'From the editors'), later));
    expect(editors).toMatchObject({ ok: true, selector: 'div.ledger-note[data-block="editors-note"]' });

    const rules = [rule((weather as { selector: string }).selector), rule((editors as { selector: string }).selector)];
    const { article } = read('ledger-harbor-plan', rules);
    expect(article.textContent).not.toContain('Fog in the morning');
    expect(article.textContent).not.toContain('From the editors');
    for (const line of ['For the first time in nearly a century', 'Public hearings on the plan begin next week']) expect(article.textContent).toContain(line);
  });

  it('a paragraph of the story has no rule, and the reason is the one the popup gives', () => {
    const { origins, content } = recordOrigins('ledger-council-vote');
    const later = render(content);
    const story = savedOriginOf(origins, blockRef(blockWith(later, 'Councillor Dana Whitfield'), later));
    expect(story.ok).toBe(false);
    expect((story as { reason: string }).reason).toMatch(/^Hidden on this page only/);
  });

  it('reopened, the saved copy hides exactly the blocks the site’s rules name', () => {
    const { origins, content } = recordOrigins('ledger-council-vote');
    const view = render(content);
    const editorsKey = blockKey(blockRef(blockWith(view, 'From the editors'), view));
    expect([...keysHiddenByRules(origins, [rule('div.ledger-note[data-block="editors-note"]')])]).toEqual([editorsKey]);
    expect(keysHiddenByRules(origins, [rule('aside.most-read')]).size).toBe(0);
    expect(keysHiddenByRules(null, [rule('div.ledger-note[data-block="editors-note"]')]).size).toBe(0);
  });

  it('a copy saved without origins, or a block whose origin was not recorded, says so instead of guessing', () => {
    const view = render('<p>The harbor commission met on Tuesday to discuss the dredging schedule for the coming winter.</p><div><h3>Most read</h3><ul><li>Ferry fares rise</li></ul></div>');
    const ref = blockRef(blockWith(view, 'Ferry fares rise'), view);
    expect(savedOrigins({ title: 'older record' })).toBeNull();
    expect(savedOriginOf(savedOrigins({ title: 'older record' }), ref)).toMatchObject({ ok: false, reason: expect.stringMatching(/saved without a record of where its blocks sat/) });
    expect(savedOriginOf([], ref)).toMatchObject({ ok: false, reason: expect.stringMatching(/where this block sat on the original page was not recorded/) });
    // A damaged entry is skipped, not trusted.
    expect(savedOrigins({ blockOrigins: [{ key: 1 }, null, { key: 'p:x:0', origin: { ok: false, reason: 'r' } }] })).toHaveLength(1);
  });
});
