/** Bylines as the popup shows them: a hidden label, a degree, a category or a credit's roles never become part of a name or a second author. */
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { namesInLabelledLine } from '../../src/extract/metadata/labelled-byline';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://news.example.com/2019/07/28/story/');

describe('popup byline: a label never glued to the name', () => {
  it('shows "Andreas Kalt", not "AuthorAndreas Kalt", when a screen-reader label sits against the author link', () => {
    const d = page('<article><h1 class="entry-title">15 Jahre Blog</h1><div class="entry-meta"><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author</span><a class="url fn n" href="/author/kalt/">Andreas Kalt</a></span></span></div><p>Story.</p></article>');
    expect(authorsOf(d)).toEqual(['Andreas Kalt']);
  });

  it('strips a label glued to a capitalized name whatever the spacing ("AuthorName", "Posted byName", "VonName")', () => {
    expect(splitAuthors('AuthorAndreas Kalt')).toEqual(['Andreas Kalt']);
    expect(splitAuthors('Posted byJane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('Written byJane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('VonSina Giebel')).toEqual(['Sina Giebel']);
    expect(splitAuthors('ParMarie Curie')).toEqual(['Marie Curie']);
    // Names that start with those letters stay whole.
    expect(splitAuthors('Byron Smith')).toEqual(['Byron Smith']);
    expect(splitAuthors('Parker Lewis')).toEqual(['Parker Lewis']);
    expect(splitAuthors('Vonda Shepard')).toEqual(['Vonda Shepard']);
  });
});

describe('popup byline: a credential is part of the person, not a second author', () => {
  it('shows the author once, without the PhD as a second author ("Written by <a>Grant Tinsley, PhD</a>")', () => {
    const d = page('<article><h1>The 10 Best Ways to Measure Your Body Fat Percentage</h1><div><span>Written by <a href="/nutrition-team">Grant Tinsley, PhD</a></span><span> on April 29, 2018</span></div><p>Story.</p></article>', '<meta name="article:author" content="Grant Tinsley, PhD">');
    expect(authorsOf(d)).toEqual(['Grant Tinsley, PhD']);
  });

  it('keeps degrees and post-nominals with their names in a list of authors', () => {
    expect(splitAuthors('Michael L. Anderson, PhD; Carlos Dobkin, PhD; Devon Gorry, PhD')).toEqual(['Michael L. Anderson, PhD', 'Carlos Dobkin, PhD', 'Devon Gorry, PhD']);
    expect(splitAuthors('Jane Doe, M.D., MPH and John Roe, RDN')).toEqual(['Jane Doe, M.D., MPH', 'John Roe, RDN']);
    expect(splitAuthors('Grant Tinsley, Ph.D.')).toEqual(['Grant Tinsley, Ph.D.']);
    expect(splitAuthors('Perry Bacon, Jr.')).toEqual(['Perry Bacon, Jr.']);
    // Letters that stand alone are the name itself, a handle that rel=author marks.
    expect(splitAuthors('LD', { allowLowercase: true })).toEqual(['LD']);
    expect(splitAuthors('Alan Smith, III, and Mary Major, Dr.')).toEqual(['Alan Smith, III', 'Mary Major, Dr.']);
    for (const c of ['PhD', 'MD', 'RD', 'RDN', 'MS', 'MSc', 'MPH', 'CSCS', 'DO', 'Jr.', 'Sr.', 'II', 'III', 'M.D.', 'Ph.D.', 'B.Sc.']) {
      expect(splitAuthors(`Ana Lima, ${c}`)).toEqual([`Ana Lima, ${c}`]);
    }
  });
});

describe('popup byline: the category a meta line names after the author', () => {
  it('shows "Sina Giebel", not "Sina Giebel IN Fashion", from "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS"', () => {
    expect(namesInLabelledLine('Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS')).toEqual(['Sina Giebel']);
    const d = page('<article><h1>Ear Candy!</h1><div class="post-meta">Freitag | 14. Juni 2019 | 15:49 VON <a href="/author/sina/">Sina Giebel</a> IN <a href="/category/fashion/">Fashion</a> | 0 COMMENTS</div><p>Story.</p></article>');
    expect(authorsOf(d)).toEqual(['Sina Giebel']);
  });

  it('cuts the category after "in", "en", "dans" or "unter"', () => {
    expect(splitAuthors('By Jane Doe in News')).toEqual(['Jane Doe']);
    expect(splitAuthors('Por Ana Lima en Noticias')).toEqual(['Ana Lima']);
    expect(splitAuthors('Par Marie Curie dans Sciences')).toEqual(['Marie Curie']);
    expect(splitAuthors('Von Max Mustermann unter Allgemein')).toEqual(['Max Mustermann']);
    expect(splitAuthors('Yoo In Na')).toEqual(['Yoo In Na']);
  });
});

describe('popup byline: a source credit with role labels', () => {
  it('shows the writer without "(Text)" and leaves out the photographer ("Raphael Bischof (Text), Stefan Scheuteri (Bild)")', () => {
    const d = page('<article><h1>Cup-Vorschau</h1><p>Story.</p><p>Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)</p></article>');
    expect(authorsOf(d)).toEqual(['Raphael Bischof']);
  });

  it('drops the roles from names in a byline list', () => {
    expect(splitAuthors('Raphael Bischof (Text), Stefan Scheuteri (Bild)')).toEqual(['Raphael Bischof', 'Stefan Scheuteri']);
    expect(splitAuthors('Ana Lima (Fotos) und Max Muster (Photo)')).toEqual(['Ana Lima', 'Max Muster']);
  });
});
