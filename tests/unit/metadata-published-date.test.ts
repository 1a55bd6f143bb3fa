/** Which of a page's dates is the publication date: the page patterns each rule exists for. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { normalizeDate } from '../../src/extract/metadata/dates';
import { choosePublishedDate } from '../../src/extract/metadata/published-date';

const doc = (head: string, body = '<p>Story text.</p>') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const dateOf = (d: Document, url = 'https://news.example.org/story') => readMetadata(d, url).publishedTime;
const sources = { linkedData: null, metaPublished: null, metaDated: null, otherDeclared: [], visible: null, visibleMarked: false, underHeadline: () => null, storyDateline: () => null, url: 'https://example.org/a', textDate: () => null, printsDay: () => false };

describe('the publisher\'s own calendar day', () => {
  it('reads an RFC 2822 date-time in its own time zone: "Sat, 19 Oct 2019 00:04:00 +0200" is 19 October', () => {
    expect(normalizeDate('Sat, 19 Oct 2019 00:04:00 +0200')).toBe('2019-10-19T00:04:00+02:00');
    expect(normalizeDate('Wed, 04 May 2022 00:25:56 GMT')).toBe('2022-05-04T00:25:56Z');
  });

  it('takes the local spelling of the same moment from a date meta tag when JSON-LD gives it in UTC', () => {
    const d = doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-18T22:04:00Z"}</script><meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">');
    expect(dateOf(d)).toBe('2019-10-19T00:04:00+02:00');
  });

  it('reads a UTC timestamp in the time zone of the American country whose domain the site is under', () => {
    expect(choosePublishedDate({ ...sources, linkedData: '2022-05-04T02:41:00Z', url: 'https://eldeber.example.com.bo/santa-cruz/autos_276757' })).toBe('2022-05-03T22:41:00-04:00');
    expect(choosePublishedDate({ ...sources, linkedData: '2022-05-04T00:44:52Z', url: 'https://www.example.com.br/republica/pacheco/' })).toBe('2022-05-03T21:44:52-03:00');
    // Elsewhere, and for a timestamp that already gives its zone, the declared date stands.
    expect(choosePublishedDate({ ...sources, linkedData: '2022-05-04T02:41:00Z', url: 'https://www.example.de/politik/' })).toBe('2022-05-04T02:41:00Z');
    expect(choosePublishedDate({ ...sources, linkedData: '2022-05-04T00:14:13-03:00', url: 'https://example.com.uy/productor/' })).toBe('2022-05-04T00:14:13-03:00');
  });

  it('takes the day printed on the page when a UTC timestamp just after midnight is the evening before there', () => {
    expect(choosePublishedDate({ ...sources, linkedData: 'Wed, 04 May 2022 00:25:56 GMT', visible: '2022-05-03' })).toBe('2022-05-03');
    expect(choosePublishedDate({ ...sources, linkedData: '2022-05-04T03:37:37+00:00', visible: '2022-05-03T23:37:37-04:00' })).toBe('2022-05-03T23:37:37-04:00');
  });

  it('keeps a UTC timestamp from the European morning when the page prints an earlier day elsewhere', () => {
    expect(choosePublishedDate({ ...sources, linkedData: '2019-10-19T05:00:00Z', visible: '2019-10-18' })).toBe('2019-10-19T05:00:00Z');
  });

  it('reads local midnight written in UTC as the next day when the page prints that day (a date-only field east of UTC)', () => {
    const d = doc('<meta property="article:published_time" content="2021-11-04T23:00Z">', '<span class="o-metadata--date">5. November 2021</span><p>Story.</p>');
    expect(dateOf(d)?.slice(0, 10)).toBe('2021-11-05');
    expect(choosePublishedDate({ ...sources, metaPublished: '2021-11-04T22:00:00Z', visible: '2021-11-05' })).toBe('2021-11-05');
  });

  it('keeps a late UTC timestamp on the hour when the page does not print the next day: an evening story in the Americas', () => {
    expect(choosePublishedDate({ ...sources, metaPublished: '2022-11-06T23:00:00Z' })).toBe('2022-11-06T23:00:00Z');
    expect(choosePublishedDate({ ...sources, metaPublished: '2022-11-06T23:00:12Z', visible: '2022-11-07' })).toBe('2022-11-06T23:00:12Z');
  });

  it('keeps an evening story\'s declared day when the page prints the next day: an update or another story\'s date', () => {
    const updated = doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-11-20T19:30:00+01:00"}</script>', '<h1>Fähre fährt wieder</h1><div class="meta">Aktualisiert: <time datetime="2026-11-21T08:00+01:00">21.11.2026</time></div><p>Story.</p>');
    expect(dateOf(updated)?.slice(0, 10)).toBe('2026-11-20');
    expect(choosePublishedDate({ ...sources, metaPublished: '2026-11-20T18:05:00-05:00', visible: '2026-11-21' })).toBe('2026-11-20T18:05:00-05:00');
  });

  it('does not move the date to a later printed day, which is usually an "updated" line', () => {
    expect(choosePublishedDate({ ...sources, linkedData: '2020-01-17T21:08:00Z', visible: '2020-01-18' })).toBe('2020-01-17T21:08:00Z');
  });

  it('reads the printed date over a plain "date" meta tag that is later: that tag is the page\'s last change', () => {
    const d = doc('<meta name="date" content="2020-04-30">', '<article><h1>Mietenstreik</h1><ul class="Infoline"><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul><p>Story.</p></article>');
    expect(dateOf(d)).toBe('2020-04-29');
    expect(choosePublishedDate({ ...sources, metaDated: '2022-01-26T14:32:06+02:00', visible: '2022-01-21' })).toBe('2022-01-21');
  });

  it('reads a date line in the text a few days before a plain "date" meta tag as the publication, when no byline dates the story', () => {
    const d = doc('<meta name="date" content="2020-04-29T11:52:23">', '<h1>Daten von Rheinmetall gehackt</h1><p><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p><p>Story.</p>');
    expect(dateOf(d)).toBe('2020-04-28');
    // A line years before the tag is about something else.
    expect(choosePublishedDate({ ...sources, metaDated: '2020-02-03', storyDateline: () => '2018-05-16' })).toBe('2020-02-03');
  });

  it('keeps a plain "date" meta tag over an earlier date line that is not shaped as the story\'s dateline, such as an event\'s date', () => {
    const d = doc('<meta name="date" content="2020-03-20">', '<article><h1>Konzert</h1><p>Termin</p><p>05.03.2020</p><p>Story.</p></article>');
    expect(dateOf(d)).toBe('2020-03-20');
  });

  it('keeps a plain "date" meta tag over a later printed date, such as the next event a page announces', () => {
    expect(choosePublishedDate({ ...sources, metaDated: '2020-02-11', visible: '2020-02-29' })).toBe('2020-02-11');
    const events = doc('<meta name="date" content="2020-02-11">', '<h1>Rioja</h1><p>Story.</p><p><span class="datum">29.02.2020 18:00 Uhr</span> Weinprobe</p><p><span class="datum">04.04.2020 18:00 Uhr</span> Tapas</p>');
    expect(dateOf(events)).toBe('2020-02-11');
  });

  it('takes a later day a <time> or itemprop date marks as the story\'s over a plain "date" meta tag: that tag is the page\'s creation', () => {
    const d = doc('<meta name="date" content="2022-01-21T15:38:44+01:00">', '<h1>Mit Hund im Winter</h1><span class="news-list-date"><time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time></span><p>Story.</p>');
    expect(dateOf(d)).toBe('2022-01-27');
    expect(choosePublishedDate({ ...sources, metaDated: '2022-01-21T09:43+01:00', visible: '2022-01-25T08:00:00+01:00', visibleMarked: true })).toBe('2022-01-25T08:00:00+01:00');
  });

  it('keeps a plain "date" meta tag over a marked day weeks later: an event the page announces, or its last update', () => {
    const event = doc('<meta name="date" content="2026-11-01">', '<h1>Winterkonzert</h1><div class="event-date"><time datetime="2026-12-12T20:00">Sat 12 Dec 2026, 20:00</time></div><p>Story.</p>');
    expect(dateOf(event)).toBe('2026-11-01');
    expect(choosePublishedDate({ ...sources, metaDated: '2026-11-01', visible: '2026-11-25', visibleMarked: true })).toBe('2026-11-01');
  });

  it('reads the date of TYPO3\'s news extension ("news-single-timedata") before a later plain "date" meta tag', () => {
    const d = doc('<meta name="date" content="2020-02-12">', '<div class="news-single-item"><div class="news-single-timedata">05.02.2020</div><h2>Faire Lieferketten</h2><p>Story.</p></div>');
    expect(dateOf(d)).toBe('2020-02-05');
  });

  it('dates the story by the meta line that names its author ("Posted on September 21, 2020 by NAME")', () => {
    const d = doc('', '<div class="gallery--page-meta"><div class="gallery--page-meta--author">Posted on September 21, 2020 by Adi Tzlil</div></div><p>Story.</p>');
    expect(dateOf(d)).toBe('2020-09-21');
  });

  it('does not date the story by a teaser for another story below it', () => {
    const d = doc('', '<h1>Italien: Reise- und Sicherheitshinweise</h1><span class="heading__meta">Stand - 12.11.2021</span><p>Story.</p><div class="teaser"><em class="teaser__subline-pubdate">04.11.2021</em><a href="/other">Other story</a></div>');
    expect(dateOf(d)).toBe('2021-11-12');
  });

  it('does not date the story by a carousel of the site\'s other stories, but by the date opening its text', () => {
    const slides = '<div class="splide"><div class="splide__slide"><a href="/kolumne-1"><div class="slide-content"><div class="date">24. Oktober 2023</div></div></a></div></div>';
    const d = doc('', `<main><p><span class="text_datum">31. Oktober 2023.</span> Dragqueens sind Kunstfiguren aus Make-Up und Glitter.</p></main>${slides}`);
    expect(dateOf(d)).toBe('2023-10-31');
  });

  it('reads the date in the story\'s own header even when its class names it a teaser', () => {
    const d = doc('<meta name="date" content="2020-03-20">', '<header class="article-teaser"><h1>Neue Brücke eröffnet</h1><time datetime="2020-03-09T10:00:00+01:00">9. März 2020</time></header><p>Story.</p>');
    expect(dateOf(d)?.slice(0, 10)).toBe('2020-03-09');
  });

  it('reads a URL path segment written day first ("/meldungen/29-10-2021") when the page gives no other date', () => {
    expect(dateOf(doc('', '<p>Story.</p>'), 'https://verein.example.de/media-news/meldungen/29-10-2021')).toBe('2021-10-29');
  });
});
