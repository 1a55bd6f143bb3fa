/**
 * npm run bench (second part) [-- --limit N --jobs N]: how often a cut-short extract is caught, on trafilatura-eval.
 * A page is incomplete when the extract without recovery misses one of its human must-have segments;
 * it counts as caught when the shipped extract (recovery on) holds them all or carries the
 * `possibly-incomplete` warning. Complete pages that carry the warning are false warnings. Recovery
 * must not cost body quality, so both extracts' bodies are scored on the same pages (trafilatura's
 * segment precision, recall and F1, as bench/run.ts scores them). On Readability's own test pages, whose expected
 * body is Readability's output, the same comparison shows what recovery adds that Readability leaves out.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract';
import { completenessFigures, completenessSample, type CompletenessOutcome } from '../src/extract/completeness';
import { squash } from '../src/extract/text';
import { parseHtml } from '../src/node/parse-html';
import { CORPORA, ensureUnpacked, loadCorpus } from './lib/corpus';
import { aggregate, segmentCounts, segmentScores, shingleMatch, type SegmentCounts, type TpFpFn } from './lib/score';

/** One page's outcome and its body scored with recovery off and on. */
interface Measured {
  id: string;
  outcome: CompletenessOutcome;
  /** The outcome with the title shown above the body counted as shown. */
  withTitle: CompletenessOutcome;
  body: { off: SegmentCounts; on: SegmentCounts };
  /** Must-have segments the shipped extract lacks, and must-not segments recovery added: for reading the misses. */
  missed: string[];
  addedByRecovery: string[];
}

const { values: opt } = parseArgs({ options: { limit: { type: 'string' }, slice: { type: 'string' }, jobs: { type: 'string' }, 'readability-pages': { type: 'boolean' } } });
/** Pages per child process: jsdom's memory is only reliably returned when the process ends. */
const SLICE = 100;
const spec = CORPORA.find((c) => c.name === 'trafilatura')!;
const pages = loadCorpus('trafilatura', ensureUnpacked(spec)).filter((p) => p.truth.segments?.with.length);
const limited = opt.limit ? pages.slice(0, Number(opt.limit)) : pages;

function measure(slice: typeof limited): Measured[] {
  const measured: Measured[] = [];
  for (const page of slice) {
    // Each run takes its parsed page apart, so the second run gets a fresh parse; every jsdom window is
    // closed afterwards.
    const windows: Window[] = [];
    const parse = () => {
      const parsed = parseHtml(page.html, page.url);
      windows.push(parsed.window);
      return parsed;
    };
    const first = parse();
    let runs = 0;
    try {
      const sample = completenessSample(first.document, { url: page.url, mustHave: page.truth.segments!.with }, (_doc, options) => {
        const { document } = runs++ === 0 ? first : parse();
        return extractArticle(document, { ...options, ownsDocument: true });
      });
      const segments = page.truth.segments!;
      const score = (text: string | null) => segmentCounts(segments, text ?? '');
      const holds = (text: string | null, s: string) => squash(text).includes(squash(s));
      measured.push({
        id: page.id,
        outcome: sample.outcome,
        withTitle: sample.withTitle,
        body: { off: score(sample.plainText), on: score(sample.recoveredText) },
        missed: segments.with.filter((s) => !holds(sample.recoveredText, s)),
        addedByRecovery: segments.without.filter((s) => holds(sample.recoveredText, s) && !holds(sample.plainText, s)),
      });
    } finally {
      for (const w of windows) w.close();
    }
  }
  return measured;
}

/** Readability's test pages scored as bench/run.ts scores them (4-token shingles against its expected output), recovery off and on. */
function measureReadabilityPages(): { off: TpFpFn[]; on: TpFpFn[] } {
  const corpus = CORPORA.find((c) => c.name === 'readability')!;
  const off: TpFpFn[] = [];
  const on: TpFpFn[] = [];
  for (const page of loadCorpus('readability', ensureUnpacked(corpus))) {
    for (const [recover, scores] of [[false, off], [true, on]] as const) {
      const { document, window } = parseHtml(page.html, page.url);
      const result = extractArticle(document, { url: page.url, ownsDocument: true, recover });
      scores.push(shingleMatch(page.truth.body ?? '', result.ok ? result.article.textContent : ''));
      window.close();
    }
  }
  return { off, on };
}

if (opt['readability-pages']) {
  process.send!(measureReadabilityPages());
  process.exit(0);
}

if (opt.slice !== undefined) {
  const start = Number(opt.slice) * SLICE;
  process.send!(measure(limited.slice(start, start + SLICE)));
  process.exit(0);
}

function inChild<T>(args: string[]): Promise<T> {
  return new Promise<T>((ok, fail) => {
    const child = fork(fileURLToPath(import.meta.url), args);
    child.once('message', (m) => ok(m as T));
    child.once('exit', (code) => code !== 0 && fail(new Error(`completeness ${args.join(' ')} exited with ${code}`)));
  });
}

