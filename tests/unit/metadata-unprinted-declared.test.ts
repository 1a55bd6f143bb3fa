/** A declared author (JSON-LD, <meta name=author>) that the page never prints, against the byline readers see. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { page } from './metadata-page';

const ld = (name: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name } })}</script>`;
const url = 'https://news.example.com/2023/story';
const story = '<p>A 15-year-old driver was killed and a passenger was hurt in a crash on Tuesday night, police said.</p>';
const authors = (body: string, head: string) => readMetadata(page(body, head), url).authors;

describe('a declared author the page never prints', () => {
  it('yields to the byline the page prints (a web producer\'s account in JSON-LD, the reporters on the page)', () => {
    const byline = '<div class="article-header__byline">By <a rel="author" href="/author/jessica-holly/">Jessica Holly</a>, <a rel="author" href="/author/gail-levy/">Gail Levy</a></div>';
    expect(authors(`<h1>Crash</h1>${byline}${story}`, ld('Kathleen Ditton'))).toEqual(['Jessica Holly', 'Gail Levy']);
  });

  it('yields to a labelled credit and to an interview\'s credit line ("Ein Interview von NAME mit GUEST")', () => {
    const credits = '<dl><dt>Auteur</dt><dd><a href="/fr/staff/uriel-gadessaud/">Uriel Gadessaud</a></dd></dl>';
    expect(authors(`<h1>Démographie</h1>${credits}${story}`, ld('Gilles Gressani'))).toEqual(['Uriel Gadessaud']);
    const interview = '<p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>';
    expect(authors(`<h1>Interview mit Sonja Silberhorn</h1>${interview}${story}`, `${ld('Paul Soldan')}<meta name="author" content="Paul Soldan">`)).toEqual(['Eugen Zentner']);
  });

  it('yields when it is a login, which no page prints as a name ("sarah-indra", the translator\'s account)', () => {
    const box = '<div class="author"><p>Autor <span>Mark Newton:</span></p>\n<div class="version">\n<a href="https://en.example.org/clickbait/">EN</a>\n</div>\n<p>\nÜbersetzung <span><a href="/author/sarah-indra/">Sarah-Indra Jungblut</a></span>, 12.12.22</p></div>';
    expect(authors(`<h1>Clickbait</h1>${box}${story}`, ld('sarah-indra'))).toEqual(['Mark Newton']);
  });

  it('stays when the page prints it anywhere, even below the story in an author box', () => {
    expect(authors(`<h1>Crash</h1><div class="byline">By Gail Levy</div>${story}<p class="bio">Kathleen Ditton covers Miami-Dade.</p>`, ld('Kathleen Ditton'))).toEqual(['Kathleen Ditton']);
  });

  it('stays against a byline that names no person: a desk ("Redaktion"), a reviewer\'s credit, garbled initials', () => {
    expect(authors(`<h1>Dorsch</h1><div class="ap-author-meta">Redaktion</div>${story}`, ld('Jannik Westerkamp'))).toEqual(['Jannik Westerkamp']);
    expect(authors(`<h1>Zufriedenheit</h1><a class="card" href="/author/stefanfraedrich/">Geprüft von Dr. med. Stefan Frädrich</a>${story}`, ld('Ana Renz'))).toEqual(['Ana Renz']);
    expect(authors(`<h1>Gobierno</h1><div class="author">e. barreneche / J. I. da silva</div>${story}`, ld('Eduardo Barreneche'))).toEqual(['Eduardo Barreneche']);
  });

  it('stays against a "von NAME" in a sidebar, a comment\'s "Posted by", or a photographer\'s credit', () => {
    const head = `${ld('Ingo Arzt')}<meta name="author" content="Ingo Arzt">`;
    expect(authors(`<h1>Siemens</h1>${story}<aside><p>von <b>Peter Unfried</b></p></aside>`, head)).toEqual(['Ingo Arzt']);
    expect(authors(`<h1>Siemens</h1>${story}<div class="comments"><p>Posted by Max Roe</p></div>`, head)).toEqual(['Ingo Arzt']);
    expect(authors(`<h1>Siemens</h1><figure><img src="a.jpg"><figcaption><span class="author-name">Anna Bild</span></figcaption></figure>${story}`, head)).toEqual(['Ingo Arzt']);
  });

  it('stays against bylines that are not this story\'s: another story\'s box, a sidebar widget, a book\'s or a poem\'s credit in the story, an account ("Admin Team")', () => {
    const head = ld('Jane Roe');
    const long = '<p>The council met on Tuesday to discuss the new station, and after a long debate it postponed its decision to the autumn session, when the budget will be known.</p>';
    expect(authors(`<h1>Station</h1>${long}<section class="more-stories"><article><h3><a href="/b">Other story</a></h3><span class="author">Peter Pan</span></article></section>`, head)).toEqual(['Jane Roe']);
    expect(authors(`<h1>Station</h1>${long}<div class="widget"><h3><a href="/b">Other headline</a></h3><p>By Peter Pan</p></div>`, head)).toEqual(['Jane Roe']);
    expect(authors(`<h1>Review</h1>${long}<p><em>The Testaments</em><br>By Margaret Atwood<br>Chatto and Windus</p>${long}`, head)).toEqual(['Jane Roe']);
    expect(authors(`<h1>Poems</h1>${long}<p>The Road Not Taken<br>By Robert Frost</p>${long}`, head)).toEqual(['Jane Roe']);
    expect(authors(`<h1>Station</h1><p class="byline">Posted by Admin Team</p>${long}`, head)).toEqual(['Jane Roe']);
  });

  it('stays against a sentence about an interview ("Ein Interview von A mit B erschien gestern …")', () => {
    const sentence = '<p>Ein Interview von Anna Berg mit Peter Müller erschien gestern im Spiegel.</p>';
    expect(authors(`<h1>Medien</h1>${sentence}${story}`, ld('Jane Roe'))).toEqual(['Jane Roe']);
  });

  it('stays against a photographer\'s credit under the lead image ("PAP/ Rafał Guz" in an image-author box)', () => {
    const photo = '<header><h1>Fundusze</h1><picture><img src="/sejm.jpg" alt=""></picture><div class="article__image-desc">Posłowie w Sejmie</div><div class="article__image-author">PAP/ Rafał Guz</div></header>';
    expect(authors(`${photo}${story}`, ld('Michał Kolanko'))).toEqual(['Michał Kolanko']);
    const plain = '<header><h1>Fundusze</h1><picture><img src="/sejm.jpg" alt=""></picture><div class="article__image-author">Rafał Guz</div></header>';
    expect(authors(`${plain}${story}`, ld('Michał Kolanko'))).toEqual(['Michał Kolanko']);
  });
});
