/** Bylines and dates a reader can see, found without a selector scan per pattern (the page patterns they exist for). */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { collectCandidates } from '../../src/extract/metadata/candidates';
import { forEachText } from '../../src/extract/metadata/text-nodes';
import { readVisibleByline } from '../../src/extract/metadata/visible-byline';

const doc = (body: string, head = '') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('visible byline', () => {
  it('reads a WordPress entry-meta byline sentence split across links: "By <a>Name</a> on <time>"', () => {
    const d = doc('<article><h1>Harbour ferry returns</h1><div class="meta"><span>By <a href="/author/jane">Jane Doe</a> on March 4, 2019</span></div><p>Story text.</p></article>');
    const v = readVisibleByline(d);
    expect(v.authors).toEqual(['Jane Doe']);
    expect(v.published).toBe('2019-03-04');
  });

  it('does not read an author box’s bio sentence as a list of authors', () => {
    const d = doc('<article><h1>Harbour ferry returns</h1><p>Story text.</p><section class="post-author__bio"><p>Hallo, ich bin Lena und schreibe hier seit vielen Jahren über Brücken, Fähren und alles, was die Stadt bewegt.</p></section></article>');
    expect(readVisibleByline(d).authors).toEqual([]);
  });

  it('reads itemprop=author name and a time[datetime] in the article header', () => {
    const d = doc('<article><header><span itemprop="author" itemscope><span itemprop="name">Ana Lima</span></span><time datetime="2020-01-06T09:00:00Z">6 January</time></header><p>Text</p></article>');
    const v = readVisibleByline(d);
    expect(v.authors).toEqual(['Ana Lima']);
    expect(v.published).toBe('2020-01-06T09:00:00Z');
  });

  it('takes a lowercase username marked as an hCard name ("<span class=\'author vcard fn\'>oz</span>")', () => {
    const d = doc('<h1 class="entry-title">Top 100 Metal Vocalists</h1><p class="headline_meta">by <span class="author vcard fn">oz</span> on December 4, 2006</p><p>Text</p>');
    expect(readVisibleByline(d).authors).toEqual(['oz']);
    expect(splitAuthors('Brenda Goodman, MA', { allowLowercase: true })).toEqual(['Brenda Goodman']);
  });

  it('ignores a comment author and takes the article byline class', () => {
    const d = doc('<div class="byline">von Max Mustermann</div><section class="comments"><span class="author">Troll 42</span></section>');
    expect(readVisibleByline(d).authors).toEqual(['Max Mustermann']);
  });
});

describe('candidate walk', () => {
  it('keeps document order and finds head <meta itemprop=datePublished>', () => {
    const d = doc('<p class="post-author">A</p><time datetime="2019-01-01">x</time><span class="entry-date">y</span>', '<meta itemprop="datePublished" content="2019-01-01">');
    const c = collectCandidates(d);
    expect(c.byline.map((e) => e.className)).toEqual(['post-author']);
    expect(c.date.map((e) => e.tagName)).toEqual(['META', 'TIME', 'SPAN']);
  });

  it('visits text nodes in order, skipping scripts and styles', () => {
    const d = doc('<p>one <b>two</b></p><script>var x</script><style>p{}</style><div>three</div>');
    const seen: string[] = [];
    forEachText(d.body, (_n, t) => void seen.push(t));
    expect(seen).toEqual(['one', 'two', 'three']);
  });
});

