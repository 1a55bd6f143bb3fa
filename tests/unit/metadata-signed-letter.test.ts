/**
 * A post written as a letter to its readers, addressed at the top and signed with a name over the date at the
 * bottom (prof-pc.de), names its writer as the author. Closing words over a date, a comment's name line and a
 * signature-like line in a story that addresses nobody do not.
 */
import { describe, expect, it } from 'vitest';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://prof-pc.de/');
const BODY = [
  '<p>vor mittlerweile über sieben Jahren habe ich Professor PC gestartet und seitdem einige Artikel und Videos zu verschiedensten technischen Themen veröffentlicht.</p>',
  '<p>Ich habe mich daher – schweren Herzens – entschieden, Professor PC zu beenden. Die meisten alten Artikel bleiben unter der bisherigen URL online.</p>',
  '<p>In dem Sinne: So Long, and Thanks for All the Fish!</p>',
].join('');
const post = (opening: string, closing: string, after = '') => page(`<main><article><h1>Time to say goodbye.</h1>${opening}${BODY}${closing}</article>${after}</main>`);

describe('a post written as a signed letter', () => {
  it('names the writer who signs it with a name over the date (prof-pc.de: "Liebe_r Besucher_in," … "Benni / 10. September 2017")', () => {
    expect(authorsOf(post('<p>Liebe_r Besucher_in,</p>', '<p>Benni<br />\n10. September 2017</p>'))).toEqual(['Benni']);
    expect(authorsOf(post('<p>Dear readers,</p>', '<p>Jane Doe<br>March 4, 2019</p>'))).toEqual(['Jane Doe']);
  });

  it('takes no closing words over a date for a name ("Guten Appetit!", "Viele Grüße,")', () => {
    expect(authorsOf(post('<p>Liebe Leserinnen und Leser,</p>', '<p>Guten Appetit!<br>10. September 2017</p>'))).toEqual([]);
    expect(authorsOf(post('<p>Liebe Leserinnen und Leser,</p>', '<p>Viele Grüße,<br>10. September 2017</p>'))).toEqual([]);
  });

  it('needs the address at the top: a story that ends on a name and a date without addressing anyone is not signed', () => {
    expect(authorsOf(post('', '<p>Danke<br>10. September 2017</p>'))).toEqual([]);
  });

  it('takes no name from a comment or a teaser after the story', () => {
    const comments = '<section class="comments"><p>Dietmar Hilsebein<br> 8. April 2019</p></section>';
    expect(authorsOf(post('<p>Liebe_r Besucher_in,</p>', '', comments))).toEqual([]);
    const teaser = '<p>Mehr lesen<br>Der Abschied von Professor PC</p>';
    expect(authorsOf(post('<p>Liebe_r Besucher_in,</p>', teaser))).toEqual([]);
  });

  it('keeps the byline when the page prints one', () => {
    expect(authorsOf(post('<p class="byline">Von Benjamin Altpeter</p><p>Liebe_r Besucher_in,</p>', '<p>Benni<br>10. September 2017</p>'))).toEqual(['Benjamin Altpeter']);
  });
});
