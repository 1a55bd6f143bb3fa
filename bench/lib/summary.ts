/** Corpus-level figures for one extractor × corpus run (reference scorer's summarize(), plus leaks and related links). */
import type { PageScore } from './page-score';
import { aggregate, bootstrapStd, percentile, segmentScores, type SegmentCounts, type TpFpFn } from './score';

export interface PageRecord extends PageScore {
  id: string;
  url: string;
  status: 'ok' | 'null' | 'error';
  error?: string;
  ms: number;
  parseMs?: number;
  extractMs?: number;
  extractCpuMs?: number;
  relatedLinks: number;
}

interface Timing {
  median: number;
  p95: number;
  total: number;
}

export interface RunSummary {
  pages: number;
  noArticle: number;
  errors: number;
  body: { method: 'segments' | 'shingle4'; f1: number; precision: number; recall: number; accuracy?: number; f1_std?: number; meanPageF1?: number };
  /** trafilatura only: must-not-have segments found in the text (boilerplate that leaked into the body). */
  leaks: { found: number; of: number; pagesWithLeak: number } | null;
  title: { n: number; rate: number | null; normRate: number | null };
  byline: { n: number; rate: number | null; normRate: number | null; containsRate: number | null };
  date: { n: number; rate: number | null };
  relatedLinks: { pagesWithLinks: number; total: number };
  timeMs: { perPage: Timing; parse: Timing; extract: Timing; extractCpu: Timing; wall: number };
}

const rate = <K extends 'title' | 'byline' | 'date'>(recs: PageRecord[], field: K, key: string) => {
  const xs = recs.filter((r) => r[field]).map((r) => (r[field] as unknown as Record<string, boolean>)[key]);
  return { n: xs.length, rate: xs.length ? xs.filter(Boolean).length / xs.length : null };
};
const timing = (xs: number[]): Timing => ({ median: percentile(xs, 50), p95: percentile(xs, 95), total: xs.reduce((a, b) => a + b, 0) });

function summarizeBody(pages: PageRecord[], nBoot: number): RunSummary['body'] {
  if (pages[0]?.body.segments) return { method: 'segments', ...segmentScores(pages.map((p) => p.body.segments!)) };
  const tpFpFns = pages.map((p) => p.body.tpFpFn!) as TpFpFn[];
  const accs = pages.map((p): number => (p.body.exact ? 1 : 0));
  return {
    method: 'shingle4', ...aggregate(tpFpFns), accuracy: accs.reduce((a, b) => a + b, 0) / accs.length,
    meanPageF1: pages.reduce((a, p) => a + (p.body.f1 ?? 0), 0) / pages.length,
    ...(nBoot > 0 ? { f1_std: bootstrapStd(tpFpFns, accs, nBoot).f1_std } : {}),
  };
}

function leaks(pages: PageRecord[]): RunSummary['leaks'] {
  if (!pages[0]?.body.segments) return null;
  const counts = pages.map((p) => p.body.segments!) as SegmentCounts[];
  return { found: counts.reduce((n, c) => n + c[1], 0), of: counts.reduce((n, c) => n + c[1] + c[3], 0), pagesWithLeak: counts.filter((c) => c[1] > 0).length };
}

export function summarize(pages: PageRecord[], wallMs: number, nBoot: number): RunSummary {
  return {
    pages: pages.length,
    noArticle: pages.filter((p) => p.status === 'null').length,
    errors: pages.filter((p) => p.status === 'error').length,
    body: summarizeBody(pages, nBoot),
    leaks: leaks(pages),
    title: { ...rate(pages, 'title', 'exact'), normRate: rate(pages, 'title', 'norm').rate },
    byline: { ...rate(pages, 'byline', 'exact'), normRate: rate(pages, 'byline', 'norm').rate, containsRate: rate(pages, 'byline', 'contains').rate },
    date: rate(pages, 'date', 'match'),
    relatedLinks: { pagesWithLinks: pages.filter((p) => p.relatedLinks > 0).length, total: pages.reduce((n, p) => n + p.relatedLinks, 0) },
    timeMs: {
      perPage: timing(pages.map((p) => p.ms)),
      parse: timing(pages.map((p) => p.parseMs ?? 0)),
      extract: timing(pages.map((p) => p.extractMs ?? 0)),
      extractCpu: timing(pages.map((p) => p.extractCpuMs ?? 0)),
      wall: wallMs,
    },
  };
}
