/**
 * What a blog or news template writes around a story without class names that say so: appeals to follow, share or
 * subscribe, lines about the post, and "more on this" headings left without their links. The reader sees the story alone.
 */
import { describe, expect, it } from 'vitest';
import type { RemovalReason } from '../../src/extract/article';
import { collectRelatedLinks } from '../../src/extract/related-links';
import { parseHtml } from '../../src/node/parse-html';
import { article, newsPage, PAGE_URL, STORY } from './news-page';

function expectWholeStory(text: string) {
  for (const p of STORY) expect(text).toContain(p);
}

/** The block set under the story leaves the article, for the reason given, and the story stays whole. */
function expectGoneAfterStory(block: string, reason: RemovalReason) {
  const a = article(newsPage({ afterStory: block }));
  expect(a.textContent).not.toContain(block.replace(/<[^>]+>/g, '').slice(0, 20));
  expectWholeStory(a.textContent);
  expect(a.removed.some((r) => r.reason === reason)).toBe(true);
}

/** A story paragraph that opens like one of these lines stays. */
function expectStorySentenceKept(sentence: string) {
  const a = article(newsPage({ inserts: { 2: `<p>${sentence}</p>` } }));
  expect(a.textContent).toContain(sentence);
}

/** The block set under the story stays in the article: each of `shown` is in its text. */
function expectKeptAfterStory(block: string, ...shown: string[]) {
  const a = article(newsPage({ afterStory: block }));
  for (const text of shown) expect(a.textContent).toContain(text);
}

describe('appeals written into the story', () => {
  it.each([
    '<p><strong>Follow The Coast Post on Twitter and Instagram @CoastPost and on Facebook.</strong></p>',
    '<p>For the latest stories and breaking news updates download the Coast Post app.</p>',
    '<p><em>If you enjoyed reading this post, consider supporting our work.</em></p>',
    '<h4>Artikel gefallen? Vergiss nicht zu teilen!</h4>',
    '<div><strong>Möchten Sie den Artikel teilen?</strong></div>',
    '<p><strong>¿Ya sabías que en Coast Post tenemos canal de Telegram?</strong> Únete aquí.</p>',
    '<p><strong>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</strong></p>',
    '<p>To view the full story, please subscribe to the Coast Post.</p>',
    '<p><strong>Abonnieren Sie unseren Newsletter</strong> und erhalten Sie jeden Morgen die wichtigsten Nachrichten.</p>',
  ])('removes the appeal %s and keeps every paragraph of the story', (appeal) => {
    const a = article(newsPage({ inserts: { 5: appeal } }));
    const words = appeal.replace(/<[^>]+>/g, '').slice(0, 25);
    expect(a.textContent).not.toContain(words);
    expectWholeStory(a.textContent);
  });

  it('keeps a story paragraph whose sentence links to the site’s channel (“… and subscribe to our YouTube channel for video updates”)', () => {
    const intro =
      '<p><b>At Coast Post we report on the harbour every week. </b><a href="https://www.linkedin.com/company/coastpost/"><b>Follow us</b></a><b> to stay up to date on the repairs. In this edition: the deck, the cables and the cycle lane. Check back for regular roundups and </b><a href="https://www.youtube.com/coastpost"><b>subscribe to our YouTube channel</b></a><b> for video updates.</b></p>';
    const a = article(newsPage({ inserts: { 0: intro } }));
    expect(a.textContent).toContain('At Coast Post we report on the harbour every week.');
    expectWholeStory(a.textContent);
  });
});

