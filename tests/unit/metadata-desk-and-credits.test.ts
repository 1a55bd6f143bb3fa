/** Bylines that credit a desk, an agency or more than the words, and byline boxes that list other stories' authors. */
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { copyrightHolder } from '../../src/extract/metadata/copyright';
import { deskCredit } from '../../src/extract/metadata/desk-credit';
import { readMetaTags } from '../../src/extract/metadata/meta-tags';
import { readVisibleByline } from '../../src/extract/metadata/visible-byline';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://news.example.com/2023/11/08/story/');

describe('a byline that credits a desk or an agency', () => {
  it('shows the desk the byline prints when the page names no person ("By Staff and news service reports")', () => {
    expect(authorsOf(page('<article><h1>A new mayor</h1><div class="byline"><a class="author-name" href="/staff/">By Staff and news service reports</a></div><p>Story.</p></article>'))).toEqual(['Staff and news service reports']);
    expect(authorsOf(page('<article><h1>Fans respond</h1><div class="author-name"><span>By Staff Writer</span></div><p>Story.</p></article>'))).toEqual(['Staff Writer']);
  });

  it('gives way to a person named anywhere else on the page', () => {
    const d = page('<article><h1>A new mayor</h1><div class="byline">By Staff Writer</div><p>Story.</p></article>', '<meta name="author" content="Ana Lima">');
    expect(authorsOf(d)).toEqual(['Ana Lima']);
  });

  it('reads an agency credited in a byline line or in the story\'s dateline, with the editor\'s or region\'s code ("det/dpa", "dpa/lno")', () => {
    expect(authorsOf(page('<article><h1>Peking sucht den Superstar</h1><p class="article-date">02. Februar 2022</p><p class="article-date">Von: det/dpa</p><p>Story.</p></article>'))).toEqual(['det/dpa']);
    expect(authorsOf(page('<article><h1>Verhärtete Fronten</h1><p>Hamburg (dpa/lno) – Trotz eines Gespräches zwischen den beiden Seiten bleiben die Fronten verhärtet.</p></article>'))).toEqual(['dpa/lno']);
    expect(authorsOf(page('<article><h1>Ein Fest</h1><p>Berlin (Sonntag) – Trotz des Regens kamen viele Menschen zum Fest in den Park.</p></article>'))).toEqual([]);
  });

  it('reads only desk and agency words, not a sentence or a person', () => {
    expect(deskCredit('By AFP')).toBe('AFP');
    expect(deskCredit('Redaktion und Agenturen')).toBe('Redaktion und Agenturen');
    expect(deskCredit('By Jane Doe')).toBeNull();
    expect(deskCredit('Staff picks of the week')).toBeNull();
    expect(deskCredit('The News')).toBeNull();
  });
});

describe('credit labels and dates around a name', () => {
  it('drops a label crediting the words and the pictures ("Text & Fotos: NAME", "Text, Interview: NAME")', () => {
    expect(splitAuthors('Text & Fotos: Ivan Valetny')).toEqual(['Ivan Valetny']);
    expect(splitAuthors('Text, Interview: Harald Willenbrock')).toEqual(['Harald Willenbrock']);
    expect(splitAuthors('Text und Bild: Eva Maier')).toEqual(['Eva Maier']);
  });

  it('drops the date a German, French or Spanish byline adds after the name ("Author: NAME am 29.12.2010, 13:36 Uhr")', () => {
    expect(splitAuthors('Author: Bo2man am 29.12.2010, 13:36 Uhr')).toEqual(['Bo2man']);
    expect(splitAuthors('Par Claire Dupont le 3 mars 2021')).toEqual(['Claire Dupont']);
  });

  it('takes a blog handle ending in a year where markup says it is the author, not a code in capitals', () => {
    const d = page('<div class="byline">Dezember 10, 2019 · von <span class="author vcard"><a href="/author/freeman1984/" rel="author">freeman1984</a></span></div><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual(['freeman1984']);
    expect(splitAuthors('CC7567', { allowLowercase: true })).toEqual([]);
    expect(splitAuthors('freeman1984')).toEqual([]);
  });

  it('reads the name set after a label element, which the line\'s text glues to the next label ("Fritz ImhofQuelle:")', () => {
    const d = page('<div class="liveArticleAuthorDateBlock"><span class="label">Datum:</span> 19.11.2021 <span class="label">Autor:</span> Fritz Imhof<span class="label">Quelle:</span> Livenet</div><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Fritz Imhof']);
    expect(readVisibleByline(page('<p><span class="label">Autor:</span> Peter Maahn/SP-X</p><p>Story.</p>')).authors).toEqual(['Peter Maahn']);
  });

  it('rejects a placeholder a CMS writes when no author was set ("No Author")', () => {
    expect(splitAuthors('No Author')).toEqual([]);
  });
});

