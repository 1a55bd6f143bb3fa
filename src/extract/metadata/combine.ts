/**
 * The article's title, authors, date and site name: the page's own metadata (read before cleaning)
 * weighed against what Readability found in the cleaned page.
 */
import { squash } from '../text';
import { chooseTitle } from '../title';
import { splitAuthors } from './authors';
import type { PageMetadata } from './index';

/** The fields of Readability's parse() result this step reads. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export interface ArticleMetadata {
  title: string;
  authors: string[];
  publishedTime: string | null;
  siteName: string | null;
}

export function combineMetadata(meta: PageMetadata, readability: ReadabilityMetadata, documentTitle: string): ArticleMetadata {
  const people = meta.authors.length ? meta.authors : splitAuthors(readability.byline);
  const authors = [people, meta.postAuthorComment, meta.organizationAuthors, meta.deskCredit, meta.copyrightHolder, meta.sourceCredit, meta.headlineCredit].find((names) => names.length) ?? [];
  const siteName = meta.siteName ?? (squash(readability.siteName) || null);
  const title = chooseTitle(meta.titleCandidates, readability.title ?? null, documentTitle, siteName, meta.titleSources);
  return { title, authors, publishedTime: meta.publishedTime, siteName };
}
