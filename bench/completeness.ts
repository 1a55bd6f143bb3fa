/**
 * npm run bench (second part) [-- --limit N --jobs N]: how often a cut-short extract is caught, on trafilatura-eval.
 * A page is incomplete when the extract without recovery misses one of its human must-have segments;
 * it counts as caught when the shipped extract (recovery on) holds them all or carries the
 * `possibly-incomplete` warning. Complete pages that carry the warning are false warnings. Recovery
 * must not cost body quality, so both extracts' bodies are scored on the same pages (trafilatura's
 * segment precision, recall and F1, as bench/run.ts scores them).
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
import { segmentCounts, segmentScores, type SegmentCounts } from './lib/score';

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

const { values: opt } = parseArgs({ options: { limit: { type: 'string' }, slice: { type: 'string' }, jobs: { type: 'string' } } });
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

if (opt.slice !== undefined) {
  const start = Number(opt.slice) * SLICE;
  process.send!(measure(limited.slice(start, start + SLICE)));
  process.exit(0);
}

function measureSlice(slice: number): Promise<Measured[]> {
  const args = ['--slice', String(slice), ...(opt.limit ? ['--limit', opt.limit] : [])];
  return new Promise<Measured[]>((ok, fail) => {
    const child = fork(fileURLToPath(import.meta.url), args);
    child.once('message', (m) => ok(m as Measured[]));
    child.once('exit', (code) => code !== 0 && fail(new Error(`completeness slice ${slice} exited with ${code}`)));
  });
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
const f = completenessFigures(measured.map((m) => m.outcome));
const t = completenessFigures(measured.map((m) => m.withTitle));
const off = segmentScores(measured.map((m) => m.body.off));
const on = segmentScores(measured.map((m) => m.body.on));
const share = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const side = (name: string, key: 'precision' | 'recall' | 'f1') => `| ${name} | ${off[key].toFixed(3)} | ${on[key].toFixed(3)} | ${(on[key] - off[key] >= 0 ? '+' : '') + (on[key] - off[key]).toFixed(3)} |`;
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
].join('\n');
console.log(`\n${table}\n`);
const results = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, opt.limit ? 'completeness.tmp.json' : 'completeness.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), ...f, withTitle: t, body: { recoveryOff: off, recoveryOn: on } }, null, 2)}\n`);
if (!opt.limit) writeFileSync(join(results, 'completeness-table.md'), `${table}\n`);
// Per-page records (not committed) for reading what was missed and what recovery added.
writeFileSync(join(results, 'completeness-pages.tmp.json'), `${JSON.stringify(measured.map(({ body: _body, ...page }) => page), null, 1)}\n`);
