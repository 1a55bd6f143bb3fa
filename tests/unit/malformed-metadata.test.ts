/** Broken or odd metadata is ignored or normalized, never shown raw or as "Invalid Date". */
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { normalizeDate } from '../../src/extract/metadata/dates';
import { formatPublished } from '../../src/ui/format';
import { article, newsPage } from './news-page';

describe('malformed metadata', () => {
  it('relative and impossible dates give no date rather than a wrong one', () => {
    for (const raw of ['yesterday', '2 hours ago', 'just now', 'Updated 5 minutes ago', 'not a date', '2024-13-45', '2024-02-30', '0000-00-00', '']) {
      expect(normalizeDate(raw), raw).toBeNull();
    }
  });

  it('author fields holding URLs, e-mail addresses or desk names are dropped', () => {
    expect(splitAuthors('https://www.facebook.com/lena.ortiz')).toEqual([]);
    expect(splitAuthors('newsroom@coastpost.example')).toEqual([]);
    expect(splitAuthors('Staff')).toEqual([]);
    expect(splitAuthors('By Lena Ortiz and Staff')).toEqual(['Lena Ortiz']);
  });

  it('a team or role after a spaced dash is not part of the last name ("… and Kiran C Nair - Chrome Safe Browsing team")', () => {
    expect(splitAuthors('Posted by Nathan Parker, Eric Mill and Kiran C Nair - Chrome Safe Browsing team')).toEqual(['Nathan Parker', 'Eric Mill', 'Kiran C Nair']);
    expect(splitAuthors('By Jane Doe – Staff Writer')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jean-Luc Picard')).toEqual(['Jean-Luc Picard']);
    expect(splitAuthors('Günter W. Kienitz at 18:52')).toEqual(['Günter W. Kienitz']);
  });

  it('a page with broken JSON-LD, a URL as author and a relative date still reads, with no bogus header facts', () => {
    const a = article(
      newsPage({
        head: `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour bridge reopens after repairs", "datePublished": "2 hours ago", "author": {"name": "https://coastpost.example/staff/"}, </script>
               <meta property="article:published_time" content="Invalid Date"><meta name="author" content="Staff">`,
      }),
    );
    expect(a.title).toBe('Harbour bridge reopens after repairs');
    expect(a.authors).toEqual([]);
    expect(a.publishedTime).toBe('2024-04-09'); // from the URL, the only trustworthy date left
    expect(a.warnings.map((w) => w.code)).toContain('no-author');
  });

  it('the reader never renders an unparseable date', () => {
    expect(formatPublished('Invalid Date')).toBeNull();
    expect(formatPublished('2024-04-09', 'en-US')).toBe('April 9, 2024');
  });
});