describe('lines about the post and notes about its standing', () => {
  it.each<[string, RemovalReason]>([
    ['<div class="entry-utility">This entry was posted in <a href="/c/news">News</a> and tagged <a href="/t/bridge">bridge</a>. Bookmark the <a href="/p">permalink</a>.</div>', 'post-meta'],
    ['<p class="postmetadata alt"><small>Der Beitrag wurde am Dienstag, 9. April 2024 um 10:15 veröffentlicht und wurde unter <a href="/k">Verkehr</a> abgelegt.</small></p>', 'post-meta'],
    ['<p>Kommentare geschlossen</p>', 'post-meta'],
    ['<section id="kommentare"><p>Keine Kommentare\n(Kommentare erscheinen erst nach unserer Freigabe)</p></section>', 'post-meta'],
    ['<span class="post-ratings"><strong>War der Artikel nützlich?</strong> (Noch keine Bewertungen)</span>', 'post-meta'],
    ['<p>Category : Press Releases</p>', 'post-meta'],
    ['<div class="article-meta">24.01.2019 11:38<strong>Kategorie:</strong> News</div>', 'post-meta'],
    ['<div class="postmetadata">Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter <a href="/k/linux">Linux</a>, <a href="/k/tut">Tutorials</a>.</div>', 'post-meta'],
    ['<div class="column community-notice">Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</div>', 'disclaimer'],
    ['<p><em>This article is the copyrighted property of the Coast Post. Written permission must be obtained before reprint in online or print media.</em></p>', 'disclaimer'],
    ['<div><strong>Coast Post</strong> is not responsible for the opinions, statements or media content presented by contributors. <a href="/contact">Report abuse</a>.</div>', 'disclaimer'],
    ['<p><em>*Werbung. Dieser Beitrag enthält Werbung für Harbour Tours.</em></p>', 'disclaimer'],
    ['<p><span><em>(Alle Angaben ohne Gewähr)</em></span></p>', 'disclaimer'],
  ])('removes %s as %s', (block, reason) => expectGoneAfterStory(block, reason));

  it('keeps a list of details whose first field is a category (“Kategorie: … Optik: … ISO-Zahl: …”)', () => {
    const details = '<h3>Detailangaben</h3><ul><li>Kategorie: <a href="/kategorie/erste-versuche">Erste Versuche</a></li><li>Art der Aufnahme: Digitalfoto</li><li>Optik: Teleobjektiv</li><li>ISO-Zahl: 640</li></ul>';
    expectKeptAfterStory(details, 'Art der Aufnahme: Digitalfoto', 'ISO-Zahl: 640');
  });

  it.each([
    'No comments were made by the council on the cost of the repairs, which ran slightly under budget.',
    'The port authority is not responsible for the content of the contractor’s report, the council heard on Tuesday.',
    'Filed under seal in federal court in Manhattan, the indictment accuses the contractor of billing for work never done.',
    'Der Beitrag wurde am 1. August 2021 auf 18,36 Euro im Monat erhöht, nachdem die Länder zugestimmt hatten.',
    'Der Eintrag wurde am Mittwoch von der Unesco bestätigt, wie die Stadt mitteilte.',
    'Category: Best Picture. The academy named the harbour film its winner on Sunday night.',
    'Erstellt am Computer, zeigt das Bild die Brücke, wie sie nach der Sanierung aussehen soll.',
    'The company said it is not responsible for the views of its users, a position the court rejected on Monday.',
    '“We are not responsible for the opinions of our guests,” the broadcaster said in a statement on Friday.',
  ])('keeps a story sentence that merely starts like one: %s', (sentence) => expectStorySentenceKept(sentence));

  it('keeps a story paragraph that holds the phrase in a link (“The documents, <a>filed under seal</a> last week, …”)', () => {
    const a = article(newsPage({ inserts: { 2: '<p>The documents, <a href="/docs">filed under seal</a> last week, show the contractor billed the city twice.</p>' } }));
    expect(a.textContent).toContain('last week, show the contractor billed the city twice.');
  });
});

describe('a layout section named for the ads it also holds', () => {
  it('keeps the standfirst in a section named “o-section--has-ads”', () => {
    const standfirst = 'Blue Harbour presents the third edition of the bridge festival on the newly reopened deck.';
    const page = newsPage().replace('<h1>Harbour bridge reopens after repairs</h1>', `<section class="o-section o-section--has-ads"><header><h1>Harbour bridge reopens after repairs</h1><h2>${standfirst}</h2></header></section>`);
    const a = article(page);
    expect(a.textContent).toContain(standfirst);
  });
});

