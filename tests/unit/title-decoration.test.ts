/** Titles as the popup shows them: decoration punctuation around the words is not part of the headline. */
import { describe, expect, it } from 'vitest';
import { chooseTitle, withoutDecoration, type TitleSources } from '../../src/extract/title';

const src = (s: Partial<TitleSources>): TitleSources => ({ headline: null, ogTitle: null, h1s: [], h2s: [], hostname: 'www.example.com', ...s });

describe('title: decoration around the words', () => {
  it('shows "Jens Weber", not "[> Jens Weber", for a heading set after an arrow bracket', () => {
    expect(chooseTitle([], null, '[> Jens Weber', null, src({ h1s: ['[> Jens Weber'] }))).toBe('Jens Weber');
  });

  it('trims leading and trailing arrows, bars and double colons that stand apart from the words', () => {
    expect(withoutDecoration('» Ein Titel')).toBe('Ein Titel');
    expect(withoutDecoration('>> A Title')).toBe('A Title');
    expect(withoutDecoration(':: A Title ::')).toBe('A Title');
    expect(withoutDecoration('A Title |')).toBe('A Title');
  });

  it('keeps punctuation that belongs to the words', () => {
    expect(withoutDecoration('»Zitat« sagt er')).toBe('»Zitat« sagt er');
    expect(withoutDecoration('[Update] Harbour ferry returns')).toBe('[Update] Harbour ferry returns');
    expect(withoutDecoration('C++ in a week')).toBe('C++ in a week');
    expect(withoutDecoration('-5 Grad in Berlin')).toBe('-5 Grad in Berlin');
    expect(withoutDecoration('A - B')).toBe('A - B');
  });
});

describe('title: guillemets', () => {
  it('keeps French quotes that open and close a quote, and trims a lone guillemet used as an arrow', () => {
    const fr = '« Il y a, d’abord, le poids de la géographie ». Sur les migrations avec François Héran';
    expect(withoutDecoration(fr)).toBe(fr);
    expect(withoutDecoration('« Les privatisations sont au profit d’intérêts privés »')).toBe('« Les privatisations sont au profit d’intérêts privés »');
    expect(withoutDecoration('» Ein Titel')).toBe('Ein Titel');
    expect(withoutDecoration('Ein Titel «')).toBe('Ein Titel');
  });
});
