/**
 * Author names as the page prints them: a CMS account stands aside for the person, and the cleaner keeps an
 * organisation's "e. V.", drops the kind of piece before "von" and ends a byline at its line break (the page
 * patterns each exists for, and the look-alikes each must not take).
 */
import { describe, expect, it } from 'vitest';
import { isAccountName, printedAccountName } from '../../src/extract/metadata/account-names';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { copyrightHolder } from '../../src/extract/metadata/copyright';
import { readVisibleByline } from '../../src/extract/metadata/visible-byline';
import { textLines } from '../../src/extract/page-text';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://news.example.org/2023/11/wahl/');
const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bürgermeisterwahl","author":{"@type":"Person","name":"${author}"}}</script>`;

describe('a CMS account name stands aside for the person the page prints', () => {
  it('shows the person a Drupal "Gespeichert von <username>" line’s story names below it (ethify.org)', () => {
    const d = page('<article><h1>Vegetarier in Österreich und Russland</h1><span rel="sioc:has_creator">Gespeichert von <span class="username">human</span> am <time datetime="2019-07-07">7. Juli 2019</time></span><p>Blog Beitrag von Margarita Koreneva</p><p>Vegetarier oder Veganer zu sein wird die Lebensweise vieler Menschen.</p></article>');
    expect(readVisibleByline(d).authors).toEqual(['Margarita Koreneva']);
  });

  it('keeps the account when no later line names a person, and a capitalized byline first is never replaced', () => {
    const only = page('<article><h1>Vegetarier</h1><span>Gespeichert von <span class="username">human</span> am 7. Juli 2019</span><p>Vegetarier oder Veganer zu sein wird die Lebensweise vieler Menschen.</p></article>');
    expect(readVisibleByline(only).authors).toEqual(['human']);
    const person = page('<article><h1>Vegetarier</h1><p>Von Anna Berg</p><p>Text.</p><figure><figcaption>Von Jan Roth</figcaption></figure></article>');
    expect(readVisibleByline(person).authors).toEqual(['Anna Berg']);
  });

  it('never takes the name for the account from a comment or another story\'s box below (Drupal prints "Submitted by" on comments too)', () => {
    const comments = page('<div class="node"><h1>Council votes on the bridge</h1><div class="submitted">Submitted by <span class="username">jsmith</span> on Tue, 05/07/2024 - 10:12</div><p>The council voted on the bridge on Tuesday after a long debate about its cost.</p></div><div id="comments" class="comment-wrapper"><div class="comment"><div class="submitted">Submitted by <span class="username">Mary Jones</span> on Wed, 05/08/2024 - 09:00</div><p>Great news.</p></div></div>');
    expect(readVisibleByline(comments).authors).toEqual(['jsmith']);
    const related = page('<article><h1>Vegetarier</h1><span>Gespeichert von <span class="username">human</span> am 7. Juli 2019</span><p>Vegetarier oder Veganer zu sein wird die Lebensweise vieler Menschen.</p></article><div class="view-related"><p>Von Anna Berg</p></div>');
    expect(readVisibleByline(related).authors).toEqual(['human']);
  });

  it('prints a first.last JSON-LD login as the page spells the name, middle initial included (osthessen-news)', () => {
    const d = page('<article><h1>Bürgermeisterwahl</h1><p>Die Gemeindepolitik bleibt spannend. (Christian P. Stadtfeld) +++</p></article>', ld('christian.stadtfeld'));
    expect(authorsOf(d)).toEqual(['Christian P. Stadtfeld']);
  });

  it('keeps the login when the page prints no such name, or only another person sharing a word of it', () => {
    const none = page('<article><h1>Bürgermeisterwahl</h1><p>Christian Müller und Petra Stadtfeld kandidierten.</p></article>', ld('christian.stadtfeld'));
    expect(authorsOf(none)).toEqual(['christian.stadtfeld']);
    const lines = textLines(page('<p>Christian Democratic Stadtfeld Union</p><p>Christianne Stadtfeldt</p>').body);
    expect(printedAccountName('christian.stadtfeld', lines)).toBeNull();
  });

  it('counts only lowercase logins as accounts: names, capitalized handles and scripts without case are not', () => {
    expect(['human', 'wordpressadmin', 'christian.stadtfeld', 'freeman1984'].every(isAccountName)).toBe(true);
    expect(['Anna Berg', 'JF', 'ليلى حسن', 'Marianne1'].some(isAccountName)).toBe(false);
    // Only a first.last login is looked up: a single word could be anyone's first name ("mary" → "Mary Shelley").
    expect(printedAccountName('mary', textLines(page('<p>Photo by Mary Shelley</p>').body))).toBeNull();
  });
});

