/** Builds realistic news pages for the pipeline's specifications: a site template around a story. */
import { parseHtml } from '../../src/node/parse-html';
import { extractArticle, type ExtractResult } from '../../src/extract';
import type { Article } from '../../src/extract/article';
import { sanitizeHtml } from '../../src/extract/sanitize';

export const STORY = [
  'The harbour bridge reopened to traffic on Tuesday morning after eight months of repairs to its deck and cables, the port authority said in a statement.',
  'Engineers replaced more than two hundred cable anchors and resurfaced the full length of the deck, which carries about forty thousand vehicles a day between the two halves of the city.',
  'Local businesses on both sides of the bridge said the closure had cut their trade by a third, and several shop owners welcomed the early finish with a small ceremony at the southern approach.',
  'The authority said a cycle lane will open on the bridge in the summer once the new barriers are installed, completing a project that was first proposed more than a decade ago.',
  'Commuters who had faced hour-long detours through the industrial district said the reopening would give them back time with their families, and bus operators restored their original routes.',
  'The repairs cost forty-two million dollars, slightly under the budget approved by the regional council last year, according to figures released alongside the announcement on Tuesday.',
];

export interface PageParts {
  head?: string;
  beforeArticle?: string;
  /** Inserted after the paragraph with this index: { 2: '<div class="ad">…</div>' }. */
  inserts?: Record<number, string>;
  afterStory?: string;
  afterArticle?: string;
  paragraphs?: string[];
}

export function newsPage(parts: PageParts = {}): string {
  const paragraphs = parts.paragraphs ?? STORY;
  const body = paragraphs.map((p, i) => `<p>${p}</p>${parts.inserts?.[i] ?? ''}`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs | Coast Post</title>${parts.head ?? ''}</head>
<body>
<header class="site-header"><a href="/">Coast Post</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
${parts.beforeArticle ?? ''}
<main><article>
<h1>Harbour bridge reopens after repairs</h1>
${body}
${parts.afterStory ?? ''}
</article></main>
${parts.afterArticle ?? ''}
<footer class="site-footer"><p>© Coast Post Media</p><a href="/about">About</a></footer>
</body></html>`;
}

export const PAGE_URL = 'https://coastpost.example/news/2024/04/09/harbour-bridge-reopens/';

export function extract(html: string, options: { url?: string; clean?: boolean } = {}): ExtractResult {
  const url = options.url ?? PAGE_URL;
  const { document } = parseHtml(html, url);
  return extractArticle(document, { url, clean: options.clean ?? true });
}

export function article(html: string, options: { url?: string; clean?: boolean } = {}): Article {
  const result = extract(html, options);
  if (!result.ok) throw new Error(`expected an article, got: ${result.message}`);
  return result.article;
}

const renderer = parseHtml('<!doctype html><body></body>', 'chrome-extension://clearpage/popup.html').window;

/** The article body's HTML as the popup, reader tab and library show it: through the sanitizer. */
export function rendered(a: Article): string {
  return sanitizeHtml(a.content, renderer);
}
