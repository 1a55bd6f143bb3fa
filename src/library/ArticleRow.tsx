/** One saved article in the list: what it is, whether it is read, and what can be done with it. */
import { memo } from 'preact/compat';
import type { ArticleSummary } from '../store/saved-article';
import { ExportMenu } from './ExportMenu';
import { rowText } from './row-text';
import { textDirection } from '../ui/text-direction';
import type { ExportFormat } from './transfer/formats';

export interface RowActions {
  toggleRead(summary: ArticleSummary): void;
  remove(summary: ArticleSummary): void;
  exportOne(summary: ArticleSummary, format: ExportFormat): void;
}

// The first screen builds the same elements with DOM calls before Preact loads (first-screen-dom.ts); keep them alike.
export const ArticleRow = memo(function ArticleRow({ summary, actions }: { summary: ArticleSummary; actions: RowActions }) {
  const text = rowText(summary);
  return (
    <li class={summary.read ? 'entry' : 'entry unread'} data-id={summary.id}>
      <div class="entry-main">
        <p class="entry-site">
          {!summary.read && <span class="unread-dot" title="Unread" />}
          {text.site}
        </p>
        <h2 class="entry-title" lang={summary.lang ?? undefined} dir={textDirection(summary.lang)}>
          <a href={text.href}>{summary.title}</a>
        </h2>
        <p class="entry-meta">
          {text.authors && <span class="entry-authors">{text.authors}</span>}
          {text.published && <time dateTime={summary.publishedTime ?? undefined}>{text.published}</time>}
          <span>{text.readingTime}</span>
          <span class="entry-saved">{text.saved}</span>
          <span class="sr-only">{text.state}</span>
        </p>
        {text.excerpt && (
          <p class="entry-excerpt" lang={summary.lang ?? undefined} dir={textDirection(summary.lang)}>
            {text.excerpt}
          </p>
        )}
      </div>
      <div class="entry-actions">
        <button type="button" class="ghost toggle-read" onClick={() => actions.toggleRead(summary)}>
          {text.toggle}
        </button>
        <ExportMenu label="Export" title={`Export “${summary.title}”`} onExport={(format) => actions.exportOne(summary, format)} />
        <button type="button" class="ghost danger delete" onClick={() => actions.remove(summary)} aria-label={`Delete “${summary.title}”`}>
          Delete
        </button>
      </div>
    </li>
  );
});
