/** Markdown export: a header of facts, the body through turndown, and the related links as a list. */
import TurndownService from 'turndown';
import { sanitizeHtml } from '../../extract/sanitize';
import type { SavedArticle } from '../../store/saved-article';
import { formatAuthors, formatPublished, formatReadingTime } from '../../ui/format';
import type { LibraryLayout } from './layout';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  // Turndown pads list markers to four columns ("-   item"); most Markdown is written "- item".
  service.addRule('listItem', {
    filter: 'li',
    replacement(content, node, options) {
      const parent = node.parentNode as HTMLElement | null;
      let marker = `${options.bulletListMarker} `;
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? 1);
        marker = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(marker.length)}`);
      return marker + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  return service;
}

export function articleToMarkdown(article: SavedArticle, win: Window): string {
  const md = turndown();
  const facts = [
    article.siteName,
    article.authors.length ? `By ${formatAuthors(article.authors)}` : null,
    formatPublished(article.publishedTime),
    formatReadingTime(article.readingTimeMinutes),
  ].filter(Boolean);
  const lines = [`# ${md.escape(article.title)}`, '', facts.map((f) => md.escape(f!)).join(' · '), '', `Original: <${article.url}>`, ''];
  lines.push(md.turndown(sanitizeHtml(article.content, win)).trim(), '');
  const related = article.relatedLinks.filter((l) => /^https?:\/\//i.test(l.url));
  if (related.length) {
    lines.push('## Related articles', '');
    for (const link of related) lines.push(`- [${md.escape(link.title)}](<${link.url}>)`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Many articles in one file, separated by horizontal rules. */
export function markdownLayout(win: Window): LibraryLayout {
  return { head: () => '', article: (article) => articleToMarkdown(article, win), separator: '\n---\n\n', foot: '' };
}
