/**
 * npm run bench [-- --limit N] [--corpus trafilatura|readability] [--extractor pipeline|readability] [--filter ID] [--jobs N] [-v]
 *
 * Scores this project's pipeline (clean on) and plain @mozilla/readability 0.6.0 on the shared
 * corpora, each extractor × corpus in its own child process (jsdom's garbage otherwise inflates
 * the next run's times), and prints one table per corpus. Metric definitions follow the reference
 * scorer in /work/shared/bench (see bench/lib/score.ts). A full run writes bench/results/latest.json
 * and bench/results/README-table.md; partial runs (--limit/--filter/--extractor) write
 * bench/results/partial.tmp.json instead. Per-page records go to bench/results/pages.tmp.json.
 * --jobs N runs up to N of those processes at once (default 1); a corpus's extractors then share the
 * machine's load alike, which keeps their time ratio fair on a busy machine even though both slow down.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPORA, ensureUnpacked, loadCorpus, type CorpusSpec, type Page } from './lib/corpus';
import { pipeline } from './extractors/pipeline';
import { readability } from './extractors/readability';
import type { BenchExtractor, BenchResult } from './extractors/types';
import { summarize, type PageRecord, type RunSummary } from './lib/summary';
import { scorePage } from './lib/page-score';
import { corpusTable, markdownDocument } from './lib/report';

const EXTRACTORS: Record<string, BenchExtractor> = { readability, pipeline };
const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

const { values: opt } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true, default: [] },
    extractor: { type: 'string', multiple: true, default: [] },
    limit: { type: 'string' },
    filter: { type: 'string' },
    bootstrap: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: '1' },
    verbose: { type: 'boolean', short: 'v', default: false },
    child: { type: 'boolean', default: false },
  },
});

export interface ChildRun {
  extractor: string;
  corpus: string;
  summary: RunSummary;
  pages: PageRecord[];
}

function selectPages(pages: Page[]): Page[] {
  let out = pages;
  if (opt.filter) out = out.filter((p) => p.id.includes(opt.filter!));
  if (opt.limit) out = out.slice(0, Number(opt.limit));
  return out;
}

async function runChild(): Promise<void> {
  const extractor = EXTRACTORS[opt.extractor[0]!]!;
  const spec = CORPORA.find((c) => c.name === opt.corpus[0])!;
  const pages = selectPages(loadCorpus(spec.name, ensureUnpacked(spec)));
  const records: PageRecord[] = [];
  const t0 = performance.now();
  for (const page of pages) {
    let result: BenchResult | null = null;
    let status: PageRecord['status'] = 'ok';
    let error: string | undefined;
    const start = performance.now();
    try {
      result = extractor.extract(page.html, page.url);
      if (result?.textContent == null) status = 'null';
    } catch (e) {
      status = 'error';
      error = String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ');
    }
    const ms = performance.now() - start;
    const rec: PageRecord = { id: page.id, url: page.url, status, error, ms, parseMs: result?.timings.parseMs, extractMs: result?.timings.extractMs, extractCpuMs: result?.timings.extractCpuMs, relatedLinks: result?.relatedLinks ?? 0, ...scorePage(page.truth, result) };
    if (opt.verbose) console.error(`${extractor.name.padEnd(11)} ${status.padEnd(5)} ${ms.toFixed(0).padStart(5)}ms ${page.id}${error ? ` ${error}` : ''}`);
    records.push(rec);
    // Let the event loop turn: jsdom frees a closed window's memory only then.
    await new Promise((r) => setImmediate(r));
  }
  const run: ChildRun = { extractor: extractor.name, corpus: spec.name, summary: summarize(records, performance.now() - t0, Number(opt.bootstrap)), pages: records };
  process.send!(run, () => process.exit(0));
}

function runInChild(extractor: string, corpus: string): Promise<ChildRun | null> {
  const pass = (['limit', 'filter', 'bootstrap'] as const).flatMap((k) => (opt[k] ? [`--${k}`, String(opt[k])] : []));
  const args = ['--child', '--extractor', extractor, '--corpus', corpus, ...pass, ...(opt.verbose ? ['-v'] : [])];
  const child = fork(fileURLToPath(import.meta.url), args);
  return new Promise((done) => {
    let run: ChildRun | null = null;
    child.on('message', (m) => (run = m as ChildRun));
    child.on('exit', (code) => {
      if (!run) console.error(`${extractor} on ${corpus}: no result (exit ${code})`);
      done(run);
    });
  });
}

/** Runs the tasks, at most `limit` at a time; results in the tasks' order. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function main(): Promise<number> {
  const unknownCorpus = opt.corpus.filter((c) => !CORPORA.some((s) => s.name === c));
  const unknownExtractor = opt.extractor.filter((e) => !EXTRACTORS[e]);
  if (unknownCorpus.length || unknownExtractor.length) {
    console.error(`unknown ${unknownCorpus.length ? `corpus ${unknownCorpus.join(', ')} (have ${CORPORA.map((c) => c.name).join(', ')})` : `extractor ${unknownExtractor.join(', ')} (have ${Object.keys(EXTRACTORS).join(', ')})`}`);
    return 2;
  }
  const specs: CorpusSpec[] = opt.corpus.length ? CORPORA.filter((c) => opt.corpus.includes(c.name)) : CORPORA;
  const extractors = opt.extractor.length ? opt.extractor : Object.keys(EXTRACTORS);
  try {
    for (const spec of specs) ensureUnpacked(spec);
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    return 1;
  }
  const jobs = specs.flatMap((spec) => extractors.map((name) => ({ spec, name })));
  const done = await inParallel(jobs.map(({ spec, name }) => () => runInChild(name, spec.name)), Math.max(1, Number(opt.jobs)));
  if (done.some((run) => !run)) return 1;
  const runs = done as ChildRun[];
  for (const spec of specs) {
    const corpusRuns = runs.filter((r) => r.corpus === spec.name);
    console.log(`\n### ${spec.name} (${corpusRuns[0]!.summary.pages} pages)\n`);
    console.log(corpusTable(corpusRuns));
  }
  const partial = Boolean(opt.limit || opt.filter || opt.extractor.length || opt.corpus.length);
  const meta = { date: new Date().toISOString(), node: process.version, partial, options: { limit: opt.limit ?? null, filter: opt.filter ?? null, corpus: opt.corpus, extractor: opt.extractor } };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'pages.tmp.json'), JSON.stringify({ ...meta, runs }, null, 0));
  const out = join(RESULTS_DIR, partial ? 'partial.tmp.json' : 'latest.json');
  writeFileSync(out, `${JSON.stringify({ ...meta, runs: runs.map(({ pages: _pages, ...r }) => r) }, null, 1)}\n`);
  if (!partial) writeFileSync(join(RESULTS_DIR, 'README-table.md'), markdownDocument(runs, meta.date, meta.node));
  console.log(`\nresults written to ${out}${partial ? ' (partial run: latest.json and README-table.md left alone)' : ' and README-table.md'}`);
  return 0;
}

if (opt.child) await runChild();
else process.exitCode = await main();
