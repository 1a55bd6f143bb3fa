/**
 * The library's JSON file: every saved article with every field, so exporting then importing loses
 * nothing. Parsing validates each record and refuses the whole file with a sentence naming the first
 * problem, because a half-imported library is worse than none.
 */
import type { SavedArticle } from '../../store/saved-article';
import { canonicalKey } from '../../store/saved-article';
import { articleProblem, isObject } from '../../store/record-problems';
import { layoutParts, type LibraryLayout } from './layout';

export const LIBRARY_FILE_FORMAT = 'clearpage-library';
export const LIBRARY_FILE_VERSION = 1;

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: number;
  exportedAt: string;
  articles: SavedArticle[];
}

export function jsonLayout(exportedAt: Date): LibraryLayout {
  return {
    head: () => `{"format":"${LIBRARY_FILE_FORMAT}","version":${LIBRARY_FILE_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"articles":[\n`,
    article: (article) => JSON.stringify(article),
    separator: ',\n',
    foot: '\n]}\n',
  };
}

/** The whole file as parts for a Blob. */
export function libraryFileParts(articles: SavedArticle[], exportedAt = new Date()): string[] {
  return layoutParts(jsonLayout(exportedAt), articles);
}

export type ParseResult = { ok: true; articles: SavedArticle[] } | { ok: false; error: string };

export function parseLibraryFile(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it cannot be a Clearpage library export.' };
  }
  if (!isObject(data) || data.format !== LIBRARY_FILE_FORMAT) {
    return { ok: false, error: 'This JSON file is not a Clearpage library export (it has no "format": "clearpage-library").' };
  }
  if (typeof data.version !== 'number' || data.version > LIBRARY_FILE_VERSION) {
    return { ok: false, error: `This library file was written by a newer version of Clearpage (file version ${String(data.version)}). Update the extension to import it.` };
  }
  if (!Array.isArray(data.articles)) return { ok: false, error: 'This library file has no list of articles.' };
  const byId = new Map<string, SavedArticle>();
  for (const [i, raw] of data.articles.entries()) {
    const problem = articleProblem(raw);
    if (problem) {
      const title = isObject(raw) && typeof raw.title === 'string' ? ` (“${raw.title.slice(0, 60)}”)` : '';
      return { ok: false, error: `Nothing was imported: article ${i + 1}${title} ${problem}.` };
    }
    const article = { ...(raw as SavedArticle), id: canonicalKey((raw as SavedArticle).url) };
    const seen = byId.get(article.id);
    if (!seen || seen.savedAt <= article.savedAt) byId.set(article.id, article);
  }
  return { ok: true, articles: [...byId.values()] };
}
