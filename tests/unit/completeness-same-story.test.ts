/**
 * Recovery joins only the story: other posts of a blog's front page, the captions and ad slots inside
 * a joined part, a disclosure line, a box left off the printed page, an embedded social post, what
 * follows the page's <main> and a blog's comments stay out.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractOptions } from '../../src/extract';
import { completeArticle, snapshotStory } from '../../src/extract/completeness';
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

  it("the page's <main> ends the story: a box after it is not joined, the same box inside it is", () => {
    const later = 'Later paragraph: the harbour office asks readers with questions about the dredging to write to it, and it keeps the letters and answers each one within a week.';
    const story = `<h1>Channel to be dredged</h1><div class="article-main"><div class="entry">${paras('Story', 7)}</div></div>`;
    const box = `<div class="below"><div class="text-block"><p>${later}</p></div></div>`;
    expect(extract(`<html><body><main>${story}</main>${box}</body></html>`).textContent).not.toContain('Later paragraph');
    expect(extract(`<html><body><main>${story}${box}</main></body></html>`).textContent).toContain('Later paragraph');
  });

  it('a box the site leaves off the printed page is not joined, even after the story inside its <article>', () => {
    const contact = 'If you have questions or suggestions about this article, you can get in touch with the harbour desk here.';
    for (const cls of ['no-print', 'noprint', 'd-print-none']) {
      const html = `<html><body><main><article><h1>Channel to be dredged</h1><div class="region"><div class="article-body">${paras('Story', 7)}</div>
        <div class="${cls}"><h3>Questions about this article</h3><p>${contact}</p></div></div></article></main></body></html>`;
      const article = extract(html);
      expect(article.textContent).toContain('Story paragraph 6');
      expect(article.textContent).not.toContain(contact);
    }
  });

  it('an embedded social post between two parts of the story is not joined', () => {
    const first = paras('First', 4);
    const second = paras('Second', 3);
    const tweet = '<blockquote class="twitter-tweet"><p>The board called its meeting for Thursday at eleven, one hour before the session the opposition asked for. A clumsy move to stall the channel vote!</p>&mdash; A. Member (@member) <a href="https://twitter.com/member/status/1">May 4, 2022</a></blockquote>';
    const { document } = parseHtml(`<html><body><main><h1>Harbour board</h1><div class="story">
      <div class="part">${first}</div><div class="embed">${tweet}</div><div class="part">${second}</div></div></main></body></html>`, 'https://news.example/story');
    const snapshot = snapshotStory(document.body);
    const extract = parseHtml(`<div id="readability-page-1"><div>${first}</div><div>${second}</div></div>`, 'https://news.example/story').document.body.firstElementChild!;
    completeArticle(snapshot, extract);
    expect(extract.textContent).not.toContain('clumsy move');
  });

  it("a blog's comment thread in boxes named forum, inside a page-wide box, is neither joined nor counted as missing", () => {
    const comments = Array.from({ length: 14 }, (_, i) => `<li class="forum-fil"><div class="forum-texte"><p>Comment ${i}: I have fished this channel for thirty years and the dredging plan will ruin the spawning grounds, whatever the board says about it.</p></div></li>`).join('');
    const html = `<html><body><div id="content"><h1>Channel to be dredged</h1><div class="entry">${paras('Story', 6)}</div></div>
      <div id="navigation"><div class="blog-intro"><p>A blog about the harbour, its boats and the people who work there, written by the harbour correspondent of the paper.</p></div><ul class="forum">${comments}</ul></div></body></html>`;
    const article = extract(html);
    expect(article.textContent).toContain('Story paragraph 5');
    expect(article.textContent).not.toContain('Comment 3');
    expect(incomplete(article)).toBe(false);
  });
});
