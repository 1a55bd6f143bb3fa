/** A headline's kicker (the topic line set inside the <h1>) is not part of the title. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headingText } from '../../src/extract/metadata/heading-text';

const h1 = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.querySelector('h1')!;

describe('headline without its kicker', () => {
  it('drops a "Dachzeile"/kicker span before the headline span', () => {
    expect(headingText(h1('<h1> <span class="dachzeile">Nach Corona-Lockerungen</span> <span class="headline">Autohäuser rechnen mit langsamem Anlaufen</span> </h1>'))).toBe('Autohäuser rechnen mit langsamem Anlaufen');
  });

  it('drops the visually hidden ": " between kicker and headline', () => {
    expect(headingText(h1('<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>'))).toBe('Bohren, bis es heiß wird');
  });

  it('drops a <small> topic line inside the headline span, followed by text', () => {
    expect(headingText(h1('<h1><span itemprop="headline"><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>'))).toBe('Lagen-Pyramide mit GA2');
  });

  it('keeps a heading whose first element is part of the sentence, or that is all kicker', () => {
    expect(headingText(h1('<h1><em>Why</em> ferries came back</h1>'))).toBe('Why ferries came back');
    expect(headingText(h1('<h1><span class="label">Breaking</span></h1>'))).toBe('Breaking');
    expect(headingText(h1('<h1><span class="topic">A long topic line here</span> Short</h1>'))).toBe('A long topic line here Short');
  });
});
