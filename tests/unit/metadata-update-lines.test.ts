/**
 * Update lines in Spanish, Portuguese, Italian and the other languages dates.ts reads: "Actualizado" printed above
 * "Publicado" is the last change, not the publication, as German "Aktualisiert" and English "Updated" are. Where no
 * publication line follows, the update line still dates the story: it is often the only date a page prints.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { dateFromText } from '../../src/extract/metadata/text-date';

const doc = (body: string, head = '') => new JSDOM(`<!doctype html><html lang="es"><head>${head}</head><body>${body}</body></html>`).window.document;
const textDate = (body: string) => dateFromText(doc(body), undefined, 'day-first');
const story = '<p>El Gobierno presentó el plan de obras para el puerto.</p>';

describe('an update line above the publication line', () => {
  it('takes "Publicado" right below "Actualizado", in Spanish, Portuguese and Italian', () => {
    expect(textDate(`<h1>Plan de obras</h1><p>Actualizado: 11/05/2022 17:36</p><p>Publicado: 10/05/2022 17:22</p>${story}`)).toBe('2022-05-10');
    expect(textDate(`<h1>Obras</h1><p>Atualizado em 11/05/2022</p><p>Publicado em 10/05/2022</p>${story}`)).toBe('2022-05-10');
    expect(textDate(`<h1>Lavori</h1><p>Aggiornato il 11 maggio 2022</p><p>Pubblicato il 10 maggio 2022</p>${story}`)).toBe('2022-05-10');
  });

  it('takes the publication from a line that gives both ("Actualizado: 11/05/2022 | Publicado: 10/05/2022")', () => {
    expect(textDate(`<h1>Plan de obras</h1><p>Actualizado: 11/05/2022 | Publicado: 10/05/2022</p>${story}`)).toBe('2022-05-10');
  });

  it('keeps the update line when no publication line follows it: a later date line is another story\'s or an event\'s', () => {
    expect(textDate(`<h1>Plan de obras</h1><p>Actualizado el 11 de mayo de 2022</p>${story}`)).toBe('2022-05-11');
    expect(textDate(`<h1>Plan de obras</h1><p>Actualizado el 11 de mayo de 2022</p>${story}<p>Inauguración: 3 de junio de 2022</p>`)).toBe('2022-05-11');
  });

  it('keeps the update line when the publication line further down is something else\'s: a book box, an older story, a first edition', () => {
    expect(textDate(`<h1>Plan de obras</h1><p>Actualizado: 11/05/2022</p>${story.repeat(4)}<div class="libro"><h3>El libro</h3><p>Publicado: 01/03/2019</p></div>`)).toBe('2022-05-11');
    expect(textDate(`<h1>Plan de obras</h1><p>Actualizado: 11/05/2022</p>${story}<p>El puerto</p><p>Sus muelles</p><p>Publicado originalmente el 3 de enero de 1998</p>`)).toBe('2022-05-11');
  });

  it('reads a labelled last change ("Última actualización: …") only when no other line dates the page, as "Letzte Änderung"', () => {
    expect(textDate(`<h1>Plan de obras</h1>${story}<p>Última actualización: 3 de junio de 2022</p><p>12 de mayo de 2022</p>`)).toBe('2022-05-12');
    expect(textDate(`<h1>Plan de obras</h1>${story}<p>Última actualización: 3 de junio de 2022</p>`)).toBe('2022-06-03');
  });

  it('does not take a declared later change shown under the headline when the same line prints the publication', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-10T17:22:00-04:00","dateModified":"2022-05-11T09:36:00-04:00"}</script>';
    const d = doc(`<article><h1>Plan de obras</h1><div>Actualizado: 11/05/2022 | Publicado: 10/05/2022</div>${story}</article>`, head);
    expect(readMetadata(d, 'https://news.example.org/story').publishedTime?.slice(0, 10)).toBe('2022-05-10');
    const updatedOnly = doc(`<article><h1>Plan de obras</h1><div>Actualizado: 11/05/2022</div>${story}</article>`, head);
    expect(readMetadata(updatedOnly, 'https://news.example.org/story').publishedTime?.slice(0, 10)).toBe('2022-05-11');
  });
});
