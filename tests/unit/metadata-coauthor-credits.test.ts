/** Bylines crediting several people at once, as newsrooms print them. */
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/extract/metadata/authors';
import { readVisibleByline } from '../../src/extract/metadata/visible-byline';
import { page } from './metadata-page';

const at = (line: string) => readVisibleByline(page(`<h1>Rheinmetall</h1><p class="autorenzeile small">${line}</p><p>Story text.</p>`)).authors;

describe('co-authors in a newsroom\'s credit line', () => {
  it('keeps every author of "Von A, B und C, NDR", and the broadcaster as the page credits it', () => {
    expect(at('Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR')).toEqual(['Volkmar Kabisch', 'Jan Lukas Strozyk', 'Benedikt Strunz', 'NDR']);
  });

  it('takes no places, roles or lone employer after the first comma', () => {
    expect(at('By Jane Doe, Los Angeles and San Francisco')).toEqual(['Jane Doe']);
    expect(at('Von Hans Meier, Berlin')).toEqual(['Hans Meier']);
    expect(at('By Jane Doe, Washington Bureau Chief and Correspondent')).toEqual(['Jane Doe']);
  });

  it('takes no places, desks or roles before the broadcaster\'s initials either', () => {
    expect(at('By John Smith, Paris and London, AFP')).toEqual(['John Smith']);
    expect(at('Von Anna Berg, Berlin und Brüssel, ARD')).toEqual(['Anna Berg']);
    expect(at('By Simon Jack, Business and Technology Editor, BBC')).toEqual(['Simon Jack']);
    expect(at('By Jane Doe, Health and Science, NPR')).toEqual(['Jane Doe']);
  });
});

describe('the publication a writer works for', () => {
  it('keeps every person and drops the publication after "For" ("Glen Owen And Brendan Carlin For The Mail On Sunday")', () => {
    expect(splitAuthors('By Glen Owen And Brendan Carlin For The Mail On Sunday')).toEqual(['Glen Owen', 'Brendan Carlin']);
    expect(splitAuthors('Jane Doe for Dailymail.com')).toEqual(['Jane Doe']);
  });

  it('leaves an organisation whose own name holds "for" whole', () => {
    expect(splitAuthors('Campaign for Nuclear Disarmament')).toEqual(['Campaign for Nuclear Disarmament']);
  });
});
