/** A speech published under its speaker's name, as government and parliament sites do: the speaker is its author. */
import { describe, expect, it } from 'vitest';
import { speakerInHeading } from '../../src/extract/metadata/speech-heading';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://www.bundespraesident.de/reden/2003/03/20030331.html');

describe('the speaker a speech\'s headline names', () => {
  it('shows the speaker of "Rede von Bundespräsident NAME beim …" when the page has no byline', () => {
    const d = page('<div id="main"><h1><span>Rede von Bundespräsident Johannes Rau beim Föderalismuskonvent der deutschen Landesparlamente</span></h1><div class="article-metadata"><span>Lübeck, 31. März 2003</span></div><p>Meine Damen und Herren, …</p></div>');
    expect(authorsOf(d)).toEqual(['Johannes Rau']);
  });

  it('reads the name past the office, in German, English and French, with the occasion or nothing after it', () => {
    expect(speakerInHeading('Rede des Bundespräsidenten Frank-Walter Steinmeier zum Tag der Deutschen Einheit')).toBe('Frank-Walter Steinmeier');
    expect(speakerInHeading('Speech by Prime Minister Jane Doe at the Mansion House')).toBe('Jane Doe');
    expect(speakerInHeading('Remarks by Secretary-General Ana María Ruiz')).toBe('Ana María Ruiz');
    expect(speakerInHeading('Discours de Marie Curie lors de la remise du prix')).toBe('Marie Curie');
    expect(speakerInHeading('Rede von Ursula von der Leyen vor dem Europäischen Parlament')).toBe('Ursula von der Leyen');
  });

  it('does not name the subject of a report on a speech, which goes on with a verb or a colon', () => {
    expect(speakerInHeading('Rede von Greta Thunberg sorgt für Empörung')).toBeNull();
    expect(speakerInHeading('Speech by Jane Doe: what it means for the markets')).toBeNull();
    expect(speakerInHeading('Die Rede von Johannes Rau im Wortlaut')).toBeNull();
  });

  it('does not name an office or a single word as the speaker', () => {
    expect(speakerInHeading('Speech by the Queen at the opening of Parliament')).toBeNull();
    expect(speakerInHeading('Remarks by President Biden on the economy')).toBeNull();
    expect(speakerInHeading('Rede von Bundespräsident zum Jahreswechsel')).toBeNull();
  });

  it('keeps a byline that names the story\'s author', () => {
    const d = page('<h1>Rede von Johannes Rau beim Föderalismuskonvent</h1><p class="byline">Von Anna Berg</p><p>Text.</p>');
    expect(authorsOf(d)).toEqual(['Anna Berg']);
  });
});
