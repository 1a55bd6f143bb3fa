/** Decides whether Readability's result is an article or a page of links (section fronts, search results, logins). */
import { linkDensity, squash, wordCount } from './text';

export const MIN_ARTICLE_CHARS = 200;
export const MIN_PROSE_PARAGRAPHS = 2;
const PROSE_WORDS = 15;
const MAX_LINK_DENSITY = 0.5;

export function looksLikeArticle(container: Element): boolean {
  const text = squash(container.textContent);
  if (text.length < MIN_ARTICLE_CHARS) return false;
  if (linkDensity(container) > MAX_LINK_DENSITY) return false;
  let prose = 0;
  for (const p of Array.from(container.querySelectorAll('p, div, li, td, blockquote, pre'))) {
    if (p.querySelector('p, div')) continue;
    const own = squash(p.textContent);
    if (wordCount(own) >= PROSE_WORDS && linkDensity(p) < 0.3) prose++;
  }
  // A single long block with no paragraph markup (old sites, <br>-separated text) still counts.
  return prose >= MIN_PROSE_PARAGRAPHS || wordCount(text) >= 120;
}
