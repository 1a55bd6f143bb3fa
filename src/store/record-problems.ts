/**
 * What is wrong with a stored or imported article record, in words, or null when it is whole.
 * Import refuses files with damaged records; the reader and exports report a damaged record in the
 * library instead of showing a blank page or silently skipping it.
 */
import type { SavedArticle } from './saved-article';

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const listOf = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));

const FIELDS: Record<keyof SavedArticle, Check> = {
  id: str,
  url: (v) => typeof v === 'string' && /^https?:\/\//i.test(v),
  title: str,
  byline: strOrNull,
  authors: listOf(str),
  publishedTime: strOrNull,
  siteName: strOrNull,
  lang: strOrNull,
  excerpt: strOrNull,
  readingTimeMinutes: num,
  content: str,
  textContent: str,
  relatedLinks: listOf(shape({ url: str, title: str })),
  removed: listOf(shape({ reason: str, text: str })),
  cleaned: bool,
  warnings: listOf(shape({ code: str, message: str })),
  savedAt: num,
  read: bool,
};

export function articleProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'is not an article record';
  for (const [field, check] of Object.entries(FIELDS)) {
    if (!(field in raw)) return `has no “${field}”`;
    if (!check(raw[field])) return `has an invalid “${field}”`;
  }
  return null;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
