/**
 * A byline that credits a desk or a news agency instead of a person: "By Staff and news service reports", "By Staff
 * Writer", "AFP", "Von: det/dpa", or the agency in a story's dateline ("Hamburg (dpa/lno) – …"). Names are what
 * readers look for, so such a credit is only a last resort, but it still tells who stands behind the story, and it
 * is what the page prints.
 */
import { squash } from '../text';

const BY = /^(?:by|von|par|por|door)\s*:?\s+/i;
/** Words desk credits are made of, in English and German, and the agencies' short names. */
const DESK_WORD = /^(?:staff|writers?|reporters?|reports|news|services?|wires?|desk|newsroom|editorial|editors?|team|board|agency|agencies|associated|press|redaktion|agenturen|nachrichtenagenturen|afp|ap|apa|dpa|epd|kna|sid|reuters|the|and|und|with|mit|from|&|\/)$/i;
/** At least one word that makes it a desk, not just "The" or "and". */
const DESK_CORE = /\b(?:staff|newsroom|desk|wires?|agency|agencies|redaktion|agenturen|afp|ap|apa|dpa|epd|kna|sid|reuters|associated press)\b/i;
/** An editor's initials or a regional service's code joined to the agency by a slash ("det/dpa", "dpa/lno"). */
const CODE_BY_SLASH = /(?:^|\s)[a-z]{2,4}(?=\/)|(?<=\/)[a-z]{2,4}(?=\s|$)/g;

export function deskCredit(raw: string | null | undefined): string | null {
  const text = squash(raw).replace(BY, '').replace(/[\s|,;:.–—-]+$/, '');
  if (!text || text.length > 60 || !DESK_CORE.test(text)) return null;
  const words = text.replace(CODE_BY_SLASH, ' ').split(/\s+|(?=\/)|(?<=\/)/).filter(Boolean);
  return words.every((w) => DESK_WORD.test(w)) ? text : null;
}

/** "Hamburg (dpa/lno) – Trotz …": a place, the agency in parentheses, a dash, as wire stories open. */
const DATELINE_AGENCY = /^\p{Lu}[\p{L}.' /-]{1,40}?\s\(([^()]{2,25})\)\s*[–—-]\s/u;

export function deskInDateline(line: string): string | null {
  const m = line.includes('(') ? line.match(DATELINE_AGENCY) : null;
  return m ? deskCredit(m[1]) : null;
}
