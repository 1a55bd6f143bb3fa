/**
 * When the story's opening sits above where the extract starts (a lede in a hero block of its own, too
 * far from the body for the standfirst rule), the reader says the article may begin earlier, and "Show
 * the rest" puts the opening back in front. A notice to the visitor above the story is not an opening.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractOptions } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';

function extract(html: string, options: Partial<ExtractOptions> = {}) {
  const { document } = parseHtml(html, 'https://news.example/story');
  const result = extractArticle(document, { url: 'https://news.example/story', ...options });
  if (!result.ok) throw new Error('no article');
  return result.article;
}

const warning = (a: { warnings: { code: string; message: string }[] }) => a.warnings.find((w) => w.code === 'possibly-incomplete');

const body = Array.from({ length: 7 }, (_, i) => `<p>Body paragraph ${i} tells how the river authority plans to rebuild the weir, with dates, costs and the objections raised at the meeting.</p>`).join('');
const OPENING = 'The river authority wants to rebuild the old weir before winter. Anglers, boat clubs and two parish councils have already objected to the plan.';
// The hero block nests the opening seven levels below the <article>, beyond the standfirst rule's reach.
const page = (above: string) => `<html><body><main><article><h1>Weir to be rebuilt</h1>
  <div class="hero"><div><div><div><div><div>${above}</div></div></div></div></div></div>
  <div class="content"><div class="article-body">${body}</div></div></article></main></body></html>`;

describe('opening left out', () => {
  it('warns that the article may begin earlier when its opening paragraph sits in a block above the body', () => {
    const article = extract(page(`<p>${OPENING}</p>`));
    expect(article.textContent).not.toContain('Anglers, boat clubs');
    expect(warning(article)?.message).toMatch(/above where the article starts.*may begin earlier/);
  });

  it('an opening set as a sentence-long heading counts too', () => {
    expect(warning(extract(page(`<h2>${OPENING}</h2>`)))).toBeDefined();
  });

  it('"Show the rest" puts the opening before the first paragraph and the warning goes', () => {
    for (const above of [`<p>${OPENING}</p>`, `<h2>${OPENING}</h2>`]) {
      const article = extract(page(above), { relaxed: true });
      expect(article.textContent.indexOf('Anglers, boat clubs')).toBeGreaterThanOrEqual(0);
      expect(article.textContent.indexOf('Anglers, boat clubs')).toBeLessThan(article.textContent.indexOf('Body paragraph 0'));
      expect(warning(article)).toBeUndefined();
    }
  });

  it('a notice to the visitor above the story, a short kicker or a title-like heading is no opening', () => {
    const notice = '<p>This site uses cookies to remember your settings. By reading on you agree to our use of cookies and to the privacy policy.</p>';
    for (const above of [notice, '<p>Rivers and canals: updated on Tuesday at 9:40.</p>', '<h2>River authority plans to rebuild the weir</h2>']) {
      expect(warning(extract(page(above)))).toBeUndefined();
    }
  });
});

describe('short extracts', () => {
  it('two left-out paragraphs of prose earn the warning when the extract itself is short', () => {
    const para = (seed: string, i: number) => `<p>${seed} paragraph ${i} goes on about the harbour, the boats and the people who work there, in full sentences.</p>`;
    const story = [0, 1, 2, 3].map((i) => para('Main', i)).join('');
    const far = [0, 1].map((i) => para('Later', i)).join('');
    const html = `<html><body><main><article><h1>Harbour news</h1><div class="body">${story}</div></article></main>
      <div class="bottom"><div><div><div><div><div><div class="extra-text">${far}</div></div></div></div></div></div></div></body></html>`;
    const article = extract(html);
    expect(article.textContent).not.toContain('Later paragraph 0');
    expect(warning(article)?.message).toMatch(/cut short/);
  });
});