describe('“more on this” headings', () => {
  it('removes a “Mehr Themen:” heading that ends the story while its teasers sit in another block', () => {
    const a = article(newsPage({ afterStory: '<p><strong>Mehr Themen:</strong></p>' }));
    expect(a.textContent).not.toContain('Mehr Themen');
    expectWholeStory(a.textContent);
  });

  it('keeps a “Further reading” heading over a list of book titles without links: it heads a section of the page', () => {
    const reading = '<h2>Further reading</h2><ul><li>Bateman, David, ed. (2005). Illustrated Encyclopedia of Harbour Bridges. Coast Press.</li><li>Ortiz, Lena (2019). Cables and Decks. Harbour Books.</li></ul>';
    expectKeptAfterStory(reading, 'Further reading', 'Cables and Decks');
  });

  const seeAlsoList = '<ul><li><a href="/wiki/Harbour_bridges_of_the_coast">Harbour bridges of the coast</a></li><li><a href="/wiki/List_of_cable-stayed_bridges">List of cable-stayed bridges</a></li></ul>';
  it('keeps a wiki’s “See also [edit]” section: the edit link beside the heading is its own control, not its list', () => {
    const heading = '<h2><span class="mw-headline" id="See_also">See also</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&section=6">edit</a>]</span></h2>';
    expectKeptAfterStory(heading + seeAlsoList, 'See also', 'List of cable-stayed bridges');
  });

  it('leaves in place a wiki heading that sits beside its edit link in a wrapper, its list after the wrapper', () => {
    const section = '<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2><span class="mw-editsection">[<a href="/w/index.php?action=edit&section=6">edit</a>]</span></div>';
    const { document } = parseHtml(newsPage({ afterStory: section + seeAlsoList }), PAGE_URL);
    const { blocks } = collectRelatedLinks(document, PAGE_URL);
    expect(blocks.some((b) => b.textContent?.includes('See also'))).toBe(false);
  });

  it('still moves a “See also” heading over story links, without an edit link, into the related list', () => {
    const a = article(newsPage({ afterStory: `<h2>See also</h2>${seeAlsoList}` }));
    expect(a.textContent).not.toContain('See also');
    expect(a.relatedLinks.map((l) => l.title)).toContain('List of cable-stayed bridges');
    expectWholeStory(a.textContent);
  });

  it('still moves a related module whose links include a bracketed one (“[Video]”, “[more]”) into the related list', () => {
    const related = '<h3>Related stories</h3><p><a href="/video/bridge-reopening">[Video]</a></p><ul><li><a href="/news/ferry-timetable">Ferry timetable changes</a></li><li><a href="/news/cycle-lane">Cycle lane plans</a></li></ul><p><a href="/topic/harbour">[more]</a></p>';
    const a = article(newsPage({ afterStory: related }));
    expect(a.textContent).not.toContain('Related stories');
    expect(a.textContent).not.toContain('[Video]');
    expect(a.textContent).not.toContain('[more]');
    expect(a.relatedLinks.map((l) => l.title)).toContain('Cycle lane plans');
    expectWholeStory(a.textContent);
  });

  it('moves an “Auch lesen:” paragraph, its lead-in in bold, into the related list', () => {
    const also = '<p><em><strong>Auch lesen: </strong></em><a href="/news/ferry-timetable-changes">Neuer Fahrplan für die Hafenfähre</a></p>';
    const a = article(newsPage({ inserts: { 3: also } }));
    expect(a.textContent).not.toContain('Auch lesen');
    expect(a.relatedLinks.map((l) => l.title)).toContain('Neuer Fahrplan für die Hafenfähre');
    expectWholeStory(a.textContent);
  });
});
