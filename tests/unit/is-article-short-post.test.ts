/** Short blog posts and news briefs are articles; link lists are not. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../src/extract/is-article';

const box = (html: string) => {
  const d = new JSDOM('<!doctype html><body></body>').window.document;
  const div = d.createElement('div');
  div.innerHTML = html;
  return div;
};

const BRIEF = '<p>A senior prison official has said in a sworn affidavit that anyone with sufficient determination to escape from the prison could do so, citing gaps in the fence.</p>';

describe('is-article: short posts', () => {
  it('accepts a one-paragraph news brief when the page declares itself an article (og:type=article)', () => {
    expect(looksLikeArticle(box(BRIEF))).toBe(false);
    expect(looksLikeArticle(box(BRIEF), { declaredArticle: true })).toBe(true);
  });

  it('accepts a one-paragraph blog post of a few sentences with no links even without declarations', () => {
    const post = '<p>Ich würde ja in smarte und wirtschaftliche Elektro-Zapfsäulen investieren, aber die Betreiber machen es einem schwer. Jede Säule hat eine andere App, eine andere Karte und einen anderen Preis. So wird das nichts mit der Verkehrswende, und das ärgert mich.</p>';
    expect(looksLikeArticle(box(post))).toBe(true);
  });

  it('still rejects a section front of headline links, declared or not', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the council budget and the harbour</a></li>`).join('');
    expect(looksLikeArticle(box(`<ul>${links}</ul>`), { declaredArticle: true })).toBe(false);
  });
});

describe('is-article: a page that is nothing but its text', () => {
  const ONE_LINE = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>';

  it('accepts a one-line page when that line is all the page has to read', () => {
    expect(looksLikeArticle(box(ONE_LINE))).toBe(false);
    expect(looksLikeArticle(box(ONE_LINE), { pageChars: 56 })).toBe(true);
  });

  it('still rejects the same line when it is a small part of a page with menus and other stories', () => {
    expect(looksLikeArticle(box(ONE_LINE), { pageChars: 2400 })).toBe(false);
  });

  it('still rejects a page that is only a few links, even when they are all it has', () => {
    const links = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Sign in to continue</a></li></ul>';
    expect(looksLikeArticle(box(links), { pageChars: 23 })).toBe(false);
  });

  it('rejects a page with no text at all', () => {
    expect(looksLikeArticle(box('<div><img src="a.png"></div>'), { pageChars: 0 })).toBe(false);
  });
});

describe('is-article: a short dated post', () => {
  const QUIP = '<p>M: Wer rutscht als nächstes aus auf dem Glatteis? Ich: Ich wette, dass du als nächstes ausrutschst. Paff. Aua. M: Gewonnen!</p>';
  const POST = { declaredArticle: true, titled: true, dated: true };

  it('accepts a post of a few sentences when the page declares an article with a headline and a date', () => {
    expect(looksLikeArticle(box(QUIP), { declaredArticle: true })).toBe(false);
    expect(looksLikeArticle(box(QUIP), POST)).toBe(true);
  });

  it('needs all three marks: a declared article without a date or a headline stays rejected', () => {
    expect(looksLikeArticle(box(QUIP), { ...POST, dated: false })).toBe(false);
    expect(looksLikeArticle(box(QUIP), { ...POST, titled: false })).toBe(false);
  });

  it('still rejects a few words or a short line of links on a dated article page', () => {
    expect(looksLikeArticle(box('<p>Foto: privat. Alle Rechte vorbehalten.</p>'), POST)).toBe(false);
    expect(looksLikeArticle(box('<p>Mehr dazu: <a href="/a">Glatteis in der Stadt</a> und <a href="/b">Streusalz wird knapp, sagt der Bauhof heute</a>.</p>'), POST)).toBe(false);
  });
});