describe('bylines of other stories', () => {
  it('skips the authors a list of other stories names ("fachartikel-listing__item__author") for the story\'s own', () => {
    const d = page('<article><h1>Diversity</h1><div class="info">Von <span>Jörg Staff</span> am <span>16.11.2022</span></div><p>Story.</p></article><div class="fachartikel-listing"><div class="fachartikel-listing__item__author">Von Jörn Mecher am 08.12.2022</div></div>');
    expect(authorsOf(d)).toEqual(['Jörg Staff']);
  });
});

describe('author meta tags', () => {
  it('looks past a twitter:creator handle to Yoast\'s "Written by" field', () => {
    const d = page('', '<meta name="twitter:creator" content="@FrolleinHerr"><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">');
    expect(readMetaTags(d).authors).toBe('Karoline Herr');
  });

  it('does not let a meta "author" that is a phrase ("deinen Hochzeitsbloggern") outrank a labelled byline line', () => {
    const d = page('<article><h1>Neue Hochzeitslokation</h1><p>Story.</p><p><em>Autor: Samuel Diekmann (Sponsored Post)</em></p></article>', '<meta name="author" content="deinen Hochzeitsbloggern">');
    expect(authorsOf(d)).toEqual(['Samuel Diekmann']);
  });
});

describe('copyright lines', () => {
  it('reads "© Copyright NAME" and only capitalized words as a name', () => {
    expect(copyrightHolder('© Copyright Anna Berger')).toEqual(['Anna Berger']);
    expect(copyrightHolder('© 2020 Schnäppchen Blog mit Doktortitel')).toEqual([]);
    expect(copyrightHolder('© 2021 Deutsche Gesellschaft für Sonnenenergie')).toEqual([]);
  });
});

describe('the source a page credits for the story', () => {
  it('names the "Quelle:" or "Herausgeber:" credit when the page names no author', () => {
    expect(authorsOf(page('<article><h1>Autohäuser öffnen wieder</h1><p>Story.</p><p class="text"><em>Quelle: MDR THÜRINGEN/ls</em></p></article>'))).toEqual(['MDR THÜRINGEN/ls']);
    expect(authorsOf(page('<h6>Herausgeber: <a href="/firmen/19">Nordex SE</a></h6><div><h1>Nordex intensiviert Zusammenarbeit</h1><p>Story.</p></div>'))).toEqual(['Nordex SE']);
    expect(authorsOf(page('<article><h1>Alleinerziehende</h1><p>Story.</p><p>Quelle: <a href="https://agency.example">kathpress</a></p></article>'))).toEqual(['kathpress']);
  });

  it('leaves out the date that follows the credit', () => {
    expect(authorsOf(page('<article><h1>Seminar</h1><p>Story.</p><p>Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin</p></article>'))).toEqual(['Deutscher Jagdverband (DJV)']);
  });

  it('gives way to a byline, and never takes a photo credit in a caption', () => {
    expect(authorsOf(page('<article><h1>Story</h1><p class="byline">Von Anna Maier</p><p>Story.</p><p>Quelle: dpa</p></article>'))).toEqual(['Anna Maier']);
    expect(authorsOf(page('<article><h1>Story</h1><figure><img src="a.jpg"><figcaption>Quelle: Pixabay</figcaption></figure><p>Story.</p></article>'))).toEqual([]);
  });
});
