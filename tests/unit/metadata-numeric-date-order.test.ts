/**
 * "02/10/2020": 2 October on a British or German page, February 10 on an American one. The page's declared
 * language decides; a part over 12 can only be read one way, on any page.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { normalizeDate } from '../../src/extract/metadata/dates';
import { numericDateOrder } from '../../src/extract/metadata/numeric-date-order';

const page = (htmlAttrs: string, head: string, body: string) => new JSDOM(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`).window.document;
const story = (date: string) => `<h1>University halls too full to be safe, experts warn</h1><p class="byline">By Jane Doe</p><span class="date">${date}</span><p>Students returning to campus found the halls full.</p>`;
const dateOf = (htmlAttrs: string, date: string, head = '') => readMetadata(page(htmlAttrs, head, story(date)), 'https://news.example.com/uk/story').publishedTime;

describe('numeric dates with slashes, read as the page\'s language writes them', () => {
  it('reads day first on a British page, also when only xml:lang declares it (MSN\'s en-gb edition)', () => {
    expect(dateOf('lang="en-GB"', '02/10/2020')).toBe('2020-10-02');
    expect(dateOf('xml:lang="en-GB"', '02/10/2020')).toBe('2020-10-02');
  });

  it('reads day first on German, Spanish or Australian pages, from og:locale or Content-Language when <html> has no lang', () => {
    expect(dateOf('', '05/06/2023 08:10', '<meta property="og:locale" content="de_DE">')).toBe('2023-06-05');
    expect(dateOf('', '05/06/2023', '<meta http-equiv="Content-Language" content="es">')).toBe('2023-06-05');
    expect(dateOf('lang="en-AU"', '05/06/2023')).toBe('2023-06-05');
  });

  it('takes the region from og:locale when <html lang> names the language alone ("en" with "en_GB")', () => {
    expect(dateOf('lang="en"', '03/04/2026', '<meta property="og:locale" content="en_GB">')).toBe('2026-04-03');
    expect(dateOf('lang="en"', '03/04/2026', '<meta property="og:locale" content="en_US">')).toBe('2026-03-04');
    // Content-Language writes the region after a hyphen, as BCP 47 does.
    expect(dateOf('lang="en"', '03/04/2026', '<meta http-equiv="Content-Language" content="en-GB">')).toBe('2026-04-03');
    // A locale of another language does not overrule the page's own.
    expect(dateOf('lang="en"', '03/04/2026', '<meta property="og:locale" content="de_DE">')).toBe('2026-03-04');
  });

  it('reads a meta tag or datetime attribute month first on any page: the CMS writes it, often in its American default', () => {
    const d = page('lang="de"', '<meta name="date" content="11/01/2023 12:43:42">', '<h1>Trinkwasser</h1><p>Das Wasser ist wieder trinkbar.</p><p>Erstellt am: 01.11.2023</p>');
    expect(readMetadata(d, 'https://www.example.ch/trinkwasser').publishedTime).toBe('2023-11-01');
    expect(dateOf('lang="de"', '<time datetime="11/01/2023">1. November 2023</time>')).toBe('2023-11-01');
  });

  it('keeps month first on American pages and on English pages that name no region, as before', () => {
    expect(dateOf('lang="en-US"', '02/10/2020')).toBe('2020-02-10');
    expect(dateOf('lang="en"', '02/10/2020')).toBe('2020-02-10');
    expect(dateOf('', '02/10/2020')).toBe('2020-02-10');
  });

  it('reads a date with a part over 12 the only way it can be, whatever the language', () => {
    expect(dateOf('lang="en-US"', '25/10/2020')).toBe('2020-10-25');
    // A German blog with WordPress's American date format ("Blogposting 01/23/2020").
    expect(dateOf('lang="de-DE"', '01/23/2020')).toBe('2020-01-23');
    expect(normalizeDate('13/13/2020', 'day-first')).toBeNull();
  });

  it('leaves dotted dates day first on every page: "04.03.2019" is 4 March even on an American page', () => {
    expect(dateOf('lang="en-US"', '04.03.2019')).toBe('2019-03-04');
  });

  it('tells the order from language tags and locales in either spelling', () => {
    expect(numericDateOrder('en_GB')).toBe('day-first');
    expect(numericDateOrder('pt-br')).toBe('day-first');
    expect(numericDateOrder('en-us')).toBe('month-first');
    expect(numericDateOrder('EN')).toBe('month-first');
    expect(numericDateOrder(null)).toBe('month-first');
    expect(numericDateOrder('und')).toBe('month-first');
  });
});
