/** Metadata pages declare in <head>: the page patterns each reading rule exists for. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { combineMetadata } from '../../src/extract/metadata/combine';
import { inLocalTime, publisherDay } from '../../src/extract/metadata/dates';
import { readLinkedData } from '../../src/extract/metadata/json-ld';
import { readMetaTags } from '../../src/extract/metadata/meta-tags';

const doc = (head: string, body = '<p>Story text.</p>') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('JSON-LD', () => {
  it('reads a block wrapped in a CDATA section, as MediaWiki and some news CMSs write it', () => {
    const d = doc(`<script type="application/ld+json">
      <![CDATA[
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry service resumes","datePublished":"2015-10-15T02:19:15Z","author":{"@type":"Person","name":"Ana Lima"}}
      ]]>
    </script>`);
    const ld = readLinkedData(d);
    expect(ld.headline).toBe('Ferry service resumes');
    expect(ld.datePublished).toBe('2015-10-15T02:19:15Z');
    expect(ld.authors).toEqual(['Ana Lima']);
  });

  it('follows an author given as an {"@id"} reference to a Person node elsewhere in the @graph, as Yoast SEO writes it', () => {
    const d = doc(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","headline":"Fridays for Future","author":{"@id":"https://example.org/#/schema/person/70"},"datePublished":"2019-09-20T10:00:00+00:00"},
      {"@type":"Person","@id":"https://example.org/#/schema/person/70","name":"flerche"}]}</script>`);
    expect(readLinkedData(d).authors).toEqual(['flerche']);
  });
});

describe('an author named by first name only', () => {
  const yoast = (name: string, description: string) => doc(`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"${name}","description":"${description}"}]}</script>`);

  it('takes the full name the author\'s bio opens with (Yoast writes the display name and the profile bio)', () => {
    expect(readLinkedData(yoast('Stefanus', 'Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.')).authors).toEqual(['Stefanus Stahl']);
    expect(readLinkedData(yoast('Nils', 'Nils Pickert ist freier Autor und Journalist.')).authors).toEqual(['Nils Pickert']);
  });

  it('keeps the name when the bio does not open with it, or the name is already full', () => {
    expect(readLinkedData(yoast('Nils', 'Freier Autor und Journalist.')).authors).toEqual(['Nils']);
    expect(readLinkedData(yoast('Anna Berg', 'Anna Berg Schmidt schreibt über Reisen.')).authors).toEqual(['Anna Berg']);
  });
});

describe('organisations as authors', () => {
  const wiki = `<script type="application/ld+json">{"@type":"Article","name":"New Zealand","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"}}</script>`;

  it('names the organisation a wiki article credits when the page names no person', () => {
    const d = doc(wiki);
    expect(combineMetadata(readMetadata(d, 'https://en.example.org/wiki/New_Zealand'), {}, d.title).authors).toEqual(['Contributors to Wikimedia projects']);
  });

  it('prefers a person from the visible byline over an organisation in JSON-LD', () => {
    const d = doc(wiki, '<div class="byline">By Ana Lima</div><p>Story text.</p>');
    expect(combineMetadata(readMetadata(d, 'https://en.example.org/wiki/New_Zealand'), {}, d.title).authors).toEqual(['Ana Lima']);
  });
});

describe('meta tags', () => {
  it('reads RDFa attributes that name several properties at once ("x:title dc:title")', () => {
    const m = readMetaTags(doc('<meta property="x:title dc:title" content="Ferry service resumes"><meta property="dc:creator twitter:site_name" content="Ana Lima">'));
    expect(m.title).toBe('Ferry service resumes');
    expect(m.authors).toBe('Ana Lima');
  });

  it('prefers Dublin Core over og:title and a plain author tag, and property= over name= spellings', () => {
    const m = readMetaTags(doc(`<meta name="og:title" content="Name og title"><meta property="og:title" content="Property og title">
      <meta name="author" content="Web Team"><meta name="DC.creator" content="Name DC creator"><meta property="dc:creator" content="Ana Lima">
      <meta property="dc:title" content="Ferry service resumes">`));
    expect(m.title).toBe('Ferry service resumes');
    expect(m.authors).toBe('Ana Lima');
  });

  it('reads the author from the Twitter card label pair Yoast SEO writes ("Written by" / "Verfasst von" + twitter:data1)', () => {
    expect(readMetaTags(doc('<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">')).authors).toBe('Karoline Herr');
    expect(readMetaTags(doc('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">')).authors).toBeNull();
  });

  it('treats "DC.date.issued" and "dc:date:issued" as the same key', () => {
    expect(readMetaTags(doc('<meta name="DC.date.issued" content="2021-03-04">')).published).toBe('2021-03-04');
  });
});

describe('published date in the publisher\'s time zone', () => {
  it('keeps the local spelling when JSON-LD gives the same moment in UTC, so the calendar day is the one printed on the page', () => {
    const d = doc(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-02-24T01:18:13Z"}</script>
      <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`);
    expect(readMetadata(d, 'https://example.com/news/ferry').publishedTime).toBe('2017-02-23T17:18:13-08:00');
  });

  it('keeps the JSON-LD date when the other source is a different moment or is itself UTC', () => {
    expect(inLocalTime('2017-02-24T01:18:13Z', '2017-02-25T17:18:13-08:00')).toBe('2017-02-24T01:18:13Z');
    expect(inLocalTime('2017-02-24T01:18:13Z', '2017-02-24T01:18:13+00:00')).toBe('2017-02-24T01:18:13Z');
  });
});

describe('published day from the URL for UTC timestamps near midnight', () => {
  it('takes /2020/02/24/ from the URL over "2020-02-25T02:25:54Z", the same evening in New York', () => {
    const d = doc('<meta property="article:published_time" content="2020-02-25T02:25:54Z">');
    expect(readMetadata(d, 'https://news.example.com/2020/02/24/press-secretary-exits/').publishedTime).toBe('2020-02-24');
  });

  it('keeps the timestamp when no time zone could make the URL day agree, or the URL has no date', () => {
    expect(publisherDay('2020-02-25T12:25:54Z', '2020-02-24')).toBe('2020-02-25T12:25:54Z');
    expect(publisherDay('2020-02-25T02:25:54Z', null)).toBe('2020-02-25T02:25:54Z');
    expect(publisherDay('2020-02-25T02:25:54-05:00', '2020-02-24')).toBe('2020-02-25T02:25:54-05:00');
  });
});
