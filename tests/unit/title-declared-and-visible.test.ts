/** Headline choice when the declared titles (og:title, JSON-LD, <title>) and the visible headings disagree. */
import { describe, expect, it } from 'vitest';
import { chooseTitle, type TitleSources } from '../../src/extract/title';

const src = (s: Partial<TitleSources>): TitleSources => ({ headline: null, ogTitle: null, h1s: [], h2s: [], hostname: 'www.example.com', ...s });

describe('title: a declared title that names no page', () => {
  it('takes the <h1> when og:title only repeats the site name', () => {
    const site = '.:: GRAFIKWERK ::. Shop-Vorlagen, Warenwirtschaft / Designvorlagen';
    const h1 = 'Datenschutztechnische Anpassung der Verkaufsvorlagen';
    const s = src({ ogTitle: site, h1s: [h1], h2s: ['Shop 4'], hostname: 'shop.grafikwerk.example' });
    expect(chooseTitle([], null, site, site, s)).toBe(h1);
  });
});

describe('title: the heading the document title ends with', () => {
  it('takes the <h1> that is the last step of a breadcrumb <title> ("site: Section / Subsection / Headline")', () => {
    const h1 = 'Rede des Präsidenten beim Konvent der Landesparlamente';
    const s = src({ h1s: ['Navigation und Service', h1], h2s: ['Servicemenü', 'Suche'], hostname: 'www.praesidialamt.example' });
    expect(chooseTitle([], null, `www.praesidialamt.example: Das Amt / Reden / ${h1}`, null, s)).toBe(h1);
  });

  it('prefers the headline to the section when both <h1>s are parts of "Site - Section - Headline"', () => {
    const h1 = 'Verkündung des Tabaksteuermodernisierungsgesetzes';
    const s = src({ h1s: ['Behörde', 'Fachmeldungen', h1], hostname: 'www.behoerde.example' });
    expect(chooseTitle([], null, `Behörde online - Fachmeldungen - ${h1}`, null, s)).toBe(h1);
  });
});

describe('title: og:title shortened for search results', () => {
  it('takes the <h1> that goes on for a few words after the declared title', () => {
    const og = 'Ultium Cells erhöht Gigafactory-Kapazität';
    const s = src({ headline: og, ogTitle: `${og} - Akku-News.de`, h1s: [`${og} in Tennessee`], h2s: ['Weitere Zellprojekte im Aufbau'], hostname: 'akku-news.de' });
    expect(chooseTitle([], null, `${og} - Akku-News.de`, 'Akku-News.de', s)).toBe(`${og} in Tennessee`);
  });

  it('keeps the declared title when the <h1> runs on into a date and categories', () => {
    const og = 'Zuschauerrückkehr bei den Proficlubs der Region';
    const s = src({ ogTitle: og, h1s: [`${og} 02.02.2022 • Verband , Presse , Allgemein`] });
    expect(chooseTitle([], null, `${og} - Verband`, null, s)).toBe(og);
  });
});

describe('title: a section heading named after the topic', () => {
  it('does not take an <h2> that is only the topic before the colon of the declared title', () => {
    const og = 'Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh';
    const s = src({ headline: og, ogTitle: og, h1s: [`${og} Welcome to the Flavor Capital of Northern Japan`], h2s: ['What is Dezuka Suisan?', 'Dezuka Suisan'] });
    expect(chooseTitle([], null, og, 'Travel Notes', s)).toBe(og);
  });

  it('still takes the heading when what follows its colon in <title> is only a time stamp', () => {
    const h1 = 'So viel Regen gab es lange nicht';
    const s = src({ ogTitle: `${h1} : 31.10.2023, 10.19 Uhr`, h1s: [h1] });
    expect(chooseTitle([], null, `${h1} : 31.10.2023, 10.19 Uhr`, null, s)).toBe(h1);
  });
});

describe('title: the <h1> the declared title words differently', () => {
  it('takes the <h1> that names the topic of a declared question, when <title> holds it too', () => {
    const s = src({ ogTitle: 'What are Leadership Styles? definition and meaning - Business Words', h1s: ['Business Words A Business Encyclopedia', 'Leadership Styles'], h2s: ['9 Comments'], hostname: 'businesswords.example' });
    expect(chooseTitle([], null, 'What are Leadership Styles? definition and meaning - Business Words', 'Business Words', s)).toBe('Leadership Styles');
  });

  it('takes the <h1> that leaves one word of og:title out', () => {
    const h1 = 'VW-Chef warnt vor Tesla und "Golf aus China"';
    const og = "VW-Chef Diess warnt vor Tesla und 'Golf aus China'";
    expect(chooseTitle([], null, og, 'Autoportal', src({ headline: og, ogTitle: og, h1s: [h1], h2s: ['Dringlicher Appell'] }))).toBe(h1);
  });
});

