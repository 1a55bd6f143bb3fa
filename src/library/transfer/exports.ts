/** Turns one article or the whole library into a downloadable file in the chosen format. */
import { allArticles, allSummaries } from '../../store/articles-db';
import { newestFirst } from '../../store/newest';
import type { SavedArticle } from '../../store/saved-article';
import { articleToHtml, htmlLayout } from './html';
import { assemble, type LibraryLayout } from './layout';
import { jsonLayout, libraryFileParts } from './library-file';
import { articleToMarkdown, markdownLayout } from './markdown';
import type { ExportFormat } from './formats';
import { isoDate, slugify } from './text';

export { FORMAT_LABELS, type ExportFormat } from './formats';

const TYPES: Record<ExportFormat, { ext: string; mime: string }> = {
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { ext: 'html', mime: 'text/html;charset=utf-8' },
  json: { ext: 'json', mime: 'application/json' },
};

const LAYOUTS: Record<ExportFormat, (win: Window, now: Date) => LibraryLayout> = {
  markdown: (win) => markdownLayout(win),
  html: (win) => htmlLayout(win),
  json: (_win, now) => jsonLayout(now),
};

/** Converting runs on the page (Markdown and HTML need its DOM), so it stops this often to let the page respond. */
const SLICE_MS = 25;

export interface ExportFile {
  name: string;
  blob: Blob;
  count: number;
}

export interface ExportOptions {
  win?: Window;
  now?: Date;
  /** Told how many articles are done out of how many, every time the export lets the page respond. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the export between two articles; it then rejects with the signal's reason. */
  signal?: AbortSignal;
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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every article, newest save first. The order and the titles come from the small summaries; the
 * bodies are then read a batch at a time and converted in slices, so the page stays responsive and
 * can show progress. Articles saved after the export started are left for the next one.
 */
export async function exportLibrary(format: ExportFormat, { win = window, now = new Date(), onProgress, signal }: ExportOptions = {}): Promise<ExportFile> {
  const layout = LAYOUTS[format](win, now);
  const order = (await allSummaries()).sort(newestFirst);
  const place = new Map(order.map((s, i) => [s.id, i]));
  const converted: (string | undefined)[] = new Array(order.length);
  let done = 0;
  let sliceStart = performance.now();
  onProgress?.(0, order.length);
  for await (const batch of allArticles()) {
    for (const article of batch) {
      const i = place.get(article.id);
      if (i === undefined) continue;
      converted[i] = layout.article(article, i + 1);
      done++;
      if (performance.now() - sliceStart > SLICE_MS) {
        onProgress?.(done, order.length);
        await nextTask();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
  }
  signal?.throwIfAborted();
  onProgress?.(done, order.length);
  // An article deleted while exporting leaves a gap; it is left out, with its place in the contents.
  const kept = order.flatMap((s, i) => (converted[i] === undefined ? [] : [{ title: s.title, n: i + 1, text: converted[i]! }]));
  const parts = assemble(layout, kept, kept.map((k) => k.text));
  return file(format, `clearpage-library-${isoDate(now.getTime())}`, parts, kept.length);
}
