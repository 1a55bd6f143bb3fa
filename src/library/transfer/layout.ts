/**
 * How an export file lays out a whole library, so every format is assembled the same way: a head
 * with the list of articles, each article in order, a separator between articles, a foot.
 */
import type { SavedArticle } from '../../store/saved-article';

export interface ListedArticle {
  title: string;
  /** 1-based place in the file, which the HTML export uses for its anchors. */
  n: number;
}

export interface LibraryLayout {
  head(listed: ListedArticle[]): string;
  article(article: SavedArticle, n: number): string;
  separator: string;
  foot: string;
}

/** The file as parts for a Blob, one per article, so a large library never becomes one giant string. */
export function assemble(layout: LibraryLayout, listed: ListedArticle[], articles: string[]): string[] {
  const parts = [layout.head(listed)];
  articles.forEach((text, i) => parts.push(i === 0 ? text : layout.separator + text));
  parts.push(layout.foot);
  return parts;
}

export function layoutParts(layout: LibraryLayout, articles: SavedArticle[]): string[] {
  return assemble(layout, articles.map((a, i) => ({ title: a.title, n: i + 1 })), articles.map((a, i) => layout.article(a, i + 1)));
}
