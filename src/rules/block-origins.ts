/**
 * Where each block of a saved article sat in its original page, kept with the saved copy so the reader tab
 * can make a site rule after the page is gone. A rule must come from the original page (see
 * derive-selector.ts) and the reader tab only has the article, so the popup asks the page while it is
 * still open, once per block hide mode could pick, and the answers travel with the article into the
 * library. They are keyed by the block's tag, a hash of its text and its order, not by the text itself,
 * which the saved article already holds.
 */
import type { RuleForBlockResponse } from '../shared/messages';
import type { BlockRef } from './block-trace';
import type { SiteRule } from './rule';

export interface KeyedOrigin {
  key: string;
  origin: RuleForBlockResponse;
}

/** An article as the popup saves it: with its blocks' origins when the page could give them. */
export interface WithBlockOrigins {
  blockOrigins?: KeyedOrigin[];
}

/** FNV-1a: short, stable across browsers and sessions, and plenty to tell an article's blocks apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function blockKey(ref: BlockRef): string {
  return `${ref.tag}:${hash(ref.text || `img:${ref.image ?? ''}`)}:${ref.ordinal}`;
}

/** Said as hide mode starts on such a copy, before anything is hidden. */
export const NO_ORIGINS_NOTE = 'This copy was saved without a record of where its blocks sat on the original page: a block hidden here stays hidden in this view only. To hide one on the site, open the page and use Hide blocks in the popup.';
const NOT_RECORDED = 'Hidden in this view only: this copy was saved without a record of where its blocks sat on the original page. To hide it on the site, open the page and use Hide blocks in the popup.';
const BLOCK_NOT_RECORDED = 'Hidden in this view only: where this block sat on the original page was not recorded.';

function isKeyedOrigin(v: unknown): v is KeyedOrigin {
  const o = v as Partial<KeyedOrigin> | null;
  return typeof o?.key === 'string' && typeof o.origin?.ok === 'boolean';
}

/** Reads the origins off a saved record, which may be older than this field or damaged. */
export function savedOrigins(article: unknown): KeyedOrigin[] | null {
  const list = (article as WithBlockOrigins | null)?.blockOrigins;
  return Array.isArray(list) ? list.filter(isKeyedOrigin) : null;
}

/** Where a block of a saved article came from, as the page answered when it was saved; or why it is not known. */
export function savedOriginOf(origins: KeyedOrigin[] | null, ref: BlockRef): RuleForBlockResponse {
  if (!origins) return { ok: false, reason: NOT_RECORDED };
  return origins.find((o) => o.key === blockKey(ref))?.origin ?? { ok: false, reason: BLOCK_NOT_RECORDED };
}

/** Keys of the saved blocks that one of the site's rules names: the reader tab hides them on opening. */
export function keysHiddenByRules(origins: KeyedOrigin[] | null, rules: readonly SiteRule[]): Set<string> {
  const selectors = new Set(rules.map((r) => r.selector));
  return new Set((origins ?? []).filter((o) => o.origin.ok && selectors.has(o.origin.selector)).map((o) => o.key));
}