describe('names cleaned as the page means them', () => {
  it('keeps an association’s "e. V." whole instead of splitting at the "e" of Portuguese bylines (caritas.de)', () => {
    expect(splitAuthors('Deutscher Caritasverband e. V.')).toEqual(['Deutscher Caritasverband e. V.']);
    expect(splitAuthors('João Silva e Maria Costa')).toEqual(['João Silva', 'Maria Costa']);
    expect(splitAuthors('Deutsches Rotes Kreuz e.V.')).toEqual(['Deutsches Rotes Kreuz e.V.']);
    expect(splitAuthors('Jane Doe.')).toEqual(['Jane Doe']);
  });

  it('drops the kind of piece a byline credits ("Pressemitteilung von", "Ein Kommentar von", "A column by"; linksfraktion.de)', () => {
    expect(splitAuthors('Pressemitteilung von Katja Kipping')).toEqual(['Katja Kipping']);
    expect(splitAuthors('Ein Kommentar von Anna Berg')).toEqual(['Anna Berg']);
    expect(splitAuthors('A column by Jane Doe')).toEqual(['Jane Doe']);
    // A particle is no kind of piece: "Ursula von der Leyen" stays whole.
    expect(splitAuthors('Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
  });

  it('never turns an interview credit into one garbled name with the interviewee ("Interview von A mit B")', () => {
    for (const credit of ['Interview von Anna Berg mit Bürgermeister Max Roe', 'An interview by Jane Doe with the mayor', 'Analysis by Jane Doe with the mayor']) {
      for (const name of splitAuthors(credit)) expect(name).not.toMatch(/\b(?:mit|with)\b/);
    }
  });

  it('reads on past the line break when the next line goes on with the list of names ("By Jane Doe<br>and John Roe")', () => {
    expect(readVisibleByline(page('<article><h1>Bridge</h1><p>By Jane Doe<br>and John Roe</p><p>The council voted on the bridge.</p></article>')).authors).toEqual(['Jane Doe', 'John Roe']);
    expect(readVisibleByline(page('<article><h1>Brücke</h1><p>Von Anna Berg<br>und Max Roe</p><p>Der Rat stimmte ab.</p></article>')).authors).toEqual(['Anna Berg', 'Max Roe']);
  });

  it('ends a byline at its line break: the dateline below is no part of the last name (aussengedanken.de)', () => {
    const d = page('<article><h1>Feuerholz</h1><p>Von <strong><a href="http://a.example">Roland Brockmann</a></strong> und <strong><a href="http://b.example">Sebastian Drescher</a></strong><br><span></span><br>Kakuma /Kenia</p><p>Text.</p></article>');
    expect(readVisibleByline(d).authors).toEqual(['Roland Brockmann', 'Sebastian Drescher']);
    const oneLine = page('<article><h1>Feuerholz</h1><p>Kakuma /Kenia<br>Von Roland Brockmann</p><p>Text.</p></article>');
    expect(readVisibleByline(oneLine).authors).toEqual(['Roland Brockmann']);
    // A label alone on its line names whoever the next line holds (hpd.de: "Von:<br><i><a>NAME</a></i>").
    const labelLine = page('<article><h1>Feuerholz</h1><aside><p class="authors">Von:<br><i><a href="/autor/moritz">Moritz Pieczewski-Freimuth</a></i></p></aside><p>Text.</p></article>');
    expect(readVisibleByline(labelLine).authors).toEqual(['Moritz Pieczewski-Freimuth']);
  });

  it('reads no "Copyright" as the first word of a copyright holder ("© Copyright MesOpinions.com")', () => {
    expect(copyrightHolder('© Copyright MesOpinions.com')).toEqual([]);
    expect(copyrightHolder('© Copyright 2019 Sven Schreivogel')).toEqual(['Sven Schreivogel']);
  });
});
