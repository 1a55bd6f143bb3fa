/** Stories signed at their end instead of under the headline: the signature is the author when nothing else names one. */
import { describe, expect, it } from 'vitest';
import { article, newsPage, STORY } from './news-page';

const authorsOf = (html: string) => article(html).authors;

describe('a story signed at its end', () => {
  it('takes the writer’s name set in bold or italics right after the last paragraph', () => {
    expect(authorsOf(newsPage({ afterStory: '<p><b><i>Stefan Wasmer</i></b></p>' }))).toEqual(['Stefan Wasmer']);
    expect(authorsOf(newsPage({ afterStory: '<p class="clearfix"> <strong>Marina Mucha</strong> </p>' }))).toEqual(['Marina Mucha']);
  });

  it('still takes it when a book’s details or a footnote stand between or after', () => {
    const book = '<p><strong>Nikole Hannah-Jones (Hrsg.)<br>1619 - Eine neue Geschichte der USA</strong><br>Blessing, 816 Seiten</p>';
    expect(authorsOf(newsPage({ afterStory: `${book}<p><strong>Marina Mucha</strong></p>` }))).toEqual(['Marina Mucha']);
    expect(authorsOf(newsPage({ afterStory: '<p align="right"><em>Denis Clerc</em></p><p>(1) Figures from the port authority’s annual report.</p>' }))).toEqual(['Denis Clerc']);
  });

  it('leaves the byline the page prints in charge', () => {
    const page = newsPage({ head: '<meta name="author" content="Jane Doe">', afterStory: '<p><b>Stefan Wasmer</b></p>' });
    expect(authorsOf(page)).toEqual(['Jane Doe']);
  });

  it('does not take a closing greeting or a bold label made of the story’s own words', () => {
    const story = [...STORY.slice(0, 5), `${STORY[5]} It was a good day for the harbour, and after years of waiting the city got its bridge back.`];
    expect(authorsOf(newsPage({ paragraphs: story, afterStory: '<p><strong>Good Day</strong></p>' }))).toEqual([]);
    expect(authorsOf(newsPage({ paragraphs: story, afterStory: '<p><b>After Years</b></p>' }))).toEqual([]);
  });

  it('does not take an interview’s speakers or a guide’s entries, whose bold names head several paragraphs', () => {
    const qa = STORY.flatMap((p, i) => [`<p><strong>${i % 2 ? 'Mara Lind' : 'Tom Berg'}</strong></p>`, `<p>${p}</p>`]);
    expect(authorsOf(newsPage({ paragraphs: [], afterStory: qa.join('') }))).toEqual([]);
    const venues = ['Harbour Kitchen', 'Bridge Bakery', 'Southern Approach', 'Deck Twelve', 'Cable Works', 'Old Toll House'];
    const guide = STORY.flatMap((p, i) => [`<p>${p}</p>`, `<p><b>${venues[i]}</b></p>`]);
    expect(authorsOf(newsPage({ paragraphs: [], afterStory: guide.join('') }))).toEqual([]);
  });

  it('does not take a bold name in the middle of the story, or a person the story is about', () => {
    expect(authorsOf(newsPage({ inserts: { 1: '<p><strong>Anna Kowalski</strong></p>' } }))).toEqual([]);
    const about = [...STORY.slice(0, 5), `${STORY[5]} The mayor, Anna Kowalski, cut the ribbon.`];
    expect(authorsOf(newsPage({ paragraphs: about, afterStory: '<p><strong>Anna Kowalski</strong></p>' }))).toEqual([]);
  });

  it('does not take a photo caption’s or a quote’s name', () => {
    expect(authorsOf(newsPage({ afterStory: '<figure><img src="/a.jpg" alt=""><figcaption><p><b>Anna Kowalski</b></p></figcaption></figure>' }))).toEqual([]);
    expect(authorsOf(newsPage({ afterStory: '<blockquote><p>We waited long enough for this bridge to reopen, and every day of it cost us.</p><p><em>Anna Kowalski</em></p></blockquote>' }))).toEqual([]);
  });
});
