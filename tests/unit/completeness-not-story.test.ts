/**
 * Prose the extract leaves out is only a sign of a cut-short article when it reads as the story. A notice
 * to the visitor, the blurbs of a list of teasers, a long comment thread, a headline set as a heading or
 * a site's selling points do not make the reader say the article may be cut short or begin earlier.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';

function warning(html: string) {
  const { document } = parseHtml(html, 'https://news.example/story');
  const result = extractArticle(document, { url: 'https://news.example/story' });
  if (!result.ok) throw new Error('no article');
  return result.article.warnings.find((w) => w.code === 'possibly-incomplete');
}

const para = (seed: string, i: number) => `<p>${seed} paragraph ${i} goes on about the harbour, the boats and the people who work there, in full sentences.</p>`;
const story = [0, 1, 2, 3].map((i) => para('Main', i)).join('');
// Below the story, far from it in the page's boxes: what is put there decides whether the reader warns.
const page = (below: string) => `<html><body><main><article><h1>Harbour news</h1><div class="body">${story}</div></article></main>
  <div class="bottom"><div><div><div><div><div><div class="extra-text">${below}</div></div></div></div></div></div></div></body></html>`;

describe('left-out text that is not the story', () => {
  it('the story going on below earns the warning (the case the rules below must not hide)', () => {
    expect(warning(page([0, 1].map((i) => para('Later', i)).join('')))?.message).toMatch(/cut short/);
  });

  it('a cookie notice set in paragraphs is no part of the story', () => {
    const notice = [
      '<p>Diese Website verwendet Cookies, damit wir unsere Seite sicher und zuverlässig anbieten und die Nutzung messen können, wie in der Erklärung beschrieben.</p>',
      '<p>Sie können selbst entscheiden, ob Sie die Cookies zulassen möchten; bei einer Ablehnung stehen womöglich nicht mehr alle Funktionen der Seite zur Verfügung.</p>',
    ].join('');
    expect(warning(page(notice))).toBeUndefined();
  });

  it('a data-protection notice in a box named after the law (GDPR, DSGVO, RGPD, RODO) is no part of the story', () => {
    const notice = [0, 1].map((i) => `<p>W związku z odwiedzaniem naszych serwisów możemy przetwarzać Twoje dane osobowe, a administratorem danych jest wydawca portalu, punkt ${i}.</p>`).join('');
    expect(warning(page(`<div class="rodo">${notice}</div>`))).toBeUndefined();
  });

  it('a long paragraph of the story that is about browsers or cookies is still the story', () => {
    const about = (topic: string, i: number) => `<p>Later paragraph ${i} on ${topic}: the harbour office tested the new booking site with every common browser and found that it stored no cookies at all, which the skippers had asked for. It took the developers three months, two public meetings and a long list of complaints from the fishing families before the site worked on the old computers in the harbour office, and the office now plans to keep it that way for as long as the boats still need it.</p>`;
    expect(warning(page([0, 1].map((i) => about('the booking site', i)).join('')))?.message).toMatch(/cut short/);
  });

  it('blurbs under headline links, one per box, are teasers for other stories', () => {
    const teasers = [0, 1, 2]
      .map((i) => `<div class="item"><h3><a href="/other-${i}">Other story ${i}</a></h3><p>Teaser ${i} sums up another story about the coast, the weather and the ferries, in two full sentences.</p></div>`)
      .join('');
    expect(warning(page(teasers))).toBeUndefined();
  });

  it('a reader comment thread longer than the story is the comments, not the story', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li><p>Comment ${i}: I have lived by this harbour for years and the boats and the people who work there deserve better than this.</p></li>`).join('');
    const html = `<html><body><main><article><h1>Harbour news</h1><div class="body">${story}</div></article></main>
      <div class="comments-section"><ul>${comments}</ul></div></body></html>`;
    expect(warning(html)).toBeUndefined();
  });
});

describe('text above the story that is not its opening', () => {
  const body = Array.from({ length: 7 }, (_, i) => `<p>Body paragraph ${i} tells how the river authority plans to rebuild the weir, with dates, costs and the objections raised at the meeting.</p>`).join('');
  const above = (block: string) => `<html><body><main><article><h1>Weir to be rebuilt</h1>
    <div class="hero"><div><div><div><div><div>${block}</div></div></div></div></div></div>
    <div class="content"><div class="article-body">${body}</div></div></article></main></body></html>`;
  const sentence = 'The river authority wants to rebuild the old weir before winter, and anglers, boat clubs and two parish councils have objected?';

  it('a heading the page names as its title is the headline, even when it reads as a sentence', () => {
    expect(warning(above(`<h2 class="article-title">${sentence}</h2>`))).toBeUndefined();
  });

  it("a site's selling points in a list are not the story's opening", () => {
    expect(warning(above(`<ul><li><p>${sentence.replace('?', '.')}</p></li></ul>`))).toBeUndefined();
  });

  it('the same sentence as a paragraph of its own is (the case the rules above must not hide)', () => {
    expect(warning(above(`<p>${sentence.replace('?', '.')}</p>`))?.message).toMatch(/may begin earlier/);
  });
});
