/** One saved article in the list: what it is, whether it is read, and what can be done with it. */
import { memo } from 'preact/compat';
import type { ArticleSummary } from '../store/saved-article';
import { readerPath } from '../reader/reader-url';
import { formatAuthors, formatPublished, formatReadingTime } from '../ui/format';
import { ExportMenu } from './ExportMenu';
import { formatSavedAt } from './format-saved';
import { siteOf } from './select';
import type { ExportFormat } from './transfer/formats';

export interface RowActions {
  toggleRead(summary: ArticleSummary): void;
  remove(summary: ArticleSummary): void;
  exportOne(summary: ArticleSummary, format: ExportFormat): void;
}

export const ArticleRow = memo(function ArticleRow({ summary, actions }: { summary: ArticleSummary; actions: RowActions }) {
  const authors = formatAuthors(summary.authors);
  const published = formatPublished(summary.publishedTime);
  return (
    <li class={summary.read ? 'entry' : 'entry unread'} data-id={summary.id}>
      <div class="entry-main">
        <p class="entry-site">
          {!summary.read && <span class="unread-dot" title="Unread" />}
          {siteOf(summary)}
        </p>
        <h2 class="entry-title" lang={summary.lang ?? undefined}>
          <a href={readerPath(summary.id)}>{summary.title}</a>
        </h2>
        <p class="entry-meta">
          {authors && <span class="entry-authors">{authors}</span>}
          {published && <time dateTime={summary.publishedTime ?? undefined}>{published}</time>}
          <span>{formatReadingTime(summary.readingTimeMinutes)}</span>
          <span class="entry-saved">{formatSavedAt(summary.savedAt)}</span>
          <span class="sr-only">{summary.read ? 'Read' : 'Unread'}</span>
        </p>
        {summary.excerpt && !isJustByline(summary.excerpt, authors) && <p class="entry-excerpt">{summary.excerpt}</p>}
      </div>
      <div class="entry-actions">
        <button type="button" class="ghost toggle-read" onClick={() => actions.toggleRead(summary)}>
          {summary.read ? 'Mark unread' : 'Mark read'}
        </button>
        <ExportMenu label="Export" title={`Export “${summary.title}”`} onExport={(format) => actions.exportOne(summary, format)} />
        <button type="button" class="ghost danger delete" onClick={() => actions.remove(summary)} aria-label={`Delete “${summary.title}”`}>
          Delete
        </button>
      </div>
    </li>
  );
});

/** Some pages' first paragraph, and so their excerpt, is only the byline, which the meta line already shows. */
function isJustByline(excerpt: string, authors: string | null): boolean {
  return authors !== null && excerpt.replace(/^by\s+/i, '').trim().toLowerCase() === authors.toLowerCase();
}
