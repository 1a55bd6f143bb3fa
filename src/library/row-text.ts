/** What a saved article's row in the list says, shared by the Preact row and the first screen's DOM-built row. */
import type { ArticleSummary } from '../store/saved-article';
import { readerPath } from '../reader/reader-url';
import { formatAuthors, formatPublished, formatReadingTime } from '../ui/format';
import { formatSavedAt } from './format-saved';
import { siteOf } from './select';

export interface RowText {
  site: string;
  href: string;
  authors: string | null;
  published: string | null;
  readingTime: string;
  saved: string;
  /** Null when there is none, or when it only repeats the byline that the meta line already shows. */
  excerpt: string | null;
  state: 'Read' | 'Unread';
  toggle: 'Mark read' | 'Mark unread';
}

/** The parts of a row worded by the locale's Intl formatters. */
export type LocalizedText = Pick<RowText, 'authors' | 'published' | 'saved'>;

export function localizedText(summary: ArticleSummary, now = Date.now()): LocalizedText {
  return { authors: formatAuthors(summary.authors), published: formatPublished(summary.publishedTime), saved: formatSavedAt(summary.savedAt, now) };
}

/** `localized`: the row's Intl-worded parts when already known (first-screen-wording.ts). */
export function rowText(summary: ArticleSummary, localized = localizedText(summary)): RowText {
  const { authors, published, saved } = localized;
  return {
    site: siteOf(summary),
    href: readerPath(summary.id),
    authors,
    published,
    readingTime: formatReadingTime(summary.readingTimeMinutes),
    saved,
    excerpt: summary.excerpt && !isJustByline(summary.excerpt, authors) ? summary.excerpt : null,
    state: summary.read ? 'Read' : 'Unread',
    toggle: summary.read ? 'Mark unread' : 'Mark read',
  };
}

/** Some pages' first paragraph, and so their excerpt, is only the byline. */
function isJustByline(excerpt: string, authors: string | null): boolean {
  return authors !== null && excerpt.replace(/^by\s+/i, '').trim().toLowerCase() === authors.toLowerCase();
}