describe('visible byline: more page patterns', () => {
  it('reads a labelled author line "Autor: NAME" or "Von: NAME" with no byline class', () => {
    expect(readVisibleByline(doc('<div class="news-text">Autor: <a href="/rechtsanwalt/">Rechtsanwalt</a> Sebastian Einbock</div>')).authors.join(' ')).toContain('Sebastian Einbock');
    expect(readVisibleByline(doc('<p><b>Von:</b> <br> <br> Götz Warnke</p><p>Text</p>')).authors).toEqual(['Götz Warnke']);
  });

  it('does not read a sentence that starts with the word "Text" as a byline', () => {
    expect(readVisibleByline(doc('<p>Text Message Scams Are Rising</p>')).authors).toEqual([]);
  });

  it('reads a German blog line "Blog Beitrag von NAME"', () => {
    const d = doc('<div class="field-item"><p>Blog Beitrag von Margarita Koreneva</p><p>Text</p></div>');
    expect(readVisibleByline(d).authors).toEqual(['Margarita Koreneva']);
  });

  it('reads a BEM-named author box such as "header-info__authors"', () => {
    const d = doc('<div class="header-info"><div class="header-info__authors"><a class="header-info__author-link" href="/p/oo">Ophélie Ostermann</a></div></div>');
    expect(readVisibleByline(d).authors).toEqual(['Ophélie Ostermann']);
  });

  it('takes a lowercase blog username when rel=author marks it, but not "Posted on"', () => {
    const d = doc('<span class="byline">Posted on</span><span class="author vcard"><a rel="author" href="/author/gnaddrig/">gnaddrig</a></span>');
    expect(readVisibleByline(d).authors).toEqual(['gnaddrig']);
  });

  it('reads a WordPress byline in the article\'s own <footer class="entry-footer">, after screen-reader text "Author"', () => {
    const d = doc(`<article><h1>Parsing JSON fast</h1><p>Story text.</p><footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author </span><a class="url fn n" href="/blog/author/lemire/">Daniel Lemire</a></span></span></footer></article>
      <footer class="site-footer"><span class="author">Theme by Someone Else</span></footer>`);
    expect(readVisibleByline(d).authors).toEqual(['Daniel Lemire']);
  });

  it('still ignores author names in the site footer', () => {
    const d = doc('<article><h1>Parsing JSON fast</h1><p>Story text.</p></article><footer class="site-footer"><span class="author">Jane Theme</span></footer>');
    expect(readVisibleByline(d).authors).toEqual([]);
  });
});

describe('a byline sentence with more after the comma', () => {
  it('takes no places or roles after the comma for co-authors ("By John Smith, New York and London")', () => {
    const at = (line: string) => readVisibleByline(doc(`<h1>Harbour ferry returns</h1><p>${line}</p><p>Story text.</p>`)).authors;
    expect(at('By John Smith, New York and London')).toEqual(['John Smith']);
    expect(at('By Jane Doe, Los Angeles and San Francisco')).toEqual(['Jane Doe']);
    expect(at('Par Jean Dupont, Paris et Lyon')).toEqual(['Jean Dupont']);
    expect(at('By Jane Doe, Washington Bureau Chief and Correspondent')).toEqual(['Jane Doe']);
  });

  it('still reads a date after the comma as the date, not as a name', () => {
    const d = doc('<h1>Harbour ferry returns</h1><p>By Jane Doe, March 4, 2019</p><p>Story text.</p>');
    const v = readVisibleByline(d);
    expect(v.authors).toEqual(['Jane Doe']);
    expect(v.published).toBe('2019-03-04');
  });

  it('does not take a role and places after the comma for co-authors ("Korrespondentin in Paris und Brüssel")', () => {
    const d = doc('<h1>Gipfel in Brüssel</h1><p>Von Anna Berg, Korrespondentin in Paris und Brüssel</p><p>Text.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Anna Berg']);
  });

  it('does not take a quoted sentence naming two people for a byline', () => {
    const d = doc('<h1>Gipfel in Brüssel</h1><p>Von Anna Berg, wie Merkel und Macron sagten, stammt die Idee.</p><p>Text.</p>');
    expect(readVisibleByline(d).authors).not.toContain('Merkel');
  });
});

