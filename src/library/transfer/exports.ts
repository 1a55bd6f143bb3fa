/** Turns one article or the whole library into a downloadable file in the chosen format. */
import { allArticles } from '../../store/articles-db';
import type { SavedArticle } from '../../store/saved-article';
import { articleToHtml, libraryToHtmlParts } from './html';
import { libraryFileParts } from './library-file';
import { articleToMarkdown, libraryToMarkdownParts } from './markdown';
import type { ExportFormat } from './formats';
import { isoDate, slugify } from './text';

export { FORMAT_LABELS, type ExportFormat } from './formats';

const TYPES: Record<ExportFormat, { ext: string; mime: string }> = {
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { ext: 'html', mime: 'text/html;charset=utf-8' },
  json: { ext: 'json', mime: 'application/json' },
};

export interface ExportFile {
  name: string;
  blob: Blob;
  count: number;
}

function file(format: ExportFormat, base: string, parts: string[], count: number): ExportFile {
  const { ext, mime } = TYPES[format];
  return { name: `${base}.${ext}`, blob: new Blob(parts, { type: mime }), count };
}

export function exportArticle(article: SavedArticle, format: ExportFormat, win: Window = window): ExportFile {
  const base = slugify(article.title);
  if (format === 'markdown') return file(format, base, [articleToMarkdown(article, win)], 1);
  if (format === 'html') return file(format, base, [articleToHtml(article, win)], 1);
  return file(format, base, libraryFileParts([article]), 1);
}

export async function exportLibrary(format: ExportFormat, win: Window = window, now = new Date()): Promise<ExportFile> {
  const articles: SavedArticle[] = [];
  for await (const batch of allArticles()) articles.push(...batch);
  articles.sort((a, b) => b.savedAt - a.savedAt);
  const base = `clearpage-library-${isoDate(now.getTime())}`;
  if (format === 'markdown') return file(format, base, libraryToMarkdownParts(articles, win), articles.length);
  if (format === 'html') return file(format, base, libraryToHtmlParts(articles, win), articles.length);
  return file(format, base, libraryFileParts(articles, now), articles.length);
}
