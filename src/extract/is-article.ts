/** Decides whether Readability's result is an article or a page of links (section fronts, search results, logins). */
import { linkDensity, squash, wordCount } from './text';

export const MIN_ARTICLE_CHARS = 200;
export const MIN_PROSE_PARAGRAPHS = 2;
const PROSE_WORDS = 15;
const MAX_LINK_DENSITY = 0.5;
/** A page that declares itself an article (og:type, JSON-LD, article:published_time) may be a short post. */
const MIN_DECLARED_ARTICLE_CHARS = 140;

export interface ArticleHints {
  /** The page's metadata says it is an article or blog post. */
  declaredArticle?: boolean;
}

export function looksLikeArticle(container: Element, hints: ArticleHints = {}): boolean {
  const text = squash(container.textContent);
  const declared = hints.declaredArticle === true;
  if (text.length < (declared ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS)) return false;
  const density = linkDensity(container);
  if (density > MAX_LINK_DENSITY) return false;
  let prose = 0;
  for (const p of Array.from(container.querySelectorAll('p, div, li, td, blockquote, pre'))) {
    if (p.querySelector('p, div')) continue;
    const own = squash(p.textContent);
    if (wordCount(own) >= PROSE_WORDS && linkDensity(p) < 0.3) prose++;
  }
  // A single long block with no paragraph markup (old sites, <br>-separated text) still counts.
  if (prose >= MIN_PROSE_PARAGRAPHS || wordCount(text) >= 120) return true;
  // Short posts: one real paragraph is enough when the page says it is an article, or when little of it is links.
  return prose >= 1 && (declared || (density < 0.2 && text.length >= 250));
}
