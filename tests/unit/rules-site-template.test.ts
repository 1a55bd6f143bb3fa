/**
 * A rule made on one page of a site template hides the same block on another page of that template
 * (different article text), and never the article.
 */
import { sanitizeHtml } from '../../src/extract/sanitize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';
import { applySiteRules } from '../../src/rules/apply-rules';
import { BlockTrace, type BlockRef } from '../../src/rules/block-trace';
import { deriveSelector } from '../../src/rules/derive-selector';
import { articleParagraphs } from '../../src/rules/main-text';
import type { SiteRule } from '../../src/rules/rule';
import { isStableDataAttribute, isStableName } from '../../src/rules/stable-names';
import { squash } from '../../src/extract/text';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const url = (slug: string) => `https://ledger.example/${slug}/`;

function load(slug: string) {
  return parseHtml(readFileSync(join(PAGES, slug, 'page.html'), 'utf8'), url(slug));
}

/** Reads a page the way the content script does, keeping the trace. */
function read(slug: string, rules: SiteRule[] = []) {
  const { document, window } = load(slug);
  const trace = new BlockTrace(document);
  const result = extractArticle(document, { url: url(slug), trace, rules });
  if (!result.ok) throw new Error(`${slug}: no article`);
  return { document, window, trace, article: result.article };
}

/** What the popup sends for the block that contains `text`, in the article as it renders it (sanitized). */
function refFor(html: string, window: Window, text: string, pick: (el: Element) => Element = (el) => el): BlockRef {
  const view = window.document.createElement('div');
  view.innerHTML = sanitizeHtml(html, window);
  const leaf = Array.from(view.querySelectorAll('*')).reverse().find((el) => squash(el.textContent).includes(text))!;
  const block = pick(leaf);
  const tag = block.tagName.toLowerCase();
  const blockText = squash(block.textContent);
  const ordinal = Array.from(view.querySelectorAll(tag)).filter((el) => squash(el.textContent) === blockText).indexOf(block);
  return { tag, text: blockText, ordinal };
}

function ruleFrom(slug: string, text: string, pick?: (el: Element) => Element): SiteRule {
  const { article, trace, window } = read(slug);
  const original = trace.find(refFor(article.content, window, text, pick));
  expect(original, `no page element behind "${text}"`).toBeTruthy();
  const derived = deriveSelector(original!, articleParagraphs(trace.paragraphTexts()));
  if (!derived.ok) throw new Error(derived.reason);
  return { id: 'r1', site: 'ledger.example', selector: derived.selector, basis: derived.basis, exampleUrl: url(slug), sample: text, createdAt: new Date().toISOString() };
}

const COUNCIL_LINES = ['After nearly six hours of public comment', 'The council also agreed to hold an open house'];
const HARBOR_LINES = ['For the first time in nearly a century', 'Public hearings on the plan begin next week', 'The cost of the first phase is estimated'];

