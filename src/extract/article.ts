/** The one result every part of the product passes around: CLI, content script, popup, library. */
export interface RelatedLink {
  url: string;
  title: string;
}

export interface Removal {
  reason: RemovalReason;
  text: string;
}

export type RemovalReason =
  | 'ad'
  | 'promo'
  | 'newsletter'
  | 'cookie-banner'
  | 'share-bar'
  | 'comments'
  | 'template-placeholder'
  | 'repeated-byline'
  | 'repeated-date'
  | 'repeated-title'
  | 'author-bio'
  | 'related-list'
  | 'photo-credit'
  | 'post-meta'
  | 'disclaimer'
  | 'navigation'
  | 'after-main'
  | 'site-rule';

export interface ArticleWarning {
  code: 'possibly-incomplete' | 'no-author' | 'no-date';
  message: string;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  authors: string[];
  /** ISO 8601, or null when the page gives no trustworthy date. */
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  readingTimeMinutes: number;
  /**
   * HTML of the article body, cleaned but not sanitized: it comes from the page, and a content script's
   * answer is never trusted anyway, so it is sanitized where it is shown or exported (sanitize.ts).
   */
  content: string;
  textContent: string;
  relatedLinks: RelatedLink[];
  removed: Removal[];
  /** Whether clutter removal ran (false = Readability's own output). */
  cleaned: boolean;
  warnings: ArticleWarning[];
}