function measureSlice(slice: number): Promise<Measured[]> {
  return inChild<Measured[]>(['--slice', String(slice), ...(opt.limit ? ['--limit', opt.limit] : [])]);
}

// --jobs N measures N slices at a time (the figures do not depend on it; pages keep their order).
const slices = Math.ceil(limited.length / SLICE);
const bySlice: Measured[][] = [];
let nextSlice = 0;
await Promise.all(
  Array.from({ length: Math.max(1, Number(opt.jobs ?? 1)) }, async () => {
    while (nextSlice < slices) {
      const slice = nextSlice++;
      bySlice[slice] = await measureSlice(slice);
    }
  }),
);
const measured = bySlice.flat();
const readabilityPages = opt.limit ? null : await inChild<{ off: TpFpFn[]; on: TpFpFn[] }>(['--readability-pages']);
const f = completenessFigures(measured.map((m) => m.outcome));
const t = completenessFigures(measured.map((m) => m.withTitle));
const off = segmentScores(measured.map((m) => m.body.off));
const on = segmentScores(measured.map((m) => m.body.on));
const share = (x: number | null) => (x === null ? '–' : x.toFixed(3));
type Scores = Record<'precision' | 'recall' | 'f1', number>;
const change = (a: number, b: number, digits: number) => (b - a >= 0 ? '+' : '') + (b - a).toFixed(digits);
const sideOf = (before: Scores, after: Scores, digits: number) => (name: string, key: keyof Scores) => `| ${name} | ${before[key].toFixed(digits)} | ${after[key].toFixed(digits)} | ${change(before[key], after[key], digits)} |`;
const side = sideOf(off, on, 3);
const rpOff = readabilityPages && aggregate(readabilityPages.off);
const rpOn = readabilityPages && aggregate(readabilityPages.on);
const rpSide = rpOff && rpOn ? sideOf(rpOff, rpOn, 4) : null;
const table = [
  `#### Cut-short articles caught (trafilatura-eval, ${f.pages} pages with must-have segments)`,
  '',
  '| measure | value | target |',
  '|---|---:|---:|',
  `| extract misses a must-have segment (before recovery) | ${f.incompletePages} pages | |`,
  `| …of which the pipeline found no article at all (nothing to recover into or warn on) | ${f.noArticle} pages | |`,
  `| …recovered or warned | ${f.recoveredOrWarned} (${f.recovered} recovered) = ${share(f.recoveredOrWarnedShare)} | ≥ 0.80 |`,
  `| complete extracts warned anyway (false warnings) | ${f.falselyWarned} / ${f.completePages} = ${share(f.falseWarningShare)} | ≤ 0.03 |`,
  '',
  'The same with the title counted as shown (the popup shows it right above the body; the annotation often counts the headline as body):',
  '',
  '| measure | value | target |',
  '|---|---:|---:|',
  `| title and extract miss a must-have segment (before recovery) | ${t.incompletePages} pages | |`,
  `| …recovered or warned | ${t.recoveredOrWarned} (${t.recovered} recovered) = ${share(t.recoveredOrWarnedShare)} | ≥ 0.80 |`,
  `| complete pages warned anyway (false warnings) | ${t.falselyWarned} / ${t.completePages} = ${share(t.falseWarningShare)} | ≤ 0.03 |`,
  '',
  `Body on the same ${f.pages} pages (segments, micro-averaged) — recovery must not lower F1 or precision:`,
  '',
  '| body | recovery off | recovery on | change |',
  '|---|---:|---:|---:|',
  side('precision', 'precision'),
  side('recall', 'recall'),
  side('F1', 'f1'),
  ...(rpSide && readabilityPages
    ? [
        '',
        `Body on Readability's own ${readabilityPages.on.length} test pages (4-token shingles as \`bench/run.ts\` scores them; the expected body is Readability's output, so what recovery joins that Readability leaves out counts against precision):`,
        '',
        '| body | recovery off | recovery on | change |',
        '|---|---:|---:|---:|',
        rpSide('precision', 'precision'),
        rpSide('recall', 'recall'),
        rpSide('F1', 'f1'),
      ]
    : []),
].join('\n');
console.log(`\n${table}\n`);
const results = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, opt.limit ? 'completeness.tmp.json' : 'completeness.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), ...f, withTitle: t, body: { recoveryOff: off, recoveryOn: on }, readabilityPagesBody: rpOff && rpOn ? { recoveryOff: rpOff, recoveryOn: rpOn } : null }, null, 2)}\n`);
if (!opt.limit) writeFileSync(join(results, 'completeness-table.md'), `${table}\n`);
// Per-page records (not committed) for reading what was missed and what recovery added.
writeFileSync(join(results, 'completeness-pages.tmp.json'), `${JSON.stringify(measured.map(({ body: _body, ...page }) => page), null, 1)}\n`);
