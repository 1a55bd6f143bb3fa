/**
 * What in a title is the site's name rather than the headline: a part before or after a separator that names the
 * site or its host, a declared title that is only the site's name, a logo heading spelled from the host name.
 * `siteKeys` are the site's name and host as titleKey() gives them.
 */
import { comparableText } from './text';

/** A title reduced to its letters and digits, for comparing titles however they are cased and punctuated. */
export function titleKey(t: string): string {
  return comparableText(t);
}

/** Words as the title rules count them: runs between spaces, separators included. */
export const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** A title's words of three letters or more, lower-cased. */
export const contentWords = (t: string) => new Set(t.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/** Separators that set a site name apart; ":" is left out here because it is part of many headlines. */
const SITE_SEPARATOR = /\s+(?:[|–—\-»›·•]|::)\s+/;

/** A site name in parentheses after the headline: "»Einfach kein Geld mehr…« (neues deutschland)". */
const PARENTHESIZED_TAIL = /\s+\(([^()]{2,40})\)$/;
/** Parts that are not the headline wherever they stand: a bare date ("23.01.2022 - Story"), WordPress's "Blog Archiv". */
const NOT_HEADLINE_PART = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|blog\s?archiv(?:e)?)$/i;

/**
 * A part of a title that is the site's name or host, or little more ("Spiegel Online" on spiegel.de); a longer part
 * naming it ("European Championships Munich 2022" on munich2022.com) only when the headline beside it, `rest`, is
 * longer still.
 */
function namesSite(part: string, rest: string, siteKeys: string[]): boolean {
  const p = titleKey(part);
  return siteKeys.some((s) => s.length > 2 && (p === s || (p.includes(s) && (p.length <= s.length + 12 || (words(part) <= 5 && words(rest) > words(part))))));
}

/**
 * Drops a leading or trailing segment that is the site's name or host ("Story – Site", "Site | Story",
 * "Story (Site)"), and parts that are only a date or "Blog Archiv".
 */
export function stripSiteSegment(title: string, siteKeys: string[]): string {
  const isSite = (p: string, rest = '') => namesSite(p, rest, siteKeys);
  const tail = title.match(PARENTHESIZED_TAIL);
  if (tail && isSite(tail[1]!)) return title.slice(0, tail.index).trim();
  const unspaced = withoutUnspacedSiteName(title, siteKeys);
  if (unspaced) return unspaced;
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  let kept = parts.filter((p) => !NOT_HEADLINE_PART.test(p.trim()));
  if (kept.length > 1 && isSite(kept[kept.length - 1]!, kept.slice(0, -1).join(' '))) kept = kept.slice(0, -1);
  if (kept.length > 1 && isSite(kept[0]!, kept.slice(1).join(' '))) kept = kept.slice(1);
  return kept.length < parts.length && kept.length ? kept.join(' - ') : title;
}

/**
 * Japanese and Chinese titles set the site name off with a bar and no spaces: "NEWS WEB EASY|子どもへの…". Without
 * spaces a bar can be part of a name, so only a part that is exactly the site's name is dropped.
 */
function withoutUnspacedSiteName(title: string, siteKeys: string[]): string | null {
  const parts = title.split(/(?<=\S)[|｜](?=\S)/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  if (siteKeys.includes(titleKey(parts[0]))) return parts[1];
  return siteKeys.includes(titleKey(parts[1])) ? parts[0] : null;
}

/**
 * Shop and company pages repeat the site's name in og:title on every page ("og:site_name" and "og:title" both
 * ".:: SHOP ::. Templates & Vorlagen"): such a declared title names no page, and the visible heading is the headline.
 */
export function namesOnlySite(declared: string, siteKeys: string[]): boolean {
  return siteKeys.includes(titleKey(declared));
}

/**
 * A heading made of the words of a hyphenated host name is the site's logo: "Stiftung Offshore Windenergie" on
 * offshore-stiftung.de. (A one-word host is among the site keys already.)
 */
export function spellsHostName(heading: string, host: string): boolean {
  const hostWords = host.split('.').slice(0, -1).join('-').split('-').filter((w) => w.length > 2);
  if (hostWords.length < 2) return false;
  const headingWords = contentWords(heading);
  return hostWords.every((w) => headingWords.has(w));
}
