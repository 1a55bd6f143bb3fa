/** Headline choice: the visible heading the declared titles agree with, else the declared headline without the site name. */
import { describe, expect, it } from 'vitest';
import { chooseTitle, plainTitle, rewordedHeadline, type TitleSources } from '../../src/extract/title';

const src = (s: Partial<TitleSources>): TitleSources => ({ headline: null, ogTitle: null, h1s: [], h2s: [], hostname: 'www.example.com', ...s });

describe('title: heading agreement', () => {
  it('keeps the <h1> with its "Topic:" kicker when <title> is "h1 › Blog name" (no split on ":")', () => {
    const t = 'Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.';
    expect(chooseTitle([], null, `${t} › Nordish by Nature`, 'Nordish by Nature', src({ h1s: [t], ogTitle: t }))).toBe(t);
  });

  it('prefers the post title in an <h2> when the blog puts its own name in the <h1>', () => {
    const s = src({ h1s: ['Gnaur'], h2s: ['Die Möglichkeit nichts zu tun ist auch eine Möglichkeit', 'Archiv'], hostname: 'gnaur.wordpress.com' });
    expect(chooseTitle([], null, 'Die Möglichkeit nichts zu tun ist auch eine Möglichkeit | Gnaur', 'Gnaur', s)).toBe('Die Möglichkeit nichts zu tun ist auch eine Möglichkeit');
  });

  it('takes a short <h1> that is a segment of the document title ("Emden - Sehenswürdigkeiten")', () => {
    expect(chooseTitle([], null, 'Emden - Sehenswürdigkeiten Attraktionen', null, src({ h1s: ['Emden'] }))).toBe('Emden');
  });

  it('falls back to og:title without a trailing " | Site" when no heading agrees', () => {
    const s = src({ ogTitle: 'Enterprise 2.0 | HR Innovation', h1s: ['Menu'], hostname: 'hr-innovation.org' });
    expect(chooseTitle([], null, 'Enterprise 2.0 | HR Innovation', 'HR Innovation', s)).toBe('Enterprise 2.0');
  });

  it('does not take a blog name in the <h1> when <title> is "Blog: Post title" and og:title is the post title', () => {
    const post = 'Open Verilog flow for Silego GreenPak4 programmable logic devices';
    const s = src({ ogTitle: post, h1s: ['Silicon Exposed'], h2s: ['Sunday, May 8, 2016'], hostname: 'siliconexposed.blogspot.com' });
    expect(chooseTitle([], null, `Silicon Exposed: ${post}`, null, s)).toBe(post);
  });

  it('does not take a heading that is only the first half of the declared headline ("Open Journalism Project:")', () => {
    const og = 'The Open Journalism Project: Better Student Journalism';
    const s = src({ ogTitle: og, h2s: ['Open Journalism Project:'], hostname: 'medium.com' });
    expect(chooseTitle([], null, `${og} — Medium`, 'Medium', s)).toBe(og);
  });

  it('does not take an old blog theme\'s name in the <h1> when <title> is "Blog name » Blog Archive » Post title" and nothing is declared', () => {
    const s = src({ h1s: ['Time 4 talks'], h2s: ['Empfehlungen', 'Suche'], hostname: 'web.archive.org' });
    expect(chooseTitle([], null, 'Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos', null, s)).toBe('Weitere Digitalisierung der Schweizer Kinos');
  });

  it('keeps an <h1> that is the first part of <title> when the site\'s long description follows it', () => {
    const s = src({ h1s: ['Ben Wilson Surf'], hostname: 'pointofsail-kiel.de' });
    expect(chooseTitle([], null, 'Ben Wilson Surf - Point of Sail - Segelmacher, Surf und Kite Shop und Reparatur in Kiel', null, s)).toBe('Ben Wilson Surf');
  });

  it('prefers the post title in an <h2> over a blog name <h1> when both are parts of <title>', () => {
    const s = src({ h1s: ['DimidoBlog'], h2s: ['Was ist Virales Marketing?', 'Kategorien'], hostname: 'web.archive.org' });
    expect(chooseTitle([], null, 'Was ist Virales Marketing? | DimidoBlog', null, s)).toBe('Was ist Virales Marketing?');
  });
});

describe('title: the headline readers see', () => {
  it('takes the <h1> over a search-engine wording of the same headline in og:title', () => {
    const h1 = 'Der Nervenkrieg um den Brexit geht in die nächste Runde';
    const og = 'Brexit: Nervenkrieg geht in nächste Runde';
    expect(chooseTitle([], null, `${og} | Zeitung`, 'Zeitung', src({ h1s: [h1], ogTitle: og }))).toBe(h1);
  });

  it('keeps og:title when the <h1> is a section name that shares no words with it', () => {
    const og = 'Harbour ferry returns after ten years';
    expect(chooseTitle([], null, og, null, src({ h1s: ['Pressemitteilungen'], ogTitle: og }))).toBe(og);
    expect(rewordedHeadline('Pressemitteilungen', og)).toBe(false);
  });

  it('takes the <h1> that is the part after "Site:" in <title>', () => {
    const h1 = 'Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen';
    expect(chooseTitle([], null, `BDZV: ${h1}`, null, src({ h1s: [h1], ogTitle: 'Pressemitteilungen' }))).toBe(h1);
  });
});

describe('title: what is not the headline', () => {
  it('drops a site name in parentheses after the declared title, so it matches the <h1>', () => {
    const h1 = '»Einfach kein Geld mehr, um die Miete zu zahlen«';
    const s = src({ h1s: [h1], ogTitle: `${h1} (neues deutschland)`, hostname: 'www.neues-deutschland.de' });
    expect(chooseTitle([], null, `Mietenstreik: ${h1} (neues-deutschland.de)`, null, s)).toBe(h1);
  });

  it('drops a date set before the headline ("23.01.2022 - Story - Site")', () => {
    const s = src({ ogTitle: '23.01.2022 - Dorothea Wierer darf noch jubeln - Biathlon Antholz', h2s: ['23.01.2022 - Dorothea Wierer darf noch jubeln'], hostname: 'www.biathlon-antholz.it' });
    expect(chooseTitle([], null, '23.01.2022 - Dorothea Wierer darf noch jubeln - Biathlon Antholz', null, s)).toBe('Dorothea Wierer darf noch jubeln');
  });

  it('drops WordPress\'s "Blog Archiv" part with the site name from <title>', () => {
    const s = src({ h1s: ['Disfunctions.de'], hostname: 'disfunctions.de' });
    expect(chooseTitle([], null, 'Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden', null, s)).toBe('Podcasts in Plex einbinden');
  });
});

describe('title text', () => {
  it('decodes entities a CMS escaped twice in og:title ("&#8211;", "&#038;") ', () => {
    expect(plainTitle('Rene Benko-Firma Signa in Sorge &#8211; Finanzdaten &amp; Berater')).toBe('Rene Benko-Firma Signa in Sorge – Finanzdaten & Berater');
    expect(plainTitle('6 Wellnessoasen im Thermen- &#038; Vulkanland')).toBe('6 Wellnessoasen im Thermen- & Vulkanland');
  });

  it('leaves text that only looks like an entity alone', () => {
    expect(plainTitle('R&D budgets & more')).toBe('R&D budgets & more');
  });
});
