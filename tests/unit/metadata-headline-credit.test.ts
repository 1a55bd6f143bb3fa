/** A page with no byline that credits an agency, a desk or an organisation beside its headline: the reader sees who stands behind the story. */
import { describe, expect, it } from 'vitest';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://news.example.com/2020/02/18/story/');

describe('a credit beside the headline', () => {
  it('shows the agency an agency story credits under its headline ("<p class=credit>JIJI</p>")', () => {
    const d = page('<header><hgroup><h3><a href="/news/">National</a></h3><h1>Losing face: 6,000 surgical masks stolen from Kobe hospital</h1></hgroup><p class="credit">JIJI</p></header><p>KOBE – Some 6,000 surgical masks have been stolen from a hospital.</p>');
    expect(authorsOf(d)).toEqual(['JIJI']);
  });

  it('shows the desk a publisher line under the headline names, without its separator ("ET Online|")', () => {
    const d = page('<div class="slideshow"><h1>The iPhone SE is in India, here\'s all we know</h1><div class="publish_info"><div class="publisher">ET Online<span>|</span></div></div><div class="publish_on">09 Jun 2020, 02:32 PM IST</div><p>The phone is here.</p></div>');
    expect(authorsOf(d)).toEqual(['ET Online']);
  });

  it('shows the organisation a press-release portal sets above the headline, next to the date', () => {
    const d = page('<div class="news-heading"><div class="news-publication-info"><span class="news-date">12.12.2022</span> - <span class="news-organization">Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)</span></div><h1 class="news-title">Empa-Spin-off revolutioniert die Messung von Treibhausgasen</h1></div><p>Ein Sensor misst …</p>');
    expect(authorsOf(d)).toEqual(['Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)']);
  });

  it('keeps the person a byline names: the credit is only for pages that name no one', () => {
    const d = page('<header><h1>Masks stolen from Kobe hospital</h1><p class="credit">JIJI</p></header><p class="byline">By Jane Doe</p><p>KOBE – Masks were stolen.</p>');
    expect(authorsOf(d)).toEqual(['Jane Doe']);
  });

  it('does not take the lead photo\'s credit beside the headline', () => {
    expect(authorsOf(page('<h1>Storm hits the coast</h1><span class="image-credit">Reuters</span><p>Text.</p>'))).toEqual([]);
    expect(authorsOf(page('<h1>Storm hits the coast</h1><p class="credit">Foto: Jane Doe</p><p>Text.</p>'))).toEqual([]);
    expect(authorsOf(page('<h1>Storm hits the coast</h1><figure><img src="a.jpg"><figcaption><span class="credit">AP</span></figcaption></figure><p>Text.</p>'))).toEqual([]);
  });

  it('does not take a photographer credited beside a lead image, whatever the credit\'s own class says', () => {
    expect(authorsOf(page('<h1>Storm hits the coast</h1><img src="a.jpg"><div class="credit">Jens Büttner</div><p>Text.</p>'))).toEqual([]);
    expect(authorsOf(page('<h1>Storm hits the coast</h1><div class="lead-image"><img src="a.jpg"><span class="credit">Jens Büttner/dpa</span></div><p>Text.</p>'))).toEqual([]);
    expect(authorsOf(page('<h1>Storm hits the coast</h1><div class="hero"><img src="a.jpg"><div class="hero__credit">REUTERS/Jane Doe</div></div><p>Text.</p>'))).toEqual([]);
  });

  it('does not take a labelled line, a sponsor or a label word for the credit', () => {
    for (const line of ['Photograph: Jane Doe/Reuters', 'Illustration: Jane Doe', 'Video: Jane Doe', 'Credit: Jane Doe for The Example', 'Sponsored by Acme Bank', 'Presented by Acme Bank', 'In partnership with Acme Bank', 'Updated', 'Exclusive']) {
      expect(authorsOf(page(`<h1>Storm hits the coast</h1><div class="credit-line">${line}</div><p>Text.</p>`))).toEqual([]);
    }
  });

  it('does not reach into a box beside the article that holds the headline', () => {
    expect(authorsOf(page('<article><h1>Storm hits the coast</h1><p>The storm hit the coast on Tuesday night and cut power to thousands of homes along the bay, officials said.</p></article><aside><p class="agency">AFP</p></aside>'))).toEqual([]);
  });

  it('yields to a copyright line or a source credit, which say more than a class', () => {
    expect(authorsOf(page('<header><h1>Masks stolen from Kobe hospital</h1><p class="credit">JIJI</p></header><p>KOBE – Masks were stolen.</p><p>Quelle: dpa</p>'))).toEqual(['dpa']);
  });

  it('does not take a credit further down the page, in a teaser or in the footer', () => {
    const d = page('<h1>Storm hits the coast</h1><p>Lead.</p><p>Text.</p><p>More text.</p><div class="teaser"><h2>Other story</h2><p class="credit">AFP</p></div><footer><span class="publisher">Example Media</span></footer>');
    expect(authorsOf(d)).toEqual([]);
  });

  it('does not take a menu or a form beside a site\'s title set as the <h1>', () => {
    expect(authorsOf(page('<header><h1>Example Daily</h1><div class="publisher-links"><a href="/about">About</a> <a href="/jobs">Jobs</a></div><ul class="agency-menu"><li>Services</li></ul></header><article><h2>Storm hits the coast</h2><p>Text.</p></article>'))).toEqual([]);
    expect(authorsOf(page('<header><h1>Example Daily</h1><form><label class="agency">Agentur</label><input></form></header><article><h2>Storm hits the coast</h2><p>Text.</p></article>'))).toEqual([]);
  });

  it('does not take a comment count or a date that a meta line beside the headline marks with such a class', () => {
    expect(authorsOf(page('<h1>Storm hits the coast</h1><div class="meta"><span class="publisher-date">18.02.2020</span><span class="agency-comments">3 Kommentare</span></div><p>Text.</p>'))).toEqual([]);
  });
});
