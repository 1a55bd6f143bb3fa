/**
 * A story's standfirst, set in the article header above the body, is part of the story: Readability
 * takes only the body's container, so it is joined back at the top. A site's tagline or another story's
 * teaser is not.
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

const body = Array.from({ length: 7 }, (_, i) => `<p>Body paragraph ${i} tells how the river authority plans to rebuild the weir, with dates, costs and the objections raised at the meeting.</p>`).join('');
const STANDFIRST = 'The river authority wants to rebuild the old weir before winter, and the anglers are not pleased about it.';
// Readability scores the body's container and leaves the header's container beside it.
const page = (header: string, before = '') => `<html><body>${before}<main><article>
  <div class="top"><header class="article-header"><h1>Weir to be rebuilt</h1>${header}<p class="byline">By Ann Lee</p></header></div>
  <div class="content"><div class="article-body">${body}</div></div></article></main></body></html>`;

describe('standfirst', () => {
  it('the standfirst in the article header is joined before the first paragraph', () => {
    const html = page(`<p class="standfirst">${STANDFIRST}</p>`);
    expect(extract(html, { recover: false }).textContent).not.toContain(STANDFIRST);
    const text = extract(html).textContent;
    expect(text).toContain(STANDFIRST);
    expect(text.indexOf(STANDFIRST)).toBeLessThan(text.indexOf('Body paragraph 0'));
  });

  it('a teaser box above the body counts as the standfirst too', () => {
    const html = page(`<div class="teaser"><p>${STANDFIRST}</p></div>`);
    expect(extract(html, { recover: false }).textContent).not.toContain(STANDFIRST);
    expect(extract(html).textContent).toContain(STANDFIRST);
  });

  it('a standfirst set as a text-only <div> or as a subtitle heading is joined too', () => {
    for (const standfirst of [`<div class="intro">${STANDFIRST}</div>`, `<hgroup><h2>${STANDFIRST}</h2></hgroup>`]) {
      const html = page(standfirst);
      expect(extract(html, { recover: false }).textContent).not.toContain(STANDFIRST);
      expect(extract(html).textContent).toContain(STANDFIRST);
    }
  });

  it('a block named as the subtitle is joined even when it ends without a full stop, as many subtitles do', () => {
    const subtitle = 'Anglers and the river authority disagree about when the old weir should be rebuilt';
    for (const standfirst of [`<p class="entry__subtitle">${subtitle}</p>`, `<h2 class="article-head__subtitle">${subtitle}</h2>`]) {
      const html = page(standfirst);
      expect(extract(html, { recover: false }).textContent).not.toContain(subtitle);
      expect(extract(html).textContent).toContain(subtitle);
    }
  });

  it('a lead named as such is joined from a hero module further from the body than an unnamed line may be', () => {
    const nest = (depth: number, inner: string): string => (depth ? `<div>${nest(depth - 1, inner)}</div>` : inner);
    const hero = (cls: string) => `<html><body><main><div class="hero">${nest(5, `<div class="${cls}"><p>${STANDFIRST}</p></div>`)}</div>
      <article>${nest(5, `<div class="article-body">${body}</div>`)}</article></main></body></html>`;
    expect(extract(hero('uk-text-lead')).textContent).toContain(STANDFIRST);
    expect(extract(hero('uk-text-block')).textContent).not.toContain(STANDFIRST);
  });

  it('a photo caption right above the body is passed over for the standfirst before the photo', () => {
    const caption = 'The old weir on the river, seen from the footbridge on a grey morning last spring.';
    const photo = `<div class="photo"><a class="tag" href="/rivers">Rivers</a><img src="weir.jpg" alt=""></div><div class="photo-text"><div class="title"></div><p>${caption}</p></div>`;
    const text = extract(page(`<p class="standfirst">${STANDFIRST}</p>`.replace('standfirst', 'summary-line') + photo)).textContent;
    expect(text).toContain(STANDFIRST);
    expect(text).not.toContain(caption);
  });

  it('the standfirst goes above the story\'s lead photo, where the page has it, not between the photo and the text', () => {
    const caption = 'The old weir on the river, seen from the footbridge on a grey morning last spring.';
    const html = page(`<p class="standfirst">${STANDFIRST}</p>`).replace('<div class="article-body">', `<div class="article-body"><figure><img src="weir.jpg" alt=""><figcaption>${caption}</figcaption></figure>`);
    const article = extract(html);
    expect(article.textContent).toContain(caption);
    expect(article.content.indexOf(STANDFIRST)).toBeLessThan(article.content.indexOf('weir.jpg'));
  });

  it('an unnamed line without a full stop before the body is a label, not a standfirst', () => {
    const kicker = 'Live coverage from the river authority meeting in the town hall this evening';
    expect(extract(page(`<p class="kicker-line">${kicker}</p>`)).textContent).not.toContain(kicker);
  });

  it('a dateline between the standfirst and the body is passed over, not taken for the standfirst', () => {
    const dateline = '<div class="meta">Published 19 February 2020, last updated 19 February 2020 18:54</div>';
    const text = extract(page(`<p class="dek">${STANDFIRST}</p>${dateline}`)).textContent;
    expect(text).toContain(STANDFIRST);
    expect(text).not.toContain('last updated');
  });

  it('a dateline of numbers and a linked desk in the intro box is passed over for the standfirst above it', () => {
    // Eight words if the numbers counted, and in a box named as the intro: it would pass for a summary.
    const dateline = '<div class="meta">21.01.2022 11:46 von <a href="/ressort/nord">Ressort Nord</a></div>';
    const text = extract(page(`<div class="article-intro"><p class="dek">${STANDFIRST}</p>${dateline}</div>`)).textContent;
    expect(text).toContain(STANDFIRST);
    expect(text).not.toContain('11:46');
  });

  it('a lede that repeats the first sentence of the body and goes on with its own is joined', () => {
    const opening = 'The river authority wants to rebuild the old weir before winter.';
    const lede = `${opening} Anglers say the works will cost them the whole autumn season on the lower river.`;
    const firstParagraph = `<p>${opening} It published its plans on Monday, with dates, costs and the objections raised at the meeting.</p>`;
    const html = page(`<p class="dek">${lede}</p>`).replace('<div class="article-body">', `<div class="article-body">${firstParagraph}`);
    expect(extract(html, { recover: false }).textContent).not.toContain('Anglers say');
    const text = extract(html).textContent;
    expect(text).toContain(lede);
    expect(text.indexOf(lede)).toBeLessThan(text.indexOf('It published its plans'));
  });

  it('a list of teasers for other stories above the body is not joined', () => {
    const teaser = (n: number) => `<div class="box"><div class="text"><p>Other story ${n}: the ferry company raises its fares again, and the islanders are angry about it.</p></div></div>`;
    const html = page(`<div class="list">${teaser(1)}${teaser(2)}${teaser(3)}</div>`);
    expect(extract(html).textContent).not.toContain('Other story 3');
  });

  it('a cookie notice above the body is not joined as the standfirst, however its box is named', () => {
    const notice = 'Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit der Internetseite zu verbessern.';
    for (const name of ['cookiefooter', 'cookie-banner', 'cookieconsent']) {
      const html = page(`<div class="${name}"><div class="text">${notice}</div></div>`);
      expect(extract(html).textContent).not.toContain('Wir verwenden Cookies');
    }
  });

  it('a site tagline in the masthead, far from the story, is not joined', () => {
    const tagline = 'Your independent source for news about the valley, its towns and its people since 1894.';
    const masthead = `<div class="top"><div><div><div><div><div><p>${tagline}</p></div></div></div></div></div></div>`;
    expect(extract(page('', masthead)).textContent).not.toContain(tagline);
  });

  it('a line in a share bar or a related box before the body is not joined', () => {
    const promo = 'Read also: the town council approved the new bridge over the river after three years of debate.';
    const html = page(`<div class="related-box"><p>${promo}</p></div>`);
    expect(extract(html).textContent).not.toContain(promo);
  });

  it('a byline that goes on with the author\'s bio is passed over for the standfirst above it', () => {
    // theverge.com: the byline paragraph reads as a sentence of its own.
    const bio = 'By Ann Lee, a river correspondent who has covered the valley and its waterways for over a decade.';
    const text = extract(page(`<h2 class="feature-dek">${STANDFIRST}</h2><p class="article-byline">${bio}</p>`)).textContent;
    expect(text).toContain(STANDFIRST);
    expect(text).not.toContain('a river correspondent');
  });

  it('a site notice above the story, which the reader dismisses with a click, is not joined', () => {
    // fandom.com: an alert box at the top of the page announces a feature of the site.
    const notice = 'Bringing you closer to your readers with a customizable profile page of your own.';
    const alert = `<div class="profile-alert"><div class="grid-container"><a href="#" class="close-alert">×</a><h3>Introducing author profiles</h3><p>${notice}</p></div></div>`;
    expect(extract(page('', alert)).textContent).not.toContain(notice);
  });

  it('a byline with its dates, which French sites call the signature, is not joined as the standfirst', () => {
    // lemonde.fr: "Le Monde | 04.05.2015 à 13h36 • Mis à jour le … | Par …" ends with a parenthesis and reads as a sentence.
    const signature = 'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)';
    const text = extract(page(`<p class="bloc_signature">${signature}</p>`)).textContent;
    expect(text).not.toContain('Mis à jour');
    expect(text).toContain('Body paragraph 0');
  });
});
