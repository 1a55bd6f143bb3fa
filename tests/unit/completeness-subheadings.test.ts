/**
 * Readability drops subheadings it scores as boilerplate from between paragraphs it keeps; recovery puts
 * a section's heading back before the paragraph it introduces, and leaves out headings that are not the
 * story's (a boxed teaser, a link to another page).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractOptions } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';

function extract(html: string, options: Partial<ExtractOptions> = {}) {
  const { document, window } = parseHtml(html, 'https://news.example/story');
  const result = extractArticle(document, { url: 'https://news.example/story', window, ...options });
  if (!result.ok) throw new Error('no article');
  return result.article;
}

const para = (i: number) => `<p>Paragraph ${i} of the report describes the harbour repairs, with the costs, the contractors and the delays the board discussed.</p>`;
// Readability's header cleaning drops headings whose class reads as boilerplate to it ("media", "meta", "widget"…).
const HEADING = 'What the repairs will cost';
const page = (between: string) => `<html><body><main><article><h1>Harbour repairs</h1><div class="story">
  ${[0, 1, 2].map(para).join('')}${between}${[3, 4, 5].map(para).join('')}</div></article></main></body></html>`;

describe('subheadings between kept paragraphs', () => {
  it('a section heading Readability dropped is put back before the paragraph it introduces', () => {
    const html = page(`<h2 class="block-media__title">${HEADING}</h2>`);
    expect(extract(html, { recover: false }).textContent).not.toContain(HEADING);
    const article = extract(html);
    const text = article.textContent;
    expect(text).toContain(HEADING);
    expect(text.indexOf('Paragraph 2')).toBeLessThan(text.indexOf(HEADING));
    expect(text.indexOf(HEADING)).toBeLessThan(text.indexOf('Paragraph 3'));
    expect(article.content).toMatch(/<h2[^>]*>What the repairs will cost<\/h2>/);
  });

  it('a heading that is a link to another story stays out', () => {
    const html = page(`<h2 class="block-media__title"><a href="/other">Ferry fares rise again this spring</a></h2>`);
    expect(extract(html).textContent).not.toContain('Ferry fares');
  });

  it('a heading inside a box that is not the story stays out, and so does the box', () => {
    const html = page(`<div class="newsletter-box"><h3 class="widget-title">Sign up for the morning briefing</h3></div>`);
    expect(extract(html).textContent).not.toContain('morning briefing');
  });
});
