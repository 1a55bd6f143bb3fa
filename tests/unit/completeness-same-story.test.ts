/**
 * Recovery joins only the story: other posts of a blog's front page, the captions and ad slots inside
 * a joined part, and a disclosure line stay out.
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

const incomplete = (a: { warnings: { code: string }[] }) => a.warnings.some((w) => w.code === 'possibly-incomplete');
const para = (seed: string, i: number) => `<p>${seed} paragraph ${i} tells how the harbour board plans to dredge the channel, with the costs, the dates and the objections, ${seed} point ${i}.</p>`;
const paras = (seed: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => para(seed, from + i)).join('');

describe('parts that are not the same story', () => {
  it("a blog front page: the next post, headed by a link to its own page, is not joined to the first", () => {
    const post = (n: number, seed: string, count: number) =>
      `<div class="post" id="post-${n}"><h2 class="entry-title"><a href="/blog/${n}">${seed} post title</a></h2><div class="entry-content">${paras(seed, count)}</div></div>`;
    const html = `<html><body><div id="content">${post(5979, 'First', 7)}<div class="ad">Advertisement</div><div class="older">${post(4951, 'Second', 3)}</div></div></body></html>`;
    expect(extract(html, { recover: false }).textContent).not.toContain('Second paragraph 0');
    const text = extract(html).textContent;
    expect(text).toContain('First paragraph 6');
    expect(text).not.toContain('Second paragraph 0');
  });

  it('a continuation after an ad slot is joined, without the captions and ad slots inside it', () => {
    const caption = 'The dredger at work in the outer harbour, photographed by the harbour board in spring.';
    const html = `<html><body><main><h1>Channel to be dredged</h1>
      <div class="article-main"><div class="entry">${paras('Story', 6)}</div></div>
      <div class="ad-slot"><p>Advertisement: Book your ferry crossing now and save twenty percent on every trip.</p></div>
      <div class="below-fold"><div class="module-block"><div class="module-inner"><div class="text-block">${paras('Story', 2, 6)}<figure><img src="d.jpg"><figcaption>${caption}</figcaption></figure>
      <div class="media-caption">${caption.replace('dredger', 'crane')}</div>${paras('Story', 3, 8)}</div></div></div></div></main></body></html>`;
    const off = extract(html, { recover: false }).textContent;
    const on = extract(html).textContent;
    expect(off).not.toContain('Story paragraph 9');
    expect(on).toContain('Story paragraph 10');
    expect(on).not.toContain('crane at work');
    expect(on).not.toContain('Advertisement');
  });

  it('an affiliate disclosure set as a paragraph beside the story is neither joined nor counted as missing', () => {
    const disclosure = 'We earn a commission for products purchased through some links in this article, at no cost to you.';
    const html = `<html><body><main><h1>Best ferries</h1><div class="article-main"><div class="entry">${paras('Story', 7)}</div></div>
      <div class="below-fold"><div class="module-block"><div class="module-inner"><p class="disclosure">${disclosure}</p><p class="disclosure">${disclosure.replace('commission', 'fee')}</p></div></div></div></main></body></html>`;
    const article = extract(html);
    expect(article.textContent).not.toContain('We earn a commission');
    expect(incomplete(article)).toBe(false);
  });
});
