import type { Article } from '../extract/article';

/** An article in the read-later library. Keyed by its canonical URL, so saving again updates it. */
export interface SavedArticle extends Article {
  id: string;
  savedAt: number;
  read: boolean;
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