describe('byline elements of other stories and inside author boxes', () => {
  it('skips the byline of a teaser card that links another story (badische-zeitung.de), for the one under the headline', () => {
    const d = doc('<ul><li><a class="media-box__link" href="/jung-cool-blasmusik"><div class="media-box__article"><span>Warum verbringen junge Menschen ihre Freizeit mit Blasmusik? Zwei junge Frauen erklären es.</span> <span class="media-box__article__autor">Von Clara Müller</span></div></a></li></ul>'
      + '<h1>Wohnungssuche in Freiburg</h1><p class="article__header__info-area__txt">von <a href="/autoren/lisa-petrich">Lisa Petrich</a></p><p>Text.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Lisa Petrich']);
  });

  it('still takes the byline of an author card linking the author\'s profile, however long its bio', () => {
    const d = doc('<h1>Harbour ferry returns</h1><div class="author"><a href="/author/jane-doe"><span class="byline">Jane Doe</span><span class="bio">Jane Doe is a senior correspondent covering politics and the harbour for many years now.</span></a></div><p>Story text.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Jane Doe']);
  });

  it('still takes a byline whose name links the author\'s profile', () => {
    const d = doc('<h1>Harbour ferry returns</h1><a href="/people/jane-doe"><img alt=""><span class="author-name">Jane Doe</span></a><p>Story text.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Jane Doe']);
  });

  it('names all three authors of an author box whose last name runs into the time (latercera.com)', () => {
    const d = doc('<h1>La agenda de Interior</h1><div class="author"><div rel="author"><div class="byline"><div class="name"><a href="/autor/isabel-caro">Isabel Caro</a>, <a href="/autor/rocio-latorre">Rocío Latorre</a> y <a href="/autor/jose-miguel-wilson">José Miguel Wilson</a></div></div><time datetime="2022-05-04"><b>Hace 13 horas</b></time><div class="time-read">Tiempo de lectura: 8 minutos</div></div></div><p>Texto.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']);
  });

  it('keeps every name of the author box when an element inside it names only one of them', () => {
    const d = doc('<h1>Harbour ferry returns</h1><div class="author"><span class="author-name">Jane Doe</span> and Max Roe</div><p>Story text.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Jane Doe', 'Max Roe']);
  });
});

describe('an editor is not the author', () => {
  it('reads the entry\'s "by NAME", not the dictionary editor its source line marks itemprop=author (deleuze.enacademic.com)', () => {
    const d = doc('<h1>Micropolitics</h1><div><span><strong><em>---- by Kenneth Surin</em></strong></span></div><p>Deleuze and Guattari oppose micropolitics to the politics of the State.</p>'
      + '<p class="src"><em><span itemprop="source">The Deleuze dictionary</span>. <span itemprop="author">Revised Edition Edited by Adrian Parr </span>. <span>2010</span></em></p>');
    expect(readVisibleByline(d).authors).toEqual(['Kenneth Surin']);
    expect(splitAuthors('Edited by Adrian Parr')).toEqual([]);
  });
});

describe('a site title marked as the owner\'s hCard', () => {
  it('reads the post\'s "vom Krimiblogger", not the <h1 class="vcard author"> site title (archiv.krimiblog.de)', () => {
    const d = doc('<div id="header"><h1 class="vcard author"><a href="/" class="fn url">Krimiblog-Archiv</a></h1></div><div class="post single hentry"><h2 class="entry-title">Die Toten von Fjällbacka</h2><div class="postContent"><h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4><p>Text.</p></div></div>');
    expect(readVisibleByline(d).authors).toEqual(['Krimiblogger']);
  });
});

describe('an interview credited to both people', () => {
  it('names the interviewee and the interviewer that a radio interview\'s byline credits (deutschlandfunk)', () => {
    const d = doc('<h1>Arbeit</h1><p>Auch in Zukunft würden Menschen noch arbeiten.</p><p class="author">Richard David Precht im Gespräch mit Karin Fischer</p><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Richard David Precht', 'Karin Fischer']);
    expect(splitAuthors('Jane Doe in conversation with John Smith')).toEqual(['Jane Doe', 'John Smith']);
  });

  it('names no one for a conversation with an office or a group, which is no person\'s name', () => {
    expect(splitAuthors('Mary Brown in conversation with the Mayor of London')).not.toContain('the Mayor of London');
    expect(splitAuthors('Anna Schmidt im Gespräch mit dem Bundeskanzler')).not.toContain('dem Bundeskanzler');
  });

  it('does not read a conversation in a caption or a sentence as a byline', () => {
    expect(readVisibleByline(doc('<h1>Gipfel</h1><figure><figcaption>Angela Merkel im Gespräch mit Emmanuel Macron</figcaption></figure><p>Story.</p>')).authors).toEqual([]);
    expect(readVisibleByline(doc('<h1>Gipfel</h1><p>Am Abend war Angela Merkel im Gespräch mit Emmanuel Macron zu sehen.</p>')).authors).toEqual([]);
  });
});
