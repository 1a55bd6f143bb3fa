/** The article's plain text (counted for reading time, indexed for search, spoken aloud) reads as the page does. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';
import { article, newsPage } from './news-page';

describe('the article text', () => {
  it('keeps the words of neighbouring blocks apart when the markup has no space between them', () => {
    const steps = '<div class="step"><p><span>Step 1</span></p><p>Measure the span of the bridge deck before the crews start work.</p></div><h3>Step 2</h3><ul><li>Close</li><li>Resurface</li></ul>';
    const a = article(newsPage({ inserts: { 1: steps } }));
    expect(a.textContent).toContain('Step 1 Measure the span');
    expect(a.textContent).toContain('Step 2 Close Resurface');
    expect(a.textContent).not.toMatch(/1Measure|CloseResurface/);
  });

  it('keeps a sentence whole when the site marks its parts with HTML comments', () => {
    // React renders `<!-- -->` between the text parts of one sentence.
    const sentence = '<div class="print-note">A version of this article appears in print on <!-- -->Page <!-- -->A<!-- -->22<!-- --> of the Coast Post<!-- --> with the headline: <!-- -->Bridge reopens</div>';
    const a = article(newsPage({ inserts: { 5: sentence } }));
    expect(a.textContent).toContain('appears in print on Page A22 of the Coast Post with the headline: Bridge reopens');
    const paragraphs = Array.from(parseHtml(a.content, a.url).document.querySelectorAll('p'), (p) => p.textContent ?? '');
    expect(paragraphs.find((p) => p.includes('appears in print'))).toContain('Page A22 of the Coast Post with the headline: Bridge reopens');
  });

  it('keeps two words apart when the only space between them is a blank span', () => {
    // pixnet.net: Word's export sets the space between a phone number and the next label in its own <span>.
    const contact = '<p><span>Harbour office: </span><span>03-584-7231</span><span>\u3000 </span><span>Mobile:</span><span> 0937-141993</span></p>';
    const a = article(newsPage({ inserts: { 3: contact } }));
    expect(a.textContent).toContain('03-584-7231 Mobile: 0937-141993');
  });
});
