/** Byline labels whose name sits in an element of its own: a credits box, an author card, a group's name. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { readVisibleByline } from '../../src/extract/metadata/visible-byline';
import { page } from './metadata-page';

const story = '<p>Der Stadtrat hat am Dienstag über den neuen Bahnhof beraten und eine Entscheidung vertagt.</p>';
const byline = (body: string) => readVisibleByline(page(body)).authors;

describe('a label over an author card', () => {
  it('reads no link label, feed, social profile or editor in the card as a co-author', () => {
    const card = '<span>Published By</span><div class="card"><a href="/author/jane-doe/">Jane Doe</a><p>Jane Doe reports on transport and city politics for the paper.</p><a href="/author/jane-doe/">All Posts</a> <a href="/author/jane-doe/feed/">RSS</a> <a href="https://twitter.com/janedoe" aria-label="Twitter profile">Twitter</a> <span>Edited by</span> <a href="/author/mark-roe/">Mark Roe</a> <a href="/authors/">See All Authors</a></div>';
    expect(byline(`<h1>Bridge</h1>${story}${card}`)).toEqual(['Jane Doe']);
  });

  it('reads no "von" or "by" cell of a table or term list as a byline, profile link or not', () => {
    expect(byline(`<h1>Bahnhof</h1>${story}<table><tr><td>von</td><td><a href="/user/karl.12/">Karl Heinz</a></td></tr></table>`)).toEqual([]);
    expect(byline(`<h1>Bahnhof</h1>${story}<dl><dt>By</dt><dd><a href="/staff/">Our Staff Directory</a></dd></dl>`)).toEqual([]);
  });

  it('reads the card\'s profile link under "Published By", not its bio or its follow button', () => {
    const card = '<h3 class="published_by">Published By</h3><span><div class="mini-profile"><img alt="Inga Hoeltmann"><h3><a href="https://de.example.com/in/ingahoeltmann" aria-label="View profile for Inga Hoeltmann">Inga Hoeltmann</a></h3><h4>Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen</h4></div><a href="/login">Follow</a></span>';
    expect(byline(`<h1>Hochzeit im Wendland</h1>${story}${card}`)).toEqual(['Inga Hoeltmann']);
  });

  it('keeps every name of a long list of profile links after "By", not only the first', () => {
    const list = '<span>By</span><span><a href="/author/anna/">Anna Longname-Berger</a>, <a href="/author/bert/">Bert Beispielmann</a> and <a href="/author/carla/">Carla Mustermann-Roe</a></span>';
    expect(byline(`<h1>Bridge</h1>${list}${story}`)).toEqual(['Anna Longname-Berger', 'Bert Beispielmann', 'Carla Mustermann-Roe']);
  });

  it('reads a term "Auteur" whose value links to the person\'s profile; a review\'s book author stays out', () => {
    expect(byline(`<h1>Démographie</h1><dl><dt>Auteur</dt><dd><a href="/fr/staff/uriel-gadessaud/">Uriel Gadessaud</a></dd></dl>${story}`)).toEqual(['Uriel Gadessaud']);
    expect(byline(`<h1>Buchtipp</h1>${story}<dl><dt>Autor</dt><dd>Daniel Kehlmann</dd></dl>`)).toEqual([]);
  });

  it('reads a group as the author, the particles of its name not counted as words ("Les Membres du Choeur de Radio France")', () => {
    expect(byline(`<h1>Pétition</h1><div><div class="mo-label">Auteur :</div><div class="mo-label">Auteur(s) :</div><div class="mo-author"><strong>Les Membres du Choeur de Radio France</strong></div></div>${story}`)).toEqual(['Les Membres du Choeur de Radio France']);
    expect(splitAuthors('Alpha Beta Gamma Delta Epsilon Zeta Theta')).toEqual([]);
    expect(splitAuthors('Claudio Kummerfeld Twitter Account von Claudio Kummerfeld')).toEqual([]);
  });
});

describe('what is not the story\'s byline', () => {
  it('never takes a photo licence\'s credit for the author, even marked author-name', () => {
    const licence = '<div class="license-info"><a href="https://creativecommons.org/licenses/by-nd/2.0/">CC</a> <span class="author-name"><a href="https://commons.wikimedia.org/wiki/File:Mouse.jpg">Nenad Stojkovic</a></span></div>';
    expect(byline(`<h1>Clickbait</h1>${licence}<div class="author"><p>Autor <span>Mark Newton:</span></p></div>${story}`)).toEqual(['Mark Newton']);
  });

  it('still reads the byline of a headline box or a meta list a template calls "caption"', () => {
    expect(byline(`<header><div class="caption"><h1>Strava-Update</h1><h2>Karten mit mehr Infos</h2><ul class="author"><li>Stefan Loibl</li></ul></div></header>${story}`)).toEqual(['Stefan Loibl']);
    expect(byline(`<article><header><h1>Budget</h1><ul class="caption meta"><li class="author" itemprop="author"><span itemprop="name"><a href="/author/hazel-sheffield">Hazel Sheffield</a></span></li></ul></header>${story}</article>`)).toEqual(['Hazel Sheffield']);
  });

  it('reads "Ein Interview von NAME mit GUEST" as the interviewer\'s byline, and no "Von A mit B" history line as one', () => {
    expect(byline(`<h1>Interview</h1><p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>${story}`)).toEqual(['Eugen Zentner']);
    expect(byline(`<h1>Über uns</h1><p><span class="lead">Von PUBLIC VOICE mit osAlliance zur ALLMENDA nach fairkom</span></p>${story}`)).toEqual([]);
  });

  it('reads a site\'s initials as the site ("JF" on "Junge Freiheit") and names the person the page credits instead', () => {
    const head = '<meta property="og:site_name" content="JUNGE FREIHEIT">';
    const withPerson = page(`<h1>Kreuzkette</h1><ul><li class="post-meta--author"><a href="/author/redaktion/">JF</a></li></ul><p class="byline">Von Boris T. Kaiser</p>${story}`, head);
    expect(readMetadata(withPerson, 'https://jungefreiheit.de/kommentar/2019/kreuzkette/').authors).toEqual(['Boris T. Kaiser']);
    const initialsOnly = page(`<h1>Kreuzkette</h1><ul><li class="post-meta--author"><a href="/author/redaktion/">JF</a></li></ul>${story}`, head);
    expect(readMetadata(initialsOnly, 'https://jungefreiheit.de/kommentar/2019/kreuzkette/').authors).toEqual(['JF']);
  });
});
