/** Where a page names its author when it has no byline markup: the page patterns each fallback exists for. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { combineMetadata } from '../../src/extract/metadata/combine';
import { copyrightHolder } from '../../src/extract/metadata/copyright';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://blog.example.org/2019/post/');

describe('author from a link to the author archive', () => {
  it('reads a byline that is only a link to /author/NAME/, with no byline class', () => {
    const d = page('<article><h1>Firmenwagen: Leasing oder Finanzierung?</h1><p>Text.</p><p><a href="https://fincompare.example/author/martin/">Martin Junker</a></p></article>');
    expect(authorsOf(d)).toEqual(['Martin Junker']);
  });

  it('keeps only the name from the phrase an author link is written in', () => {
    expect(splitAuthors('Alle Artikel von Tanja Karrasch')).toEqual(['Tanja Karrasch']);
    expect(splitAuthors('View all posts by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('Patrick Allan’s Discussions')).toEqual(['Patrick Allan']);
    expect(splitAuthors('Post author By Helge Fahrnberger')).toEqual(['Helge Fahrnberger']);
  });

  it('does not take an author link from a list of other stories, where the links name several people', () => {
    const d = page('<article><h1>Seven secrets of hotel owners</h1><p>Text.</p></article><div class="most-read"><a href="/author/robert-fisk/">Robert Fisk</a><a href="/author/jane-doe/">Jane Doe</a></div>');
    expect(authorsOf(d)).toEqual([]);
  });
});

describe('author from a personal site\'s copyright line', () => {
  it('names the person of "© 2019 NAME" or "(c) NAME • …" when the page has no byline', () => {
    expect(copyrightHolder('© 2019 Sven Schreivogel')).toEqual(['Sven Schreivogel']);
    expect(copyrightHolder('(c) Johannes Wolf • Weitere Rechte siehe Impressum')).toEqual(['Johannes Wolf']);
    expect(copyrightHolder('Copyright (c) 2012- Gregory Szorc. All rights reserved.')).toEqual(['Gregory Szorc']);
  });

  it('does not name a company as the author', () => {
    expect(copyrightHolder('© 2022 EnBW Energie Baden-Württemberg AG')).toEqual([]);
    expect(copyrightHolder('© 2023 Example Media Group. All rights reserved.')).toEqual([]);
  });

  it('is only a last resort: a byline wins over the footer\'s copyright line', () => {
    const d = page('<article><p class="byline">By Ana Lima</p><p>Story.</p></article><footer><p>© 2019 Sven Schreivogel</p></footer>');
    expect(authorsOf(d)).toEqual(['Ana Lima']);
    expect(authorsOf(page('<article><p>Story.</p></article><footer><p>© 2019 Sven Schreivogel</p></footer>'))).toEqual(['Sven Schreivogel']);
  });
});

describe('byline words that are not names', () => {
  it('rejects a date label left in a byline box ("Veröffentlicht am", "Publiziert am") and a lone "Von"', () => {
    expect(splitAuthors('Veröffentlicht am')).toEqual([]);
    expect(splitAuthors('Publiziert am')).toEqual([]);
    expect(splitAuthors('Von')).toEqual([]);
  });

  it('keeps "von" inside a name and takes an editorial desk a page credits ("Redaktion")', () => {
    expect(splitAuthors('Walter von Aachen')).toEqual(['Walter von Aachen']);
    expect(splitAuthors('von Redaktion')).toEqual(['Redaktion']);
  });
});

describe('names in byline sentences', () => {
  it('drops a social handle after the name ("Williams Perdomo @wperdomod")', () => {
    expect(splitAuthors('Por Williams Perdomo @wperdomod -')).toEqual(['Williams Perdomo']);
  });

  it('does not cut a name at "am", "el", "le" or "on" inside a word ("Williams", "Gelbe")', () => {
    const d = page('<article><h1>Chininum</h1><p>Autor: Redaktion Gelbe Liste Pharmindex</p><p>Body text of the story.</p></article>');
    expect(authorsOf(d)).toEqual(['Redaktion Gelbe Liste Pharmindex']);
    expect(authorsOf(page('<article><h1>Carta</h1><p>Por Williams Perdomo</p><p>Body text.</p></article>'))).toEqual(['Williams Perdomo']);
  });

  it('still reads a date after "on" or "am" as the date, not part of the name', () => {
    const d = page('<article><h1>Harbour</h1><p>Von Max Mustermann am 3. Januar 2020</p><p>Body text.</p></article>');
    expect(readMetadata(d, 'https://example.org/x').publishedTime).toBe('2020-01-03');
    expect(authorsOf(d)).toEqual(['Max Mustermann']);
  });
});

describe('meta author against a byline sentence in the text', () => {
  it('prefers <meta name="author"> over a "von NAME" line elsewhere on the page (a sidebar column, a photo credit)', () => {
    const d = page('<article><h1>Siemens</h1><p>Story text about the company.</p></article><aside><p>von <b>Peter Unfried</b></p></aside>', '<meta name="author" content="Ingo Arzt">');
    expect(authorsOf(d)).toEqual(['Ingo Arzt']);
  });

  it('keeps the "von NAME" line when the meta author is the publication itself', () => {
    const d = page('<article><h1>Wohnungssuche</h1><p>Von Lisa Petrich</p><p>Story text.</p></article>', '<meta name="author" content="Badische Zeitung">');
    expect(readMetadata(d, 'https://www.badische-zeitung.de/wohnungssuche').authors).toEqual(['Lisa Petrich']);
    const e = page('<article><h1>Regierung</h1><p>Von Uta Staschewski</p><p>Story text.</p></article>', '<meta name="author" content="Hanns-Seidel Stiftung">');
    expect(authorsOf(e)).toEqual(['Uta Staschewski']);
  });

  it('keeps a byline element over the meta author', () => {
    const d = page('<article><h1>Siemens</h1><span class="byline">By Jane Doe</span><p>Story text.</p></article>', '<meta name="author" content="Site Editor Desk">');
    expect(authorsOf(d)).toEqual(['Jane Doe']);
  });
});

describe('a byline that names the publication, a photo credit, a Spanish or German "autor" box', () => {
  const authorsAt = (d: Document, url: string) => combineMetadata(readMetadata(d, url), {}, d.title).authors;
  const url = 'https://www.theplanetarypress.com/2020/01/forest-lands/';

  it('takes the person a story credits in its text over a byline naming the site ("By The Planetary Press")', () => {
    const d = page('<article><h1>Forest lands</h1><div class="td-post-author-name">By <a href="/author/wildlyeco/">The Planetary Press</a></div><p>Story text.</p><p><em>Written by: <a href="https://forests.example/">Julie Mollins</a></em></p></article>');
    expect(authorsAt(d, url)).toEqual(['Julie Mollins']);
  });

  it('keeps the site-named byline when the page names no person: the publication is then the author', () => {
    const d = page('<article><h1>Forest lands</h1><div class="td-post-author-name">By <a href="/author/wildlyeco/">The Planetary Press</a></div><p>Story text.</p></article>');
    expect(authorsAt(d, url)).toEqual(['The Planetary Press']);
  });

  it('skips a photo credit set in a byline box ("Bild © hr", "Foto: NAME") and reads the author after it', () => {
    expect(splitAuthors('Bild © hr')).toEqual([]);
    expect(splitAuthors('Foto: Ingo Schneider')).toEqual([]);
    const d = page('<article><h1>Die Minze als Mutmacher</h1><figure><img src="a.jpg"><figcaption class="byline">Bild © hr</figcaption></figure><p>Story text.</p><p class="author">Jana Stein</p></article>');
    expect(authorsOf(d)).toEqual(['Jana Stein']);
  });

  it('reads an author box classed "autor" (div.autor, content-left-autor), as Spanish, Portuguese and German templates spell it', () => {
    expect(authorsOf(page('<article><h1>Polémica por buses</h1><div class="autor"><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div><p>Story text.</p></article>'))).toEqual(['Jacobo Betancur Peláez']);
    expect(authorsOf(page('<article><h1>Ressourcenschutzgesetz</h1><span class="content-left-autor"><a href="/autoren/clara">Clara Löw</a>, <a href="/autoren/siddharth">Siddharth Prakash</a> &amp; <a href="/autoren/klaus">Klaus Jacob</a></span><p>Story text.</p></article>'))).toEqual(['Clara Löw', 'Siddharth Prakash', 'Klaus Jacob']);
  });
});

describe('author from the post author\'s own comment', () => {
  it('names the blogger whose reply WordPress marks "bypostauthor" when the post prints no byline', () => {
    const d = page('<article><h1>Ins neue Jahr</h1><p>Ein Rückblick auf das alte Jahr und ein Ausblick auf das neue.</p></article><ol class="commentlist"><li class="comment comment-author-margit"><p>Alles Gute!</p><cite>Kommentar von <span class="fn">Margit Heumann</span></cite></li><li class="comment byuser comment-author-jancak bypostauthor"><div class="comment-author vcard"><p>Ebenfalls alles Gute!</p><cite>Kommentar von <span class="fn"><a href="http://www.jancak.at">jancak</a></span> — 2019-01-01 @ 00:45</cite></div></li></ol>');
    expect(authorsOf(d)).toEqual(['jancak']);
  });

  it('reads the theme\'s "comment-author" line when the comment has no hCard name', () => {
    const d = page('<article><h1>Deal: Kopfhörer für 19 €</h1><p>Der Deal des Tages.</p></article><div class="comment byuser comment-author-mikenils bypostauthor"><p class="comment-author">MikeNils</p><p>Danke für den Hinweis, ist korrigiert.</p></div>');
    expect(authorsOf(d)).toEqual(['MikeNils']);
  });

  it('reads the name without the "says:" a theme prints after it, and no name from a comment line that holds only "says:"', () => {
    const says = page('<article><h1>Post</h1><p>Text.</p></article><ol><li class="comment bypostauthor"><div class="comment-author"><img class="avatar"> Sarah says:</div></li></ol>');
    expect(authorsOf(says)).toEqual(['Sarah']);
    const saysOnly = page('<article><h1>Post</h1><p>Text.</p></article><ol><li class="comment"><span class="fn">Leser Max</span><ol class="children"><li class="comment bypostauthor"><div class="comment-author"><span class="says">says:</span></div></li></ol></li></ol>');
    expect(authorsOf(saysOnly)).toEqual([]);
  });

  it('does not take a reader\'s reply or a quote inside the post author\'s comment for the author', () => {
    const reply = page('<article><h1>Post</h1><p>Text.</p></article><ol><li class="comment bypostauthor"><div class="comment-meta">Antwort</div><ol class="children"><li class="comment"><cite class="fn">Reader Bob</cite></li></ol></li></ol>');
    expect(authorsOf(reply)).toEqual([]);
    const quote = page('<article><h1>Post</h1><p>Text.</p></article><ol><li class="comment bypostauthor"><blockquote><p>Schöner Text!</p><cite>Max Leser</cite></blockquote><p>Danke!</p></li></ol>');
    expect(authorsOf(quote)).toEqual([]);
  });

  it('keeps the byline over a comment of the post\'s author', () => {
    const d = page('<article><h1>Ins neue Jahr</h1><p class="byline">Von Eva Jancak</p><p>Text.</p></article><ol><li class="comment bypostauthor"><cite><span class="fn">jancak</span></cite></li></ol>');
    expect(authorsOf(d)).toEqual(['Eva Jancak']);
  });
});

describe('a site with no byline', () => {
  const post = '<article><h1>Zeitphilosophie</h1><p>Was ist Zeit? Ein Versuch über Bergson und Heidegger.</p></article>';

  it('names no author from the site\'s name, even where the address spells it: "The Verge", "Le Monde", "Goldman Sachs" are no people', () => {
    expect(authorsAt('https://www.theverge.com/2026/11/20/story')(page(post, '<meta property="og:site_name" content="The Verge">'))).toEqual([]);
    expect(authorsAt('https://www.lemonde.fr/article')(page(post, '<meta property="og:site_name" content="Le Monde">'))).toEqual([]);
    expect(authorsAt('https://www.goldmansachs.com/insights/')(page(post, '<meta property="og:site_name" content="Goldman Sachs">'))).toEqual([]);
  });
});
