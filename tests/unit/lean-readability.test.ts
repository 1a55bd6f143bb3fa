/** The pipeline's Readability gives the article plain Readability 0.6.0 gives, only sooner. */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { LeanReadability } from '../../src/extract/lean-readability';
import { parseHtml } from '../../src/node/parse-html';
import { newsPage, PAGE_URL } from './news-page';

function both(html: string) {
  const plain = new Readability(parseHtml(html, PAGE_URL).document).parse();
  const lean = new LeanReadability(parseHtml(html, PAGE_URL).document).parse();
  return { plain, lean };
}

describe('the lean Readability', () => {
  const pages: [string, string][] = [
    ['a byline marked by class', newsPage({ beforeArticle: '<div class="byline">By Jane Fisher</div>' })],
    ['a byline marked by rel=author inside a wrapper', newsPage({ afterStory: '<div><div><a rel="author" href="/people/jane">Jane Fisher</a></div></div>' })],
    ['a long "author" box that is no byline', newsPage({ afterStory: `<div class="author-bio">${'Jane Fisher has covered the harbour for the Coast Post since 2009 and writes about transport. '.repeat(3)}</div>` })],
    ['no byline anywhere', newsPage()],
    ['empty layout boxes and boxes of only line breaks', newsPage({ inserts: { 1: '<div></div><div> <br> </div><section><div><hr></div></section><h2>   </h2>', 3: '<div><span><br></span></div><header>&nbsp;</header>' } })],
    ['lists, a table, headings, line breaks, figures with lazy images and an embedded video', newsPage({
      inserts: {
        0: '<h2>What changed</h2><ul><li>New cables</li><li>New deck</li></ul><ol><li>Phase one</li><li>Phase two</li></ol>',
        1: '<figure><img data-src="https://coastpost.example/img/deck.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><figcaption>The new deck</figcaption></figure><picture><img src="https://coastpost.example/img/cables.jpg"></picture>',
        2: '<div>First line<br><br>Second line<br>Third line</div><table><tr><th>Year</th><th>Cost</th></tr><tr><td>2023</td><td>$20m</td></tr></table>',
        3: '<div class="video"><iframe src="https://www.youtube.com/embed/abc"></iframe></div><h2>Share</h2><ul><li><a href="/s/1">Share</a></li><li><a href="/s/2">Tweet</a></li></ul>',
      },
    })],
    ['text hidden deep in nested boxes', newsPage({ inserts: { 2: '<div><div><div><span></span><div><p>Deep note: the ferry timetable is unchanged.</p></div></div></div></div>' } })],
  ];
  for (const [name, html] of pages) {
    it(`returns the same article, title and byline on a page with ${name}`, () => {
      const { plain, lean } = both(html);
      expect(lean).not.toBeNull();
      expect(lean).toEqual(plain);
    });
  }
});
