/**
 * Scoring, ported from the reference scorer reader-bench (/work/shared/bench/lib/score.mjs),
 * which itself ports scrapinghub/article-extraction-benchmark's evaluate.py (MIT) and
 * trafilatura's tests/eval_common.py (Apache-2.0). The metric definitions are kept exactly
 * as there, so figures are comparable with its baseline table; only types were added.
 */

export type TpFpFn = [number, number, number];
export type SegmentCounts = [number, number, number, number];

// Python's re `\w+` on str (re.UNICODE): characters for which str.isalnum() holds, or '_'.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export const tokenize = (text: string | null | undefined): string[] => (text || '').match(TOKEN_RE) ?? [];

/** evaluate.py `_ngrams`: n-token shingles; a text shorter than n gives one shorter shingle. */
export function ngrams(text: string, n = 4): string[][] {
  const tokens = tokenize(text);
  const out: string[][] = [];
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length) out.push(shingle);
  }
  return out;
}

function countShingles(text: string, n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of ngrams(text, n)) {
    const key = s.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py `string_shingle_matching`: multiset shingle overlap, normalised to sum 1. */
export function shingleMatch(truth: string, pred: string, n = 4): TpFpFn {
  const t = countShingles(truth, n);
  const p = countShingles(pred, n);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0, pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** evaluate.py `get_accuracy`: the token sequences are identical. */
export function exactTokens(truth: string, pred: string): boolean {
  const a = tokenize(truth), b = tokenize(pred);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/**
 * evaluate.py `metrics_from_tp_fp_fns`: precision averaged over pages that predicted something,
 * recall over pages whose truth is non-empty; F1 is the harmonic mean of those two averages.
 */
export function aggregate(tpFpFns: TpFpFn[]): { f1: number; precision: number; recall: number } {
  const precision = mean(tpFpFns.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(tpFpFns.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

/** Bootstrap standard deviations as evaluate.py reports them (seeded mulberry32, so reruns agree). */
export function bootstrapStd(tpFpFns: TpFpFn[], accuracies: number[], n = 1000, seed = 1): Record<string, number> {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const samples: Record<string, number[]> = { f1: [], precision: [], recall: [], accuracy: [] };
  for (let b = 0; b < n; b++) {
    const idx = tpFpFns.map(() => Math.floor(rand() * tpFpFns.length));
    const m = aggregate(idx.map((i) => tpFpFns[i]!));
    for (const k of ['f1', 'precision', 'recall'] as const) samples[k]!.push(m[k]);
    samples.accuracy!.push(mean(idx.map((i) => accuracies[i]!)));
  }
  const std = (xs: number[]) => {
    const m = mean(xs);
    return xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) : 0;
  };
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [`${k}_std`, std(xs)]));
}

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** trafilatura's eval_common.py `count_item`: whitespace-normalised substring hits. [tp, fp, fn, tn]. */
export function segmentCounts(segments: { with: string[]; without: string[] }, text: string): SegmentCounts {
  const t = squash(text);
  const tp = segments.with.filter((s) => t.includes(squash(s))).length;
  const fp = segments.without.filter((s) => t.includes(squash(s))).length;
  return [tp, fp, segments.with.length - tp, segments.without.length - fp];
}

/** trafilatura's ConfusionMatrix.scores(): counts summed over the corpus (micro average). */
export function segmentScores(counts: SegmentCounts[]): { f1: number; precision: number; recall: number; accuracy: number } {
  const [tp, fp, fn, tn] = counts.reduce<number[]>((a, c) => a.map((x, i) => x + c[i]!), [0, 0, 0, 0]) as SegmentCounts;
  const div = (a: number, b: number) => (b ? a / b : 0);
  return { f1: div(2 * tp, 2 * tp + fp + fn), precision: div(tp, tp + fp), recall: div(tp, tp + fn), accuracy: div(tp + tn, tp + fp + fn + tn) };
}

// --- metadata ---------------------------------------------------------------------------

/** Case, Unicode form, punctuation and spacing differences are not counted as errors. */
export const normText = (s: string | null | undefined): string =>
  squash((s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));

/** A leading "By"/"Par"/"Von" is presentation, not part of the author name. */
export const normByline = (s: string | null | undefined): string => normText(s).replace(/^(by|par|von|por|di|door)\s+/, '');

/** Looser author check: every annotated name (split on , ; & and und et y e) is in the byline. */
export const bylineContains = (truth: string, got: string | null | undefined): boolean => {
  const names = truth.split(/[;,&]|\s(?:and|und|et|y|e)\s/i).map(normText).filter(Boolean);
  return names.length > 0 && names.every((n) => normText(got).includes(n));
};

/** Calendar date as written ("2015-07-24T05:36:09+01:00" -> "2015-07-24"), else via Date in UTC. */
export function datePart(v: string | null | undefined): string | null {
  if (v == null || v === '') return null;
  const s = String(v).trim();
  const m = s.match(/^(\d{4}-\d{2}-\d{2})/);
  if (m) return m[1]!;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? s : d.toISOString().slice(0, 10);
}

/** Linear interpolation between closest ranks (numpy's default), so p50 is the median. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const pos = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
