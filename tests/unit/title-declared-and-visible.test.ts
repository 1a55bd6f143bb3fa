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
