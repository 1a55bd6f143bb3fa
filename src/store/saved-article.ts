import type { Article } from '../extract/article';

/** An article in the read-later library. Keyed by its canonical URL, so saving again updates it. */
export interface SavedArticle extends Article {
  id: string;
  savedAt: number;
  read: boolean;
}

/**
 * What the library list needs of an article, stored apart from the body so that listing ten thousand
 * articles reads a few megabytes instead of every article's full text.
 */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  authors: string[];
  publishedTime: string | null;
  readingTimeMinutes: number;
  excerpt: string | null;
  lang: string | null;
  savedAt: number;
  read: boolean;
}

export function toSummary(a: SavedArticle): ArticleSummary {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    siteName: a.siteName,
    authors: a.authors,
    publishedTime: a.publishedTime,
    readingTimeMinutes: a.readingTimeMinutes,
    excerpt: a.excerpt ? a.excerpt.slice(0, 300) : null,
    lang: a.lang,
    savedAt: a.savedAt,
    read: a.read,
  };
}

/** The library key of a page: scheme, host and path without fragment, tracking parameters or trailing slash. */
export function canonicalKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of Array.from(u.searchParams.keys())) if (/^(utm_|fbclid$|gclid$|mc_|ref$|ocid$)/.test(key)) u.searchParams.delete(key);
    u.hostname = u.hostname.replace(/^www\./, '');
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}
