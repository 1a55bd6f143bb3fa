/**
 * The largest real pages of trafilatura-eval, for timing in the browser: what users wait for on
 * heavy news pages, measured for this project's pipeline and for plain Readability in the same tab.
 */
import { build } from 'vite';
import { join } from 'node:path';
import { CORPORA, ensureUnpacked, loadCorpus, type Page } from '../lib/corpus';

export function largestCorpusPages(count: number): Page[] {
  const spec = CORPORA.find((c) => c.name === 'trafilatura')!;
  return loadCorpus(spec.name, ensureUnpacked(spec)).sort((a, b) => b.html.length - a.html.length).slice(0, count);
}

/** bench/large-pages/in-page-timer.ts as one classic script for the page (built with Vite, like the content script). */
export async function inPageTimerScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: join(import.meta.dirname, 'in-page-timer.ts'), formats: ['iife'], name: 'inPageTimer', fileName: 'timer' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
}
