/** Bylines whose label stands inside a meta line, and author lists that JSON-LD gives only in part. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { namesInLabelledLine } from '../../src/extract/metadata/labelled-byline';
import { readVisibleByline } from '../../src/extract/metadata/visible-byline';
import { authorsAt, page } from './metadata-page';

const ldScript = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const url = 'https://news.example.com/2020/story';

describe('a byline label inside a meta line', () => {
  it('reads the name after a label that follows a date, a separator or a publishing verb', () => {
    expect(namesInLabelledLine('Posted on September 21, 2020 by Adi Tzlil')).toEqual(['Adi Tzlil']);
    expect(namesInLabelledLine('yas! | By Cara Stiles | April 13, 2020')).toEqual(['Cara Stiles']);
    expect(namesInLabelledLine('05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)')).toEqual(['Eberhard Fuhr']);
    expect(namesInLabelledLine('Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)')).toEqual(['Cooper']);
    expect(namesInLabelledLine('1,0 bei 2 Bewertungen Datum: 03.11.2021 Autor: Peter Maahn/SP-X Lesezeit: 5 min')).toEqual(['Peter Maahn']);
  });

  it('stops the name at the next label of the line ("Autor: NAME Tags: …")', () => {
    expect(namesInLabelledLine('Autor: Klausmartin Friedrich Tags: 1907, 1931, braunschweig')).toEqual(['Klausmartin Friedrich']);
  });

  it('reads "Autoren A und B" without a colon only when the names fill the line', () => {
    expect(namesInLabelledLine('Autoren Jelko Djuren und Jutta Klaukien')).toEqual(['Jelko Djuren', 'Jutta Klaukien']);
    expect(namesInLabelledLine('Autoren Jelko Djuren und Jutta Klaukien haben die Regeln zusammengefasst')).toEqual([]);
  });

  it('does not read "von NAME" in running text as a byline', () => {
    expect(namesInLabelledLine('Ein Projekt von Max Muster')).toEqual([]);
    expect(namesInLabelledLine('Die schönsten Fotos von Anna Beispiel')).toEqual([]);
  });

  it('finds the line on a page with no byline class, and a username set in its own element after the label', () => {
    expect(readVisibleByline(page('<h1>Faircoin Hackathon</h1><div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div><p>Story.</p>')).authors).toEqual(['rasos']);
    expect(readVisibleByline(page('<div class="gallery--page-meta"><div>Posted on September 21, 2020 by Adi Tzlil</div></div><p>Story.</p>')).authors).toEqual(['Adi Tzlil']);
    expect(readVisibleByline(page('<div class="title"><small>Verfasst von: <strong>mitundvoneinander</strong> | 31. Dezember 2008</small><h2>Ratschläge geben</h2></div>')).authors).toEqual(['mitundvoneinander']);
  });
});

describe('byline boxes', () => {
  it('skips a date left in a byline box and reads the marked author after it', () => {
    const d = page('<div class="byline"><span class="posted-on">Dezember 10, 2019</span> <span class="author vcard"><a rel="author" href="/author/freeman/">freeman</a></span></div>');
    expect(readVisibleByline(d).authors).toEqual(['freeman']);
    expect(splitAuthors('Donnerstag')).toEqual([]);
    expect(splitAuthors('29', { allowLowercase: true })).toEqual([]);
  });

  it('reads an author box whose links name one person in different words ("Martin Junker", "Alles von Martin Junker")', () => {
    const d = page('<article><p>Story.</p></article><div class="bio"><h3><a href="/author/martin/">Martin Junker</a></h3><p><a href="/author/martin/">Alles von Martin Junker</a></p></div>');
    expect(readVisibleByline(d).authors).toEqual(['Martin Junker']);
  });

  it('reads an "authorname" class', () => {
    expect(readVisibleByline(page('<div><span class="authorname-txt">Anna Fazackerley</span></div>')).authors).toEqual(['Anna Fazackerley']);
  });
});

describe('JSON-LD authors against the page\'s other lists', () => {
  it('takes the byline when it names the JSON-LD author more fully or names more authors', () => {
    const first = page('<div class="byline">By Todd Bates</div>', ldScript({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Todd' } }));
    expect(readMetadata(first, url).authors).toEqual(['Todd Bates']);
    const both = page('<p>Story.</p>', `${ldScript({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'April Roach' } })}<meta name="author" content="April Roach, Daniel O'Mahony">`);
    expect(readMetadata(both, url).authors).toEqual(['April Roach', "Daniel O'Mahony"]);
  });

  it('keeps the JSON-LD author over a byline whose other parts are a job title and a department', () => {
    const d = page('<div class="byline">By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project</div>', ldScript({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Daniel Kahn Gillmor' } }));
    expect(readMetadata(d, url).authors).toEqual(['Daniel Kahn Gillmor']);
  });

  it('keeps the JSON-LD author the page prints when the byline names someone else', () => {
    const d = page('<div class="byline">By Jane Roe</div><p>Story.</p><p class="bio">John Doe edits the science desk.</p>', ldScript({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'John Doe' } }));
    expect(readMetadata(d, url).authors).toEqual(['John Doe']);
  });

  it('passes over a JSON-LD "Person" that is the publication and reads the byline', () => {
    const d = page('<span class="article_author-name">Emmanuelle Ducros</span>', `${ldScript({ '@type': 'NewsArticle', author: { '@type': 'Person', name: "L'Opinion" } })}<meta property="og:site_name" content="L'Opinion">`);
    expect(readMetadata(d, url).authors).toEqual(['Emmanuelle Ducros']);
  });

  it('names the JSON-LD "Person" that is the publication when the page names no one else: a blogger named as her blog', () => {
    const d = page('<h1>Im Test: Shampoo</h1><p>Story.</p>', `${ldScript({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'happyface313' } })}<meta property="og:site_name" content="Happyface313">`);
    expect(authorsAt('https://happyface313.com/plantur/')(d)).toEqual(['happyface313']);
  });

  it('decodes a name escaped twice and reads the author of a recipe', () => {
    const d = page('<p>Receta.</p>', ldScript({ '@type': 'Recipe', name: 'Sequilho', author: { '@type': 'Person', name: 'Redacci&oacute;n Diario' } }));
    expect(readMetadata(d, url).authors).toEqual(['Redacción Diario']);
  });
});

describe('meta lines with a username or no label at all', () => {
  it('reads a lowercase username after "Posted in CATEGORY by", and a name before "under CATEGORY"', () => {
    expect(namesInLabelledLine('Posted in Datenschutz by damianduchamps on August 3, 2019')).toEqual(['damianduchamps']);
    const d = page('<div class="post"><div class="post-info"><h2 class="post-title">Rebloggt von gnaddrig ad libitum: Antipoden: Die Wahrheit, ein sehr langer Titel über die Welt</h2> Posted by Nesselsetzer under <a href="/c/fun">Just For Fun</a>, <a href="/c/r">Rebloggt</a> | Schlagwörter: <a href="/t/a">Antipoden</a>, <a href="/t/h">Hirngespinst</a>, <a href="/t/k">Kasparei</a></div><p>Story.</p></div>');
    expect(readVisibleByline(d).authors).toEqual(['Nesselsetzer']);
  });

  it('does not take a lowercase word after a bare "by", nor a theme credit in the footer, as the author', () => {
    expect(namesInLabelledLine('Fotos von anna am Strand')).toEqual([]);
    expect(readVisibleByline(page('<h1>Zeitphilosophie</h1><p>Story.</p><div class="site-credit">Unterstützt von <a href="https://wordpress.org/">WordPress</a> | Theme: <a href="https://themes.example/graphy/">Graphy</a> by Themegraphy</div>')).authors).toEqual([]);
  });

  it('reads a line that is only a date and a name, under or above the headline ("11.12.2019 - Amelie Loevenich")', () => {
    expect(readVisibleByline(page('<h1>Variablen und ihr Zuhause</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p><p>Story.</p>')).authors).toEqual(['Amelie Loevenich']);
    const d = page('<div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme zum Pilotjahr</h1><p>Story.</p></div>');
    expect(readVisibleByline(d)).toMatchObject({ authors: ['Uta Helkenberg'], published: '2022-02-04' });
  });

  it('does not read a dated teaser title as a name: more than three words follow the date', () => {
    expect(readVisibleByline(page('<ul><li>25.10.2022 - Neue Regeln für den Hafen</li></ul><p>Story.</p>')).authors).toEqual([]);
  });

  it('reads the line after a label inside a long block, up to the next line break ("<br>Autor: <a>Rechtsanwalt</a> NAME")', () => {
    const story = 'Das Gericht wies die Klage ab, weil keine ernsthaften Bewerbungsbemühungen belegt waren. '.repeat(3);
    const d = page(`<div class="articleBody">${story}<br><br>Quelle: Agentur<br><br>Autor: <a href="/rechtsanwalt/">Rechtsanwalt</a> Sebastian Einbock</div>`);
    expect(readVisibleByline(d).authors).toEqual(['Rechtsanwalt Sebastian Einbock']);
  });

  it('takes a capitalized handle ending in a number whole ("von Marianne1 am 20.09.2020")', () => {
    expect(namesInLabelledLine('von Marianne1 am 20.09.2020')).toEqual(['Marianne1']);
    expect(namesInLabelledLine('von Max Mustermann am 20.09.2020')).toEqual(['Max Mustermann']);
  });
});

describe('a label set apart from the name it introduces', () => {
  it('reads the name under a meta box heading "Autor"', () => {
    const d = page('<h1>Quarantäne im Flüchtlingslager</h1><div class="news__meta"><h4 class="news__meta-title">Autor</h4><p class="news__meta-text"><a href="/profil/nikolai-huke">Nikolai Huke</a><b class="separator">, </b></p></div><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Nikolai Huke']);
  });

  it('reads the name after a bold "Von:" and line breaks, and a username after a "by" above a profile link', () => {
    expect(readVisibleByline(page('<h1>Windrebell</h1><p>Story.</p><a href="mailto:x"><b>Von:</b> <br> <br> Götz Warnke</a>')).authors).toEqual(['Götz Warnke']);
    expect(readVisibleByline(page('<h1>Chapter 1: Prologue</h1><div><span> by </span><h3><a href="/profile/142450">delta201</a></h3></div><p>Story.</p>')).authors).toEqual(['delta201']);
  });

  it('skips a second spelling of the label and takes no label as the name', () => {
    const d = page('<h1>Pétition</h1><div><div class="mo-label hide-bg">Auteur :</div><div class="mo-label hide-sm">Auteur(s) :</div><div class="mo-author"><strong>Claire Martin</strong></div></div><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Claire Martin']);
  });

  it('does not read a sentence after a lone "Von" as a name', () => {
    expect(readVisibleByline(page('<h1>Fahrplan</h1><table><tr><td>Von</td><td>Hamburg Hauptbahnhof nach Berlin über Hannover und Wolfsburg</td></tr></table>')).authors).toEqual([]);
  });
});

describe('a lone label that introduces no name', () => {
  it('does not read the "von … bis" of a search form\'s date filter as a byline', () => {
    const d = page('<form><button><span class="label">von</span><span class="icon"></span></button><button><span class="label">bis</span></button></form><h1>Corona-Lage</h1><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual([]);
  });

  it('does not read a "by" inside a caption\'s sentence as a lone label', () => {
    const d = page('<h1>Tā moko</h1><div class="thumbcaption">Portrait of Hinepare of <a href="/wiki/Ngati">Ngāti Kahungunu</a> by <a href="/wiki/Gottfried_Lindauer">Gottfried Lindauer</a>, showing chin moko</div><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual([]);
  });

  it('does not read the menu item after an "Autoren" menu link as an author', () => {
    const d = page('<nav><ul><li><a href="/autoren">Autoren</a></li><li><a href="/lexikon/">Chemie-Lexikon</a></li></ul><div><a href="/authors/">Authors</a> <a href="/whats-new">Neueste Aktivitäten</a></div></nav><h1>Spin-off</h1><p>Story.</p>');
    expect(readVisibleByline(d).authors).toEqual([]);
  });

  it('does not read a lowercase "author" after a signatory\'s name as a label, nor a sidebar\'s "Autor" link to an about page as a name', () => {
    expect(readVisibleByline(page('<h1>A Letter on Justice</h1><p>Story.</p><p><strong>Marie Arana</strong>, <span>author</span><br> <strong>Margaret Atwood</strong><br></p>')).authors).toEqual([]);
    expect(readVisibleByline(page('<h1>Möglichkeit</h1><p>Story.</p><ul><li class="widget"><h2 class="widgettitle">Autor</h2><ul><li><a href="https://gnaur.example/about/">Über-Ich</a></li></ul></li></ul>')).authors).toEqual([]);
    expect(readVisibleByline(page('<h1>Rzecznik</h1><div class="author-info"><div class="ar-h">autor:</div><div class="author-box"><a href="/o_autorze/jd-2908843"> jd </a></div></div><p>Story.</p>')).authors).toEqual(['jd']);
  });

  it('does not read the stations of a "Von: … Nach: …" route, nor the start of a "Von: … Bis: …" period, as an author', () => {
    const authors = (body: string) => readVisibleByline(page(`<h1>Bahnreise</h1><p>Story.</p>${body}`)).authors;
    expect(authors('<p><b>Von:</b><br>Hamburg Hauptbahnhof<br><b>Nach:</b><br>Berlin Hauptbahnhof</p>')).toEqual([]);
    expect(authors('<div><b>Von:</b><br>Hamburg Hauptbahnhof</div><div><b>Nach:</b><br>Berlin Ostbahnhof</div>')).toEqual([]);
    expect(authors('<div><b>Von:</b> Hamburg Hauptbahnhof <b>Nach:</b> Berlin Ostbahnhof</div>')).toEqual([]);
    expect(authors('<p><b>Von:</b> Montag Früh <b>Bis:</b> Freitag Abend</p>')).toEqual([]);
    // The byline's own "Von:" still names the author when no "Nach:" follows it.
    expect(authors('<p><b>Von:</b><br>Götz Warnke</p><p>Nach dem Sturm: Aufräumen.</p>')).toEqual(['Götz Warnke']);
    // A byline without the colon is no route's start, whatever "Bis:" or "Nach:" stands near it.
    expect(authors('<div class="meta"><p>Von Anna Schmidt</p><p>Bis: 31.12.2026 gültig</p></div>')).toEqual(['Anna Schmidt']);
    expect(authors('<div><p>Von Anna Schmidt</p><p>Nach: dem Urteil wird weiterverhandelt</p></div>')).toEqual(['Anna Schmidt']);
  });

  it('takes a single word after a lone label only as a link to a profile', () => {
    expect(readVisibleByline(page('<h1>Ferien</h1><div><span>Von</span> <span>Montag</span></div><p>Story.</p>')).authors).toEqual([]);
  });
});

describe('a lone label that names someone other than the story\'s author', () => {
  const story = '<p>Der Stadtrat hat am Dienstag über den neuen Bahnhof beraten und eine Entscheidung vertagt.</p>';

  it('reads the byline under the headline over a lone label earlier on the page, which counts only when no line names anyone', () => {
    const widget = '<header><div class="flightsearch"><span>Von</span><span>Berlin Tegel</span></div></header>';
    expect(readVisibleByline(page(`${widget}<h1>Neue Züge</h1><p>Von Anna Berg</p>${story}`)).authors).toEqual(['Anna Berg']);
  });

  it('does not read a review\'s info box or a timetable as a byline: no label inside dt, dd, th, td or li', () => {
    expect(readVisibleByline(page(`<h1>Buchtipp</h1>${story}<dl><dt>Autor</dt><dd>Daniel Kehlmann</dd><dt>Verlag</dt><dd>Rowohlt</dd></dl>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Neue Züge</h1>${story}<table><tr><td>Von</td><td>Hamburg Hauptbahnhof</td></tr><tr><td>Nach</td><td>Berlin</td></tr></table>`)).authors).toEqual([]);
  });

  it('takes a lowercase "von", "door", "by" or "par" only before a link to a profile', () => {
    expect(readVisibleByline(page(`<h1>Angebot</h1>${story}<div class="price"><span>von</span><span>Berlin Tegel</span></div>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Verhaal</h1>${story}<div><span>door</span><span>Nieuwe Media</span></div>`)).authors).toEqual([]);
  });

  it('takes the names after a label only when they are all of the next element ("Berlin Tegel 19:45 Uhr" is a departure)', () => {
    expect(readVisibleByline(page(`<h1>Neue Züge</h1>${story}<div class="fare"><span>Von</span><span>Berlin Tegel 19:45 Uhr</span></div>`)).authors).toEqual([]);
  });

  it('does not read a label in another story\'s teaser, in a comment or in the site\'s footer', () => {
    expect(readVisibleByline(page(`<h1>Story</h1>${story}<div class="related"><h4>Autor</h4><p><a href="/autor/karl-otto">Karl Otto</a></p></div>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Story</h1>${story}<div class="comments"><div class="comment"><span>von</span><a href="/user/hans">hans</a></div></div>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Story</h1>${story}<footer><h4>Autor</h4><p>Impressum Kontakt Datenschutz</p></footer>`)).authors).toEqual([]);
  });

  it('takes a "Von", "By" or "Door" with no colon only before a link to a profile, and no settings page for one', () => {
    expect(readVisibleByline(page(`<h1>Angebot</h1>${story}<div class="offer"><span>Von</span><span>Berlin Tegel</span></div>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Archive</h1>${story}<div><span>By</span><span>Category Archives</span></div>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Verhaal</h1>${story}<div><span>Door</span><span>Nieuwe Media</span></div>`)).authors).toEqual([]);
    expect(readVisibleByline(page(`<h1>Story</h1>${story}<div><span>by</span><a href="/user/settings">Settings</a></div>`)).authors).toEqual([]);
  });

  it('takes a label that is a heading, or a heading after a label, only with a link to a profile', () => {
    expect(readVisibleByline(page(`<h1>Story</h1>${story}<section><h3>By</h3><p>Region North America</p></section>`)).authors).toEqual([]);
  });
});

describe('a credit for the words and the pictures', () => {
  it('names who "Text & Fotos:" credits in a meta table under the headline (petri-heil.ch)', () => {
    const d = page('<h1>Hechte im Winter</h1><table class="onlyDesktopSubline"><tr><td>26 | 01 | 2022</td><td class="categories">Schweiz | Praxis</td><td class="authorbold"><nonbold>Text & Fotos:</nonbold> Ivan Valetny </td></tr></table><p>Im Winter sind die Möglichkeiten zu fischen begrenzter.</p>');
    expect(readVisibleByline(d).authors).toEqual(['Ivan Valetny']);
  });

  it('does not name a photographer that "Fotos:" alone credits', () => {
    const d = page('<h1>Hechte im Winter</h1><p><span>Fotos:</span> Max Roe</p><p>Im Winter sind die Möglichkeiten zu fischen begrenzter.</p>');
    expect(readVisibleByline(d).authors).toEqual([]);
  });
});