describe('title: site names beside the headline', () => {
  it('drops a site name set off by a bar without spaces ("NEWS WEB EASY|…")', () => {
    const og = 'NEWS WEB EASY|子どもへの体罰を禁止する法律ができる';
    const s = src({ ogTitle: og, h1s: ['子こどもへの体罰たいばつを禁止きんしする法律ほうりつができる', '新あたらしいニュース'], hostname: 'www3.nhk.example' });
    expect(chooseTitle([], null, og, 'NEWS WEB EASY', s)).toBe('子どもへの体罰を禁止する法律ができる');
  });

  it('keeps an unspaced bar that joins no site name', () => {
    expect(chooseTitle([], null, 'Input|Output: Zwei Welten', null, src({ hostname: 'blog.example' }))).toBe('Input|Output: Zwei Welten');
  });

  it('drops a longer site name that holds the host name when the headline beside it is longer still', () => {
    const s = src({ hostname: 'www.munich2022.example' });
    expect(chooseTitle([], null, 'Europas Topathleten fit für München 2022 - European Championships Munich 2022', null, s)).toBe('Europas Topathleten fit für München 2022');
  });

  it('keeps a part holding the host name when what is left is shorter (a section name)', () => {
    const s = src({ hostname: 'www.gipfelbuch.example' });
    expect(chooseTitle([], null, 'Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.example', null, s)).toBe('Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.example');
  });

  it('does not take a logo <h1> spelled from the words of a hyphenated host name', () => {
    const post = 'Offshore-Windenergie – Sauberer Strom vom Meer';
    const s = src({ h1s: ['Stiftung Offshore Windenergie'], h2s: ['Suchformular', post, 'Veranstaltungen'], hostname: 'www.offshore-stiftung.example' });
    expect(chooseTitle([], null, `${post} | Stiftung OFFSHORE-WINDENERGIE`, null, s)).toBe(post);
  });

  it('does not take the blog name in the only <h1> for a two-word post title ("Muffin Grundrezept : Muffin Rezepte")', () => {
    const s = src({ h1s: ['Muffin Rezepte'], h2s: ['Muffin Grundrezept'], hostname: 'web.archive.org' });
    expect(chooseTitle([], null, 'Muffin Grundrezept : Muffin Rezepte', null, s)).toBe('Muffin Grundrezept');
  });

  it('does not take the blog name in the only <h1> when <title> is "Post title | Blog name" of as many words', () => {
    const s = src({ h1s: ['Liebe geht durch den Magen'], h2s: ['Seiten', 'Journal'], hostname: 'www.kochblog.example' });
    expect(chooseTitle([], null, 'Rinderleber-Geschnetzeltes mit Apfel und Zwiebel | Liebe geht durch den Magen', null, s)).toBe('Rinderleber-Geschnetzeltes mit Apfel und Zwiebel');
  });
});

describe('title: the headline readers see over the one written for search results', () => {
  it('takes the one <h1> when <title> and og:title agree on a different line', () => {
    const h1 = 'Wie hoch sind die Zinsen für einen Privatkredit?';
    const seo = 'Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten';
    const s = src({ ogTitle: `${seo} | KREDITO`, h1s: [h1], h2s: ['Wie kann ich die Höhe der Zinsen berechnen?'], hostname: 'www.kredito.example' });
    expect(chooseTitle([], null, `${seo} | KREDITO`, 'Kredito', s)).toBe(h1);
  });

  it('keeps og:title when <title> says something else again (three titles, none agreeing)', () => {
    const s = src({ ogTitle: 'The Modern Ambitions Behind Neon', h1s: ['Why Neon Is the Ultimate Symbol of the 20th Century'], hostname: 'www.citymag.example' });
    expect(chooseTitle([], null, 'A Brief History of Neon Signage - CityMag', 'CityMag', s)).toBe('The Modern Ambitions Behind Neon');
  });

  it('keeps og:title when the <h1> adds a kicker to it', () => {
    const og = 'Irme Stetter-Karp ist neue ZdK-Präsidentin';
    const s = src({ ogTitle: og, h1s: [`"Reformstau lösen" / ${og}`] });
    expect(chooseTitle([], null, og, null, s)).toBe(og);
  });

  it('takes an <h1> the theme prints twice (wide and narrow screens) as the one <h1>', () => {
    const h1 = 'Desktop Suite 15 for Mac';
    const seo = 'Run Windows on Mac - Desktop Suite 15 Virtual Machine for Mac';
    expect(chooseTitle([], null, seo, null, src({ ogTitle: seo, h1s: [h1, h1], h2s: ['Fast, Powerful and Easy'] }))).toBe(h1);
  });

  it('keeps og:title when there are several <h1>s to choose from', () => {
    const og = 'Harbour ferry returns after ten years';
    const s = src({ ogTitle: og, h1s: ['Our weekly newsletter for you', 'Latest news from the coast'] });
    expect(chooseTitle([], null, og, null, s)).toBe(og);
  });
});

describe('title: a page with no <h1> and no declared title', () => {
  it('takes the first <h2> when the <title> only names the site and a section', () => {
    const s = src({ h2s: ['Bootsdienst Ausbildung'], hostname: 'feuerwehr.example' });
    expect(chooseTitle([], null, 'Feuerwehr Oldenburg - Ausbildung', null, s)).toBe('Bootsdienst Ausbildung');
    const trailing = src({ h2s: ['Rail Replacement Services Travel Advice', 'General Information'], hostname: 'rail.example' });
    expect(chooseTitle([], null, 'National Rail Enquiries -', null, trailing)).toBe('Rail Replacement Services Travel Advice');
  });

  it('keeps a <title> without a site part, which is the headline itself', () => {
    const s = src({ h2s: ['Ansprechpartner'], hostname: 'verband.example' });
    expect(chooseTitle([], null, 'Auf den Spuren von Rafael Nadal', null, s)).toBe('Auf den Spuren von Rafael Nadal');
  });

  it('skips a screen-reader navigation heading and a one-word category heading', () => {
    const nav = src({ h2s: ['Navigation mit Access Keys', 'Hauptnavigation'], hostname: 'amt.example' });
    expect(chooseTitle([], null, 'Neubau Werkstattgebäude - Amt Birmensdorf', null, nav)).toBe('Neubau Werkstattgebäude');
    const category = src({ h2s: ['Allgemein', 'Malaga, die quirlige Metropole'], hostname: 'reise.example' });
    expect(chooseTitle([], null, 'Malaga, die quirlige Metropole | Reiseblog', null, category)).toBe('Malaga, die quirlige Metropole');
  });
});
