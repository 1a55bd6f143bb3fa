/**
 * The page is asked for a rule once per article block, and may change between asks (a live blog, comments
 * loading): every answer is checked against the page as it is when asked. And a block that wraps most of a
 * large page is still described by its opening words.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';
import { deriveSelector, sampleOf } from '../../src/rules/derive-selector';
import { articleParagraphs } from '../../src/rules/main-text';

const storyParagraph = (i: number) => `Paragraph ${i} of the story, long enough to be prose: the council met late into the night to settle the budget.`;
const promoParagraph = (i: number) => `Promo ${i}: subscribe today and get a year of the Ledger delivered, with every weekend supplement included.`;

function page() {
  const story = Array.from({ length: 6 }, (_, i) => `<p>${storyParagraph(i)}</p>`).join('');
  const promo = `<div class="promo-box">${[1, 2].map((i) => `<p>${promoParagraph(i)}</p>`).join('')}</div>`;
  const { document } = parseHtml(`<html><body><div class="story-body">${story}</div>${promo}</body></html>`, 'https://ledger.example/');
  const article = articleParagraphs(Array.from({ length: 6 }, (_, i) => storyParagraph(i)));
  return { document, article, promo: document.querySelector('.promo-box')!, story: document.querySelector('.story-body')! };
}

const keepTwoStoryParagraphs = (story: Element) => {
  for (const p of Array.from(story.querySelectorAll('p')).slice(2)) p.remove();
};

describe('a rule asked of a page that changed', () => {
  it('is refused once the story has shrunk so that the block would be a large share of what is left', () => {
    const { document, article, promo, story } = page();
    expect(deriveSelector(promo, article)).toMatchObject({ ok: true, selector: 'div.promo-box' });
    keepTwoStoryParagraphs(story);
    expect(deriveSelector(promo, article)).toMatchObject({ ok: false, reason: expect.stringMatching(/hide the article/) });
    expect(document.querySelectorAll('.story-body p')).toHaveLength(2);
  });

  it('is refused when the change was seen before the ask (the change came in an earlier task)', async () => {
    const { article, promo, story } = page();
    expect(deriveSelector(promo, article).ok).toBe(true);
    keepTwoStoryParagraphs(story);
    await new Promise((done) => setTimeout(done, 0));
    expect(deriveSelector(promo, article).ok).toBe(false);
  });

  it('follows edits to the text itself, and is made again once the story has grown back', () => {
    const { document, article, promo, story } = page();
    expect(deriveSelector(promo, article).ok).toBe(true);
    for (const p of Array.from(story.querySelectorAll('p')).slice(2)) p.firstChild!.nodeValue = 'Updated.';
    expect(deriveSelector(promo, article).ok).toBe(false);
    for (let i = 6; i < 12; i++) story.append(Object.assign(document.createElement('p'), { textContent: storyParagraph(i) }));
    expect(deriveSelector(promo, article)).toMatchObject({ ok: true, selector: 'div.promo-box' });
  });
});

describe('the sample shown for a block', () => {
  it('of a block wrapping a long page is its opening words, with a space between blocks', () => {
    const comments = Array.from({ length: 300 }, (_, i) => `<div class="comment"><p>Comment ${i}: the ferry was late again.</p></div>`).join('');
    const { document } = parseHtml(`<html><body><div id="wrap"><section><h3>Weather</h3><p>Fog in the morning, clearing by noon.</p></section>${comments}</div></body></html>`, 'https://ledger.example/');
    const opening = ['Weather', 'Fog in the morning, clearing by noon.', ...Array.from({ length: 4 }, (_, i) => `Comment ${i}: the ferry was late again.`)].join(' ');
    expect(sampleOf(document.querySelector('#wrap')!)).toBe(`${opening.slice(0, 117)}…`);
    expect(sampleOf(document.querySelector('section')!)).toBe('Weather Fog in the morning, clearing by noon.');
  });
});