describe('site rules across two pages of one template', () => {
  it('both pages show the editors box and the weather box without rules', () => {
    for (const slug of ['ledger-council-vote', 'ledger-harbor-plan']) {
      const { article } = read(slug);
      expect(article.textContent).toContain('From the editors');
      expect(article.textContent).toContain('Fog in the morning');
    }
  });

  it('a rule made on one page by stable names hides the box on the other page, and never the article', () => {
    const rule = ruleFrom('ledger-council-vote', 'From the editors', (el) => el.parentElement!);
    expect(rule.selector).toBe('div.ledger-note[data-block="editors-note"]');
    expect(rule.basis).toBe('names');
    const { article } = read('ledger-harbor-plan', [rule]);
    expect(article.textContent).not.toContain('From the editors');
    for (const line of HARBOR_LINES) expect(article.textContent).toContain(line);
    expect(article.removed.some((r) => r.reason === 'site-rule' && r.text.includes('From the editors'))).toBe(true);
  });

  it('the rule also holds on the page it was made on', () => {
    const rule = ruleFrom('ledger-council-vote', 'Fog in the morning');
    const { article } = read('ledger-council-vote', [rule]);
    expect(article.textContent).not.toContain('Fog in the morning');
    for (const line of COUNCIL_LINES) expect(article.textContent).toContain(line);
  });

  it('a block with no names gets a structural path that skips the story paragraphs', () => {
    const html = (body: string) => `<html><body><div><div><p>Notice: road works on Elm Street all week, expect delays on the bus routes.</p></div><div class="story-body">${body}</div></div></body></html>`;
    const prose = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `<p>${seed} paragraph ${i} tells the story at length, with enough words in it to read as real prose in any article.</p>`).join('');
    const one = parseHtml(html(prose(5, 'Alpha')), 'https://s.example/a');
    const notice = one.document.querySelector('p')!;
    const derived = deriveSelector(notice, articleParagraphs([notice.textContent!, ...Array.from(one.document.querySelectorAll('.story-body p')).map((p) => p.textContent!)]));
    expect(derived).toMatchObject({ ok: true, basis: 'structural', selector: 'body > div:nth-of-type(1) > div:nth-of-type(1) > p:nth-of-type(1)' });
    const two = parseHtml(html(prose(7, 'Beta')), 'https://s.example/b');
    applySiteRules(two.document.body, [{ ...ruleBase, selector: (derived as { selector: string }).selector }], []);
    expect(two.document.body.textContent).not.toContain('road works');
    expect(two.document.querySelectorAll('.story-body p')).toHaveLength(7);
  });

  it('refuses a rule for a story paragraph: its position changes with every article', () => {
    const { article, trace, window } = read('ledger-council-vote');
    const original = trace.find(refFor(article.content, window, 'Councillor Dana Whitfield'))!;
    expect(original.tagName).toBe('P');
    const derived = deriveSelector(original, articleParagraphs(trace.paragraphTexts()));
    expect(derived.ok).toBe(false);
  });

  it('skips a rule that would take the article on the page it is applied to', () => {
    for (const selector of ['div.story-body', 'p', 'article.story', 'main']) {
      const { article } = read('ledger-harbor-plan', [{ ...ruleBase, selector }]);
      for (const line of HARBOR_LINES) expect(article.textContent, selector).toContain(line);
    }
  });

  it('tracing does not change the article', () => {
    const { document } = load('ledger-harbor-plan');
    const plain = extractArticle(document, { url: url('ledger-harbor-plan') });
    const traced = extractArticle(document, { url: url('ledger-harbor-plan'), trace: new BlockTrace(document) });
    expect(traced).toEqual(plain);
  });
});

const ruleBase: SiteRule = { id: 'x', site: 'ledger.example', selector: '', basis: 'names', exampleUrl: 'https://ledger.example/', sample: '', createdAt: '2026-01-01T00:00:00Z' };

describe('stable names', () => {
  it('keeps names people chose and drops generated ones', () => {
    for (const n of ['most-read', 'ledger-note', 'rail_box', 'promoBox', 'sidebar2']) expect(isStableName(n), n).toBe(true);
    for (const n of ['css-1x9ab2', 'sc-bdVaJa', 'post-48213', 'Header_nav__3XyZ1', 'a1B2c3', 'is-active', 'jsx-123456', 'xkcdqwrtz', '2col']) expect(isStableName(n), n).toBe(false);
    expect(isStableDataAttribute('data-block', 'editors-note')).toBe(true);
    expect(isStableDataAttribute('data-reactid', 'abc')).toBe(false);
    expect(isStableDataAttribute('data-cp-i', '12')).toBe(false);
    expect(isStableDataAttribute('data-module', '8a7f6e5d4c3b')).toBe(false);
  });
});

describe('utility classes', () => {
  it('a class shared by many blocks is passed over for a narrower selector', () => {
    const boxes = Array.from({ length: 6 }, (_, i) => `<div class="flex"><span>Box ${i}</span></div>`).join('');
    const { document } = parseHtml(`<html><body><div id="rail">${boxes}</div><div class="story-body"><p>${'Story text that goes on. '.repeat(20)}</p></div></body></html>`, 'https://u.example/');
    const target = document.querySelectorAll('#rail .flex')[2]!;
    const derived = deriveSelector(target, articleParagraphs([]));
    expect(derived).toMatchObject({ ok: true, basis: 'structural', selector: '#rail > div:nth-of-type(3)' });
  });
});
