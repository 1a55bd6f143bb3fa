/**
 * Corpus unpacking and loading. Loaders follow the reference scorer's lib/corpus.mjs
 * (/work/shared/bench): each page is { id, url, html, truth } where truth holds
 * body (readability pages) or segments (trafilatura), and title/byline/publishedTime when known.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export interface Truth {
  body?: string;
  segments?: { with: string[]; without: string[] };
  title?: string;
  byline?: string;
  publishedTime?: string;
}

export interface Page {
  id: string;
  url: string;
  html: string;
  truth: Truth;
}

export interface CorpusSpec {
  /** Directory name inside the tarball and under bench/.corpora/. */
  name: 'trafilatura' | 'readability';
  tarball: string;
}

const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPORA_DIR = join(BENCH_DIR, '.corpora');
/** The shared corpus directory: ../shared/corpus next to the repository, or $BENCH_CORPUS_DIR. */
export const SOURCE_DIR = process.env.BENCH_CORPUS_DIR ?? resolve(BENCH_DIR, '..', '..', 'shared', 'corpus');

export const CORPORA: CorpusSpec[] = [
  { name: 'trafilatura', tarball: 'trafilatura-eval.tar.gz' },
  { name: 'readability', tarball: 'readability-test-pages.tar.gz' },
];

/** Unpacks a corpus tarball into bench/.corpora/ once (again when the tarball changes). Throws when missing. */
export function ensureUnpacked(spec: CorpusSpec): string {
  const tarball = join(SOURCE_DIR, spec.tarball);
  if (!existsSync(tarball)) {
    throw new Error(`corpus tarball not found: ${tarball}\n` +
      `The benchmark needs the shared corpora (${CORPORA.map((c) => c.tarball).join(', ')}) in ${SOURCE_DIR};\n` +
      'set BENCH_CORPUS_DIR to the directory that holds them.');
  }
  const dir = join(CORPORA_DIR, spec.name);
  const stamp = join(CORPORA_DIR, `${spec.name}.unpacked`);
  const st = statSync(tarball);
  const want = `${spec.tarball} ${st.size} ${st.mtimeMs}`;
  if (existsSync(dir) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  mkdirSync(CORPORA_DIR, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', CORPORA_DIR], { stdio: 'inherit' });
  if (!existsSync(dir)) throw new Error(`${tarball} did not unpack to ${dir}`);
  writeFileSync(stamp, want);
  return dir;
}

// Readability's own URL for its test pages (test/test-readability.js).
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

function loadReadability(dir: string): Page[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.html')))
    .sort()
    .map((id) => {
      const read = (f: string) => readFileSync(join(dir, id, f), 'utf8');
      const meta = existsSync(join(dir, id, 'expected-metadata.json')) ? JSON.parse(read('expected-metadata.json')) : {};
      const truth: Truth = { body: JSDOM.fragment(read('expected.html')).textContent ?? '' };
      for (const k of ['title', 'byline', 'publishedTime'] as const) if (meta[k] != null && meta[k] !== '') truth[k] = meta[k];
      return { id, url: READABILITY_TEST_URL, html: read('source.html'), truth };
    });
}

/** Bytes as a browser would decode them: UTF-8 when valid, else the declared charset, else windows-1252. */
function decodeHtml(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const declared = buf.subarray(0, 4096).toString('latin1').match(/charset\s*=\s*["']?\s*([\w-]+)/i)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(buf);
    } catch {
      return new TextDecoder('windows-1252').decode(buf);
    }
  }
}

interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string | string[];
  date?: string;
}

function loadTrafilatura(dir: string): Page[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>;
  return Object.entries(data).map(([url, t]) => {
    const truth: Truth = { segments: { with: t.with, without: t.without } };
    if (t.title) truth.title = t.title;
    if (t.author?.length) truth.byline = [t.author].flat().join('; ');
    if (t.date) truth.publishedTime = t.date;
    return { id: t.file, url, html: decodeHtml(readFileSync(join(dir, 'html', t.file))), truth };
  });
}

export function loadCorpus(name: CorpusSpec['name'], dir: string): Page[] {
  const pages = name === 'trafilatura' ? loadTrafilatura(dir) : loadReadability(dir);
  if (!pages.length) throw new Error(`no pages found in ${dir}`);
  return pages;
}
