/**
 * Many news sites set a story's key points as a short list under the headline, in the article's header
 * or teaser box. Readability scores the body's container and leaves them out; the reader shows them
 * before the story's first paragraph, and leaves other lists above the story where they are.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';

function article(html: string) {
  const { document } = parseHtml(html, 'https://news.example/story');
  const result = extractArticle(document, { url: 'https://news.example/story' });
  if (!result.ok) throw new Error('no article');
  return result.article;
}

const body = Array.from({ length: 6 }, (_, i) => `<p>Body paragraph ${i} tells how the harbour board plans to dredge the channel, with dates, costs and the objections raised.</p>`).join('');
const POINTS = ['The harbour board wants to dredge the channel before the winter storms', 'Fishing families fear the work will drive the cod away', 'A decision is due in March'];
const list = (items: string[]) => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const page = (header: string, masthead = '') => `<html><body><header class="site">${masthead}</header>
  <main><article><header class="article-head"><div class="head-right"><div class="head-content"><h1>Channel to be dredged</h1>${header}</div></div></header>
  <div class="content"><div class="article-body">${body}</div></div></article></main></body></html>`;

describe('key points under the headline', () => {
  it('the key points listed in the article header are shown before the first paragraph', () => {
    const text = article(page(list(POINTS))).textContent;
    const at = POINTS.map((p) => text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at[2]!).toBeLessThan(text.indexOf('Body paragraph 0'));
  });

  it('a list of links in the header (topics, tags) is not a list of points', () => {
    const tags = `<ul>${['Harbour and shipping news from the coast', 'Fishing industry and the families who live from it'].map((t, i) => `<li><a href="/topic-${i}">${t}</a></li>`).join('')}</ul>`;
    expect(article(page(tags)).textContent).not.toContain('Harbour and shipping news');
  });

  it("the site's selling points in its masthead, far from the story, are not joined", () => {
    const selling = `<div><div><div>${list(['Free delivery of the printed paper to every house on the island', 'Cancel your subscription at any time you like'])}</div></div></div>`;
    expect(article(page('', selling)).textContent).not.toContain('Free delivery');
  });
});
