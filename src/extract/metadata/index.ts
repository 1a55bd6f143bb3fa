/** Author, date, title candidates and site name, gathered from the untouched page before any cleaning. */
import { squash } from '../text';
import { splitAuthors, uniqueNames } from './authors';
import { dateFromUrl, normalizeDate } from './dates';
import { readLinkedData } from './json-ld';
import { readMetaTags } from './meta-tags';
import { readVisibleByline } from './visible-byline';

export interface PageMetadata {
  authors: string[];
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  /** Titles the page declares, best first; the final title is chosen against Readability's. */
  titleCandidates: string[];
  bylineElement: Element | null;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  const ld = readLinkedData(doc);
  const meta = readMetaTags(doc);
  const visible = readVisibleByline(doc);
  const metaAuthors = splitAuthors(meta.authors);
  const authors = uniqueNames(ld.authors.length ? ld.authors : visible.authors.length ? visible.authors : metaAuthors);
  const publishedTime = normalizeDate(ld.datePublished) ?? normalizeDate(meta.published) ?? visible.published ?? dateFromUrl(url);
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => squash(h.textContent)).filter((t) => t.length > 5 && t.length < 300);
  return {
    authors,
    publishedTime,
    siteName: squash(meta.siteName ?? ld.publisher) || null,
    lang: doc.documentElement.getAttribute('lang')?.trim() || null,
    titleCandidates: [ld.headline, meta.title, ...h1s].map((t) => squash(t)).filter(Boolean),
    bylineElement: visible.element,
  };
}
