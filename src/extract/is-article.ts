/** Decides whether Readability's result is an article or a page of links (section fronts, search results, logins). */
import { elementsByTag, linkDensity, squash, wordCount } from './text';

export const MIN_ARTICLE_CHARS = 200;
export const MIN_PROSE_PARAGRAPHS = 2;
const PROSE_WORDS = 15;
const MAX_LINK_DENSITY = 0.5;
/** A page that declares itself an article (og:type, JSON-LD, article:published_time) may be a short post. */
const MIN_DECLARED_ARTICLE_CHARS = 140;

/**
 * A post shorter than that (a note, a quip, a photo caption post) is still one when the page declares an
 * article with a headline and a date, and the text is sentences with hardly any links.
 */
const MIN_SHORT_POST_WORDS = 15;
const MAX_SHORT_POST_LINK_DENSITY = 0.1;

/** Share of the page's text the article must hold for the page to count as nothing but the article. */
const WHOLE_PAGE_SHARE = 0.9;

export interface ArticleHints {
  /** The page's metadata says it is an article or blog post. */
  declaredArticle?: boolean;
  /** The page has a headline and a publication date (with declaredArticle: the marks of a dated post). */
  titled?: boolean;
  dated?: boolean;
  /** Length of the page's text (after clutter removal) when Readability read it. */
  pageChars?: number;
  /** The container's squashed text, when the caller has read it already. */
  text?: string;
}

export function looksLikeArticle(container: Element, hints: ArticleHints = {}): boolean {
  const text = hints.text ?? squash(container.textContent);
  const declared = hints.declaredArticle === true;
  const density = linkDensity(container, text.length);
  // A page with nothing around a short text (no menus, no other stories) is that text, however short.
  if (text && hints.pageChars && text.length >= WHOLE_PAGE_SHARE * hints.pageChars && density < 0.2) return true;
  if (isShortDatedPost(text, density, hints)) return true;
  if (text.length < (declared ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS)) return false;
  if (density > MAX_LINK_DENSITY) return false;
  // A single long block with no paragraph markup (old sites, <br>-separated text) still counts,
  // and so does any text this long: its paragraphs need no counting.
  if (wordCount(text) >= 120) return true;
  let prose = 0;
  for (const p of elementsByTag(container, ['p', 'div', 'li', 'td', 'blockquote', 'pre'])) {
    if (p.querySelector('p, div')) continue;
    const own = squash(p.textContent);
    if (wordCount(own) >= PROSE_WORDS && linkDensity(p) < 0.3) prose++;
  }
  if (prose >= MIN_PROSE_PARAGRAPHS) return true;
  // Short posts: one real paragraph is enough when the page says it is an article, or when little of it is links.
  return prose >= 1 && (declared || (density < 0.2 && text.length >= 250));
}

/** A declared, headlined, dated post of a few sentences and no links: a short blog post, however short. */
function isShortDatedPost(text: string, density: number, hints: ArticleHints): boolean {
  return hints.declaredArticle === true && hints.titled === true && hints.dated === true && density < MAX_SHORT_POST_LINK_DENSITY && wordCount(text) >= MIN_SHORT_POST_WORDS;
}
