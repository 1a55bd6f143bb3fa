/**
 * Recovery joins a story split by ad slots and "most read" boxes and leaves the boxes out; what cannot
 * be joined earns the possibly-incomplete warning; complete pages get no warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractOptions } from '../../src/extract';
import { completeArticle, completenessFigures, completenessOutcome, completenessSample, snapshotStory } from '../../src/extract/completeness';
import { parseHtml } from '../../src/node/parse-html';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

function extract(html: string, options: Partial<ExtractOptions> = {}) {
  const { document } = parseHtml(html, 'https://news.example/story');
  const result = extractArticle(document, { url: 'https://news.example/story', ...options });
  if (!result.ok) throw new Error('no article');
  return result.article;
}

const fixture = (slug: string) => readFileSync(join(PAGES, slug, 'page.html'), 'utf8');
const incomplete = (a: { warnings: { code: string }[] }) => a.warnings.some((w) => w.code === 'possibly-incomplete');

const PARTS = ['The lighthouse on Gull Point went dark', 'Satellite navigation has made the light unnecessary', 'Not everyone accepts that reasoning', 'A petition to keep the lamp burning', 'The coast guard has not ruled that out', 'The trust will present its plan'];
const BOXES = ['Most read', 'Ferry fares rise', 'Sign up for the morning briefing', 'Advertisement'];

describe('split-body recovery', () => {
  it('without recovery, Readability stops after the first part and the extract is flagged', () => {
    const article = extract(fixture('split-body-lighthouse'), { recover: false });
    expect(article.textContent).toContain(PARTS[0]);
    expect(article.textContent).not.toContain(PARTS[2]);
    expect(incomplete(article)).toBe(true);
  });

  it('joins the parts back in page order, leaves the boxes between them out, and does not warn', () => {
    const article = extract(fixture('split-body-lighthouse'));
    const positions = PARTS.map((p) => article.textContent.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const box of BOXES) expect(article.textContent).not.toContain(box);
    expect(incomplete(article)).toBe(false);
  });

  it('joins a one-paragraph part that Readability dropped from between two kept parts, but not the promo beside it', () => {
    // Readability keeps the top candidate's high-scoring siblings, so a short part between two long ones can fall out alone.
    const para = (seed: string, i: number) => `<p>${seed} ${i}: the harbour board met again on Tuesday, and members spoke at length, with figures, about the cost of repairs.</p>`;
    const gap = 'Not everyone accepts that reasoning: fishermen say electronics fail and a steady light is what crews trust.';
    const first = [0, 1, 2, 3].map((i) => para('First', i)).join('');
    const second = [0, 1, 2].map((i) => para('Second', i)).join('');
    const { document } = parseHtml(`<html><body><main><h1>Harbour board</h1><div class="story">
      <div class="part">${first}</div><div class="ad-slot">Advertisement</div><div class="part"><p>${gap}</p></div>
      <div class="promo"><h3>Sign up for the morning briefing</h3><p>Get the Courier in your inbox each morning, free.</p></div>
      <div class="part">${second}</div></div></main></body></html>`, 'https://news.example/story');
    const snapshot = snapshotStory(document.body);
    const extract = parseHtml(`<div id="readability-page-1"><div>${first}</div><div>${second}</div></div>`, 'https://news.example/story').document.body.firstElementChild!;
    completeArticle(snapshot, extract);
    const text = extract.textContent ?? '';
    expect(text.indexOf('First 3')).toBeLessThan(text.indexOf(gap));
    expect(text.indexOf(gap)).toBeLessThan(text.indexOf('Second 0'));
    expect(text).not.toContain('morning briefing');
  });

  it("joins a short closing paragraph after the extract's end inside the story's <article>, not one after the <article>", () => {
    // A call for witnesses under its own subheading, in a box of its own: too short to pass for the story going on anywhere else.
    const para = (i: number) => `<p>Story ${i}: branches were dragged across the forest track again, and the rescue service says its crews lost minutes getting through.</p>`;
    const story = [0, 1, 2, 3].map(para).join('');
    const closing = 'The police are looking for witnesses and ask them to call the station in Otterberg.';
    const box = `<div class="article-text"><h2>Police ask for witnesses</h2><p>${closing}</p></div>`;
    const completed = (html: string) => {
      const { document } = parseHtml(html, 'https://news.example/story');
      const extract = parseHtml(`<div id="readability-page-1"><div>${story}</div></div>`, 'https://news.example/story').document.body.firstElementChild!;
      completeArticle(snapshotStory(document.body), extract);
      return extract.textContent ?? '';
    };
    const inside = completed(`<html><body><main><article><h1>Track blocked</h1><div class="field"><div class="body">${story}</div>${box}</div></article></main></body></html>`);
    expect(inside.indexOf(closing)).toBeGreaterThan(inside.indexOf('Story 3'));
    expect(completed(`<html><body><main><article><h1>Track blocked</h1><div class="field"><div class="body">${story}</div></div></article>${box}</main></body></html>`)).not.toContain(closing);
  });

  it('warns when left-out prose is not clearly the same story, and the relaxed pass brings it back', () => {
    const para = (seed: string, i: number) => `<p>${seed} paragraph ${i} goes on about the harbour, the boats and the people who work there, in full sentences.</p>`;
    const story = Array.from({ length: 6 }, (_, i) => para('Main', i)).join('');
    const far = Array.from({ length: 8 }, (_, i) => para('Later', i)).join('');
    const html = `<html><body><main><article><h1>Harbour news</h1><div class="body">${story}</div></article></main>
      <div class="bottom"><div><div><div><div><div><div class="extra-text">${far}</div></div></div></div></div></div></div></body></html>`;
    const plain = extract(html);
    expect(plain.textContent).not.toContain('Later paragraph 0');
    expect(incomplete(plain)).toBe(true);
    expect(plain.warnings.find((w) => w.code === 'possibly-incomplete')!.message).toMatch(/words of text on the page were left out/);
    const relaxed = extract(html, { relaxed: true });
    expect(relaxed.textContent).toContain('Later paragraph 4');
    expect(incomplete(relaxed)).toBe(false);
  });
});

describe('no warning on complete pages', () => {
  it.each(['ledger-council-vote', 'ledger-harbor-plan', 'seed-new-american'])('%s', (slug) => {
    const article = extract(fixture(slug));
    expect(incomplete(article)).toBe(false);
  });

  it('comments, asides and footers full of prose do not count as left out', () => {
    const para = (seed: string, i: number) => `<p>${seed} ${i} is a sentence long enough to be prose, with words about the town council and its budget.</p>`;
    const html = `<html><body><article><h1>Budget</h1><div class="body">${Array.from({ length: 6 }, (_, i) => para('Story', i)).join('')}</div></article>
      <aside>${Array.from({ length: 4 }, (_, i) => para('Aside', i)).join('')}</aside>
      <section id="comments">${Array.from({ length: 6 }, (_, i) => para('Comment', i)).join('')}</section>
      <footer>${Array.from({ length: 3 }, (_, i) => para('Footer', i)).join('')}</footer></body></html>`;
    const article = extract(html);
    expect(article.textContent).not.toContain('Comment 0');
    expect(incomplete(article)).toBe(false);
  });
});

describe('benchmark measurement', () => {
  it('scores a split page as recovered and a complete page as not warned', () => {
    const split = parseHtml(fixture('split-body-lighthouse'), 'https://c.example/a');
    const sample = completenessSample(split.document, { url: 'https://c.example/a', mustHave: PARTS }, extractArticle);
    expect(sample.outcome).toEqual({ incomplete: true, recovered: true, warned: false, complete: true, noArticle: false });
    expect(sample.plainText).not.toContain(PARTS[2]);
    expect(sample.recoveredText).toContain(PARTS[2]);
  });

  it('reports apart whether the headline, shown above the body, is counted as shown', () => {
    const split = parseHtml(fixture('split-body-lighthouse'), 'https://c.example/a');
    const headline = 'Gull Point Lighthouse Goes Dark After 112 Years';
    const sample = completenessSample(split.document, { url: 'https://c.example/a', mustHave: [headline, PARTS[0]!] }, extractArticle);
    // The reader takes the repeated headline out of the body and shows it as the title.
    expect(sample.recoveredText).not.toContain(headline);
    expect(sample.outcome).toMatchObject({ incomplete: true, complete: false });
    expect(sample.withTitle).toMatchObject({ incomplete: false, complete: true });
  });

  it('adds up the figures', () => {
    const outcomes = [
      completenessOutcome({ mustHave: ['a b'], plainText: 'x', recoveredText: 'a b', warned: false }),
      completenessOutcome({ mustHave: ['a b'], plainText: 'x', recoveredText: 'x', warned: true }),
      completenessOutcome({ mustHave: ['a b'], plainText: 'x', recoveredText: 'x', warned: false }),
      completenessOutcome({ mustHave: ['a b'], plainText: 'a  b', recoveredText: 'a b', warned: true }),
      completenessOutcome({ mustHave: ['a b'], plainText: 'a b', recoveredText: 'a b', warned: false }),
      completenessOutcome({ mustHave: ['a b'], plainText: null, recoveredText: null, warned: false }),
    ];
    expect(completenessFigures(outcomes)).toEqual({
      pages: 6, incompletePages: 4, recoveredOrWarned: 2, recoveredOrWarnedShare: 2 / 4, recovered: 1, noArticle: 1,
      completePages: 3, falselyWarned: 1, falseWarningShare: 1 / 3,
    });
  });
});

describe('another story on the same page', () => {
  it('the next story preloaded below in its own <article> is neither joined nor counted as missing', () => {
    const para = (seed: string, i: number) => `<p>${seed} paragraph ${i} carries on about the ferry timetable and the island's winter, at reading length.</p>`;
    const story = (seed: string, n: number) => `<article><h1>${seed} headline for the story</h1><div class="body">${Array.from({ length: n }, (_, i) => para(seed, i)).join('')}</div></article>`;
    const article = extract(`<html><body><main>${story('First', 7)}${story('Second', 6)}</main></body></html>`);
    expect(article.textContent).toContain('First paragraph 6');
    expect(article.textContent).not.toContain('Second paragraph 0');
    expect(incomplete(article)).toBe(false);
  });
});
