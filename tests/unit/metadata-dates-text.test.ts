/** Dates pages print without machine-readable markup: date-classed lines and short date lines in the text. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from '../../src/extract/metadata/dates';
import { readMetadata } from '../../src/extract/metadata';
import { dateFromText } from '../../src/extract/metadata/text-date';

const doc = (body: string, head = '') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('dates without markup', () => {
  it('reads a WordPress "posted-on" line in German: "Eingetragen am 3. Januar 2020"', () => {
    const d = doc('<h1>Truckwash A31</h1><div class="entry-meta"><span class="posted-on">Eingetragen am 3. Januar 2020, aktualisiert am 3. Januar 2020</span></div><p>Seit Anfang 2019 …</p>');
    expect(readMetadata(d, 'http://wir-empfehlen.info/?p=3289').publishedTime).toBe('2020-01-03');
  });

  it('reads a news meta list item "content__meta__date" with a dotted date', () => {
    const d = doc('<ul><li class="item content__meta__date">26.02.2020</li></ul><p>Text</p>');
    expect(readMetadata(d, 'https://www.spektrum.de/wissen/x/1700384').publishedTime).toBe('2020-02-26');
  });

  it('reads "Erschienen am" over the "Letzte Änderung" line above it, and the last change only when nothing else dates the page', () => {
    expect(dateFromText(doc('<h1>Franke: Die Anleitungen</h1><p>Review.</p><p class="info">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>'))).toBe('2023-11-01');
    expect(dateFromText(doc('<h1>Seite</h1><p>Text.</p><p>Last updated: 7 January 2020</p>'))).toBe('2020-01-07');
  });

  it('takes a short date line from the text, but not one in the footer or a sentence', () => {
    expect(dateFromText(doc('<p>Benni 10. September 2017</p><footer>1. Januar 2001</footer>'))).toBe('2017-09-10');
    expect(dateFromText(doc('<footer><p>© 12. März 2015</p></footer><p>Wir haben am 4. März 2019 mit einer langen Reihe von Gesprächen über die Zukunft des Vereins begonnen, die bis heute andauern.</p>'))).toBeNull();
  });

  it('reads a dateline opening the first paragraph ("27.1.2022 - Bei der Erinnerung …"), not a date inside a sentence', () => {
    expect(dateFromText(doc('<p>Von Claudia Lindner</p><p>27.1.2022 - Bei der Erinnerung an die Verfolgten des Nationalsozialismus stehen lesbische Frauen selten im Blick.</p>'))).toBe('2022-01-27');
    expect(dateFromText(doc('<p>Am 27.1.2022 - so die Polizei - war die Straße gesperrt, weil ein Baum auf die Fahrbahn gestürzt war.</p>'))).toBeNull();
  });

  it('parses two-digit-year dotted dates on short lines and Polish month names', () => {
    expect(normalizeDate('28.09.19')).toBe('2019-09-28');
    expect(normalizeDate('Kultur, 2.11.22')).toBe('2022-11-02');
    expect(normalizeDate('28 kwietnia 2021, 06:29')).toBe('2021-04-28');
    expect(normalizeDate('Version 1.2.19 released')).toBeNull();
  });
});

describe('dates in the page text: layouts that hid them', () => {
  it('reads a date set one part per element, with no spaces between them ("Feb" "18" "2009")', () => {
    const d = doc('<div class="beitrag"><div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span class="jahr">2009</span></div><h2>trnd-Projekt</h2><p>Text.</p></div>');
    expect(dateFromText(d)).toBe('2009-02-18');
  });

  it('does not count layout words in the <body> class ("one-sidebar sidebar-second") as a sidebar around the date line', () => {
    const d = new JSDOM('<!doctype html><html><body class="one-sidebar sidebar-second node-type-article"><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div><p>Text.</p></body></html>').window.document;
    expect(dateFromText(d)).toBe('2017-07-24');
  });

  it('does not count a "sidebar" layout class on the block that holds the headline, or a side column inside the <article>', () => {
    expect(dateFromText(doc('<div class="content_block right-sidebar"><h1>iMac 5K</h1><div class="listing_meta"><span>April 19, 2019</span></div><p>Text.</p></div>'))).toBe('2019-04-19');
    expect(dateFromText(doc('<article><h1>La voix des nuls</h1><div class="podcast__sidebar"><p>23 mai 2019</p></div><p>Text.</p></article>'))).toBe('2019-05-23');
    expect(dateFromText(doc('<h1>Typography</h1><p>Text.</p><div class="sidebar"><p>19. Mai 2010</p></div>'))).toBeNull();
  });
});

describe('date spellings', () => {
  it('reads a day glued to its month ("8.Dezember 2010") and German spacing in numeric dates ("4. 2. 2022.")', () => {
    expect(normalizeDate('8.Dezember 2010 um 09:43')).toBe('2010-12-08');
    expect(normalizeDate('4.\u20092.\u20092022.')).toBe('2022-02-04');
  });

  it('reads the date line of WordPress\'s classic theme ("<p class=postmetadata>8.<a>Dezember 2010</a> um 09:43 · …")', () => {
    const d = doc('<h2>Rinderleber-Geschnetzeltes</h2><p class="postmetadata">8.<a href="/date/2010/12/">Dezember 2010</a> um 09:43 · <a href="/category/rezepte">Rezepte</a> · <a href="#comments">6 Kommentare</a></p><div class="entry"><p>Text.</p></div>');
    expect(readMetadata(d, 'http://www.example.de/rezepte/rinderleber.htm').publishedTime).toBe('2010-12-08');
  });

  it('reads Russian and Ukrainian month names in the genitive ("15 августа 2016, 13:43")', () => {
    expect(normalizeDate('15 августа 2016, 13:43')).toBe('2016-08-15');
    expect(normalizeDate('3 березня 2021')).toBe('2021-03-03');
  });
});

describe('dates in markup and in the URL', () => {
  it('reads an RDFa date in the body, as Drupal writes it (<span property="schema:dateCreated" content=…>)', () => {
    const d = doc('<article><h1>LVMH wächst</h1><footer class="node__meta"><span class="rdf-meta hidden" property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span></footer><p>Text.</p></article>');
    expect(readMetadata(d, 'https://www.example.de/wein/lvmh').publishedTime).toBe('2022-01-28T12:45:46+00:00');
  });

  it('reads eight digits opening a slug as a day-first date ("/08112021-online-fachtag"), not a number that is no date', () => {
    expect(dateFromUrl('https://www.example.de/aktuelles/08112021-online-fachtag')).toBe('2021-11-08');
    expect(dateFromUrl('https://www.example.de/aktuelles/20112021-nachricht')).toBe('2021-11-20');
    expect(dateFromUrl('https://www.example.de/artikel/12345678-nachricht')).toBeNull();
  });
});

describe('the date of the day in the site\'s header is not the story\'s', () => {
  it('skips a masthead clock above the story for the dated element and the text line under it', () => {
    const clock = '<header class="container"><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div></header>';
    expect(readMetadata(doc(`${clock}<main><p><span class="date">31. Oktober 2023.</span> Dragqueens sind Kunstfiguren.</p></main>`), 'https://nachtkritik.example/kolumne').publishedTime).toBe('2023-10-31');
    const uhr = '<div id="headerContainer"><span id="uhr">Donnerstag, 16. Februar 2012</span></div>';
    expect(dateFromText(doc(`${uhr}<div class="boxHeader"><span>14. Februar 2012</span></div><h1>Verfassungsgericht</h1><p>Text.</p>`))).toBe('2012-02-14');
  });

  it('skips the Wayback Machine\'s toolbar on an archived page: its date is the capture\'s', () => {
    const toolbar = '<div id="wm-ipp-base"><div id="wm-ipp"><table><tr><td><div id="wm-nav-captures"><div class="r">10 Nov 2013</div></div></td></tr></table></div></div>';
    const post = '<article><header class="post-header"><div class="date"><span class="month">Apr</span> <span class="day">04</span><span class="year">2013</span></div><h2>Mozarts Schulnoten</h2></header><p>Text.</p></article>';
    expect(dateFromText(doc(toolbar + post))).toBe('2013-04-04');
  });

  it('reads the date in a story\'s own header: one that holds its headline, or one inside its <article>', () => {
    expect(readMetadata(doc('<header class="entry-header"><h1>Weir plan</h1><time datetime="2020-05-01">1 May 2020</time></header><p>Text.</p>'), 'https://example.org/a').publishedTime).toBe('2020-05-01');
    expect(readMetadata(doc('<header><h2 class="entry-title">Weir plan</h2><span class="date">1 May 2020</span></header><p>Text.</p>'), 'https://example.org/a').publishedTime).toBe('2020-05-01');
    expect(dateFromText(doc('<h1>Weir plan</h1><article><header class="meta"><p>1 May 2020</p></header><p>Text.</p></article>'))).toBe('2020-05-01');
  });

  it('reads the date in a <header> under the headline, which is the story\'s, not a sidebar\'s date', () => {
    const sidebar = '<div class="recent-posts"><a href="/other">Other post</a> <span class="date">November 25, 2026</span></div>';
    expect(readMetadata(doc(`<div class="post"><h1>Weir plan</h1><header class="entry-meta"><time datetime="2026-11-20">20 November 2026</time></header><p>Text.</p></div>${sidebar}`), 'https://example.org/a').publishedTime).toBe('2026-11-20');
    // Its date line under the headline is the publication; a later plain "date" tag is the last change.
    expect(readMetadata(doc('<div class="post"><h1>Weir plan</h1><header class="post-header"><span class="posted-on">November 20, 2026</span></header><p>Text.</p></div>', '<meta name="date" content="2026-11-25">'), 'https://example.org/a').publishedTime).toBe('2026-11-20');
  });
});
