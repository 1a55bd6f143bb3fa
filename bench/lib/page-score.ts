/** Per-page scoring, as the reference scorer's run.mjs scorePage()/scoreBody(). */
import type { BenchResult } from '../extractors/types';
import type { Truth } from './corpus';
import { bylineContains, datePart, exactTokens, normByline, normText, precisionScore, recallScore, segmentCounts, shingleMatch, squash, type SegmentCounts, type TpFpFn } from './score';

export interface BodyScore {
  segments?: SegmentCounts;
  tpFpFn?: TpFpFn;
  precision?: number;
  recall?: number;
  f1?: number;
  exact?: boolean;
  predChars: number;
}

export interface PageScore {
  body: BodyScore;
  title?: { truth: string; got: string | null; exact: boolean; norm: boolean };
  byline?: { truth: string; got: string | null; exact: boolean; norm: boolean; contains: boolean };
  date?: { truth: string; got: string | null; match: boolean };
}

function scoreBody(truth: Truth, text: string): BodyScore {
  if (truth.segments) return { segments: segmentCounts(truth.segments, text), predChars: text.length };
  const tpFpFn = shingleMatch(truth.body ?? '', text);
  const [p, r] = [precisionScore(tpFpFn), recallScore(tpFpFn)];
  return { tpFpFn, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, exact: exactTokens(truth.body ?? '', text), predChars: text.length };
}

export function scorePage(truth: Truth, result: BenchResult | null): PageScore {
  const rec: PageScore = { body: scoreBody(truth, result?.textContent ?? '') };
  if (truth.title != null) {
    const got = result?.title ?? null;
    rec.title = { truth: truth.title, got, exact: squash(got) === squash(truth.title), norm: normText(got) === normText(truth.title) };
  }
  if (truth.byline != null) {
    const got = result?.byline ?? null;
    rec.byline = { truth: truth.byline, got, exact: squash(got) === squash(truth.byline), norm: normByline(got) === normByline(truth.byline), contains: bylineContains(truth.byline, got) };
  }
  if (truth.publishedTime != null) {
    const got = result?.publishedTime ?? null;
    rec.date = { truth: truth.publishedTime, got, match: datePart(got) === datePart(truth.publishedTime) };
  }
  return rec;
}
