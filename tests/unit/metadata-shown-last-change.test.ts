/** A declared later change that the page prints as the story's date is the date readers take for it. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { shownLastChange } from '../../src/extract/metadata/shown-last-change';

const doc = (head: string, body: string) => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const dateOf = (d: Document) => readMetadata(d, 'https://news.example.org/story').publishedTime?.slice(0, 10);
const declared = (published: string, modified: string) =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Goats","datePublished":"${published}","dateModified":"${modified}"}</script>`;

describe('a declared later change shown as the story\'s date', () => {
  it('takes the updated date the headline block prints when JSON-LD declares it as dateModified', () => {
    const d = doc(declared('2020-01-03T09:48:24Z', '2020-01-06T09:22:36Z'), '<article><h1>Goats</h1><time datetime="2020-01-06T09:22:36Z">Monday, 6 January 2020</time><p>Story.</p></article>');
    expect(dateOf(d)).toBe('2020-01-06');
  });

  it('reads article:modified_time too, and a date line in the text when no element is marked as the date', () => {
    const head = '<meta property="article:published_time" content="2021-11-29T14:13:37+00:00"><meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">';
    expect(dateOf(doc(head, '<article><h1>Fische</h1><div>Christoph Hein</div><div>12.01.2022</div><p>Story.</p></article>'))).toBe('2022-01-12');
  });

  it('takes article:published_time over an earlier JSON-LD datePublished when the page prints it (a republished story)', () => {
    const head = '<meta property="article:published_time" content="2022-01-06T08:29:34"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00Z"}</script>';
    expect(dateOf(doc(head, '<article><h1>Vanlife</h1><div class="article__info-item">06.01.2022</div><p>Story.</p></article>'))).toBe('2022-01-06');
  });

  it('reads the date line right below a standfirst under the headline, but no line further down', () => {
    const head = '<meta property="article:published_time" content="2022-01-06T08:29:34"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00Z"}</script>';
    const standfirst = '<p>Der Traum vieler Vanlife- und Camping-Fans: Einmal durch Schweden! Tipps und Tricks für den Roadtrip.</p>';
    expect(dateOf(doc(head, `<article><h1>Vanlife in Schweden</h1>${standfirst}<div class="article__info-item">06.01.2022</div><p>Story.</p></article>`))).toBe('2022-01-06');
    // A box below the story's first paragraph ("Today" over a date) and a date after two long lines are not the headline's.
    expect(dateOf(doc(head, `<article><h1>Vanlife in Schweden</h1>${standfirst}<div class="box"><h3>Heute</h3><p>06.01.2022</p></div></article>`))).toBe('2022-01-04');
    expect(dateOf(doc(head, `<article><h1>Vanlife in Schweden</h1>${standfirst}${standfirst}<p>06.01.2022</p></article>`))).toBe('2022-01-04');
  });

  it('keeps the publication date when the page prints that one: most pages declare a later change', () => {
    const d = doc(declared('2020-01-03T09:48:24Z', '2020-01-06T09:22:36Z'), '<article><h1>Goats</h1><time datetime="2020-01-03T09:48:24Z">3 January 2020</time><p>Story.</p></article>');
    expect(dateOf(d)).toBe('2020-01-03');
  });

  it('keeps the publication date when the page prints it too, as a bug tracker does ("Opened: … Modified: …")', () => {
    const head = '<meta property="article:published_time" content="2015-09-17T16:57:43+01:00"><meta property="article:modified_time" content="2016-05-08T10:11:51+01:00">';
    const d = doc(head, '<h1>Bug 1255978</h1><table><tr><td>Opened:</td><td>2015-09-17 16:57</td></tr><tr><td>Modified:</td><td><time datetime="2016-05-08T10:11:51+01:00">2016-05-08 10:11</time></td></tr></table><p>Steps.</p>');
    expect(dateOf(d)).toBe('2015-09-17');
  });

  it('never takes a date of the day or a last change printed away from the headline: a masthead, a sidebar, a site footer', () => {
    const head = declared('2019-05-01T10:00:00+02:00', '2023-03-12T09:00:00+01:00');
    const story = '<article><h1>Weir plan</h1><p>The river authority plans to rebuild the weir before winter, with dates, costs and objections.</p></article>';
    expect(dateOf(doc(head, `<header><div class="today">Sunday, March 12, 2023</div></header>${story}`))).toBe('2019-05-01');
    expect(dateOf(doc(head, `${story}<div class="box"><h3>Today</h3><p>12 March 2023</p></div>`))).toBe('2019-05-01');
    expect(dateOf(doc(head, `${story}<div class="site-info">Last updated: March 12, 2023</div>`))).toBe('2019-05-01');
    expect(dateOf(doc(head, `${story}<div id="fuss">Letzte Änderung: 12.03.2023</div>`))).toBe('2019-05-01');
  });

  it('never takes a "Last updated" line as the shown date, even under the headline', () => {
    const head = declared('2019-05-01T10:00:00+02:00', '2023-03-12T09:00:00+01:00');
    expect(dateOf(doc(head, '<article><h1>Weir plan</h1><p>Last updated: March 12, 2023</p><p>Story.</p></article>'))).toBe('2019-05-01');
    expect(dateOf(doc(head, '<article><h1>Weir plan</h1><div><em>Last Updated:</em> March 12, 2023</div><p>Story.</p></article>'))).toBe('2019-05-01');
  });

  it('keeps the publication date when the page prints its local day, the day before a UTC timestamp after midnight', () => {
    const d = doc(declared('2021-01-06T02:00:00Z', '2021-01-08T20:00:00-05:00'), '<article><h1>Weir plan</h1><time datetime="2021-01-08T20:00:00-05:00">Updated January 8, 2021</time><p>Story.</p><p><span>Published</span> <span>January 5, 2021</span></p></article>');
    expect(dateOf(d)).toBe('2021-01-06');
  });

  it('keeps the publication date printed after a label in a long line ("First published on January 5, 2021 at 10:00 am and …")', () => {
    const d = doc(declared('2021-01-05T10:00:00Z', '2021-01-08T12:00:00Z'), '<article><h1>Weir plan</h1><p class="updated">Updated January 8, 2021</p><p>Story.</p><p>First published on January 5, 2021 at 10:00 am and revised since then after comments from readers.</p></article>');
    expect(dateOf(d)).toBe('2021-01-05');
  });

  it('does not take the ticker under a site\'s logo set as an <h1>, nor a teaser\'s date under the headline, for the story\'s date', () => {
    const logo = doc(declared('2019-05-01T09:00:00Z', '2023-03-12T06:00:00Z'), '<header class="site-header"><h1 class="logo">News Example</h1><div class="ticker">12.03.2023</div></header><article><h2>Weir plan</h2><p>Story.</p></article>');
    expect(dateOf(logo)?.slice(0, 10)).toBe('2019-05-01');
    const teaser = doc(declared('2019-05-01T09:00:00Z', '2023-03-12T06:00:00Z'), '<article><h1>Weir plan</h1><div class="teaser"><span>12.03.2023</span></div><p>Story.</p></article>');
    expect(dateOf(teaser)?.slice(0, 10)).toBe('2019-05-01');
  });

  it('keeps the publication date printed after a French label in a long line ("Publié le 4 mai 2015 à 13h36, …")', () => {
    const d = doc(declared('2015-05-04T11:36:00Z', '2015-05-05T08:00:00Z'), '<article><h1>Le barrage</h1><p class="updated">Mis à jour le 5 mai 2015</p><p>Story.</p><p>Publié le 4 mai 2015 à 13h36, cet article a été complété depuis avec les réactions des lecteurs.</p></article>');
    expect(dateOf(d)).toBe('2015-05-04');
  });

  it('keeps the publication date when the printed date is not a declared change, or the change is not later', () => {
    const shown = (date: string | null) => [() => date];
    const printsNothing = () => false;
    expect(shownLastChange('2020-01-03T09:48:24Z', ['2020-01-06T09:22:36Z'], shown('2020-01-08'), printsNothing)).toBeNull();
    expect(shownLastChange('2020-01-03T09:48:24Z', ['2020-01-01'], shown('2020-01-01'), printsNothing)).toBeNull();
    expect(shownLastChange('2020-01-03T09:48:24Z', [null, 'Mi., 26.01.2022 - 14:30'], shown('2022-01-26T14:30'), printsNothing)).toBe('2022-01-26T14:30');
  });

  it('reads the text only when a later change is declared', () => {
    let read = false;
    shownLastChange('2020-01-03', ['2020-01-03T18:00:00Z'], [() => ((read = true), '2020-01-03')], () => false);
    expect(read).toBe(false);
  });
});
