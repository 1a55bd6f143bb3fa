/** The readable (non-JSON) rendering of an article for a terminal. */
import type { Article } from '../extract/article';

export function formatArticleText(article: Article): string {
  const lines = [article.title, '='.repeat(Math.min(article.title.length, 80))];
  const facts = [article.byline && `By ${article.byline}`, article.publishedTime && article.publishedTime.slice(0, 10), article.siteName, `${article.readingTimeMinutes} min read`].filter(Boolean);
  lines.push(facts.join(' · '), '');
  for (const w of article.warnings) lines.push(`! ${w.message}`);
  if (article.warnings.length) lines.push('');
  lines.push(...wrapParagraphs(article.content), '');
  if (article.relatedLinks.length) {
    lines.push('Related articles:');
    for (const link of article.relatedLinks) lines.push(`  - ${link.title}\n    ${link.url}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function wrapParagraphs(html: string): string[] {
  const text = html
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|figcaption|tr)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  return text.split(/\n{2,}/).map((p) => p.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).map((p) => `${p}\n`);
}
