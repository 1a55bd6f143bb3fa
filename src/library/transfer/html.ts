/**
 * Standalone HTML export: opens in any browser without the extension. The body goes through the same
 * sanitizer as the reader, and a Content-Security-Policy forbids scripts in case anything slipped by.
 */
import { sanitizeHtml } from '../../extract/sanitize';
import type { SavedArticle } from '../../store/saved-article';
import { dateLocale, formatAuthors, formatPublished, formatReadingTime, OWN_WORDS_LANG } from '../../ui/format';
import type { LibraryLayout } from './layout';
import { escapeHtml } from './text';

const STYLE = `body{margin:0;background:#fdfdfc;color:#1d1d1f;font:1.125rem/1.6 Charter,Georgia,serif}
main{max-width:38em;margin:0 auto;padding:2em 1.2em}article+article{border-top:2px solid #e3e3e0;margin-top:3em;padding-top:2em}
h1{line-height:1.2}.meta,.site,.related,nav{font-family:system-ui,sans-serif;font-size:.85em;color:#5f6368}
img,video{max-width:100%;height:auto}blockquote{border-left:3px solid #e3e3e0;margin-left:0;padding-left:1em;color:#5f6368}
a{color:#1d5fd1}@media (prefers-color-scheme:dark){body{background:#1b1c1e;color:#e6e4df}a{color:#8ab4f8}}`;

function head(title: string, lang: string | null): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
`;
}

const FOOT = '</main>\n</body>\n</html>\n';

/** The reader's own words in its language inside an article in another, as the reader view marks them (ui/format.ts). */
const ownWords = (text: string, lang = OWN_WORDS_LANG) => `<span lang="${escapeHtml(lang)}">${escapeHtml(text)}</span>`;

export function articleSection(article: SavedArticle, win: Window, anchor?: string): string {
  const authors = formatAuthors(article.authors);
  const published = formatPublished(article.publishedTime);
  const facts = [
    authors ? `${ownWords('By')} ${escapeHtml(authors)}` : null,
    published ? ownWords(published, dateLocale()) : null,
    ownWords(formatReadingTime(article.readingTimeMinutes)),
  ].filter(Boolean);
  const related = article.relatedLinks.filter((l) => /^https?:\/\//i.test(l.url));
  return `<article${anchor ? ` id="${anchor}"` : ''} lang="${escapeHtml(article.lang ?? 'en')}">
<header>
${article.siteName ? `<p class="site">${escapeHtml(article.siteName)}</p>` : ''}
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${facts.join(' · ')} · <a href="${escapeHtml(article.url)}">Original</a></p>
</header>
${sanitizeHtml(article.content, win)}
${
  related.length
    ? `<nav class="related"><h2 lang="${OWN_WORDS_LANG}">Related articles</h2><ul>${related.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a></li>`).join('')}</ul></nav>`
    : ''
}
</article>
`;
}

export function articleToHtml(article: SavedArticle, win: Window): string {
  return head(article.title, article.lang) + articleSection(article, win) + FOOT;
}

/** All articles in one page with a table of contents. */
export function htmlLayout(win: Window, title = 'Clearpage library'): LibraryLayout {
  return {
    head: (listed) => `${head(title, null)}<h1>${escapeHtml(title)}</h1>\n<nav><ol>${listed.map((a) => `<li><a href="#a${a.n}">${escapeHtml(a.title)}</a></li>`).join('')}</ol></nav>\n`,
    article: (article, n) => articleSection(article, win, `a${n}`),
    separator: '',
    foot: FOOT,
  };
}
