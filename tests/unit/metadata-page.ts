/** Small pages for the metadata specifications, and the authors the popup shows for them. */
import { JSDOM } from 'jsdom';
import { readMetadata } from '../../src/extract/metadata';
import { combineMetadata } from '../../src/extract/metadata/combine';

export const page = (body: string, head = ''): Document => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

/** The authors as combined for the article, for a page at `url` (site names are read from its host). */
export const authorsAt = (url: string) => (d: Document): string[] => combineMetadata(readMetadata(d, url), {}, d.title).authors;
