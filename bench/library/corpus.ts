/**
 * Ten thousand realistic saved articles, deterministic from a seed: news-length bodies (about 800
 * words) drawn from a Zipf-distributed vocabulary of real words (the test fixtures' news prose) and
 * invented names, so the search index has the many rare terms real news has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedArticle } from '../../src/store/saved-article';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtureWords(pagesDir: string): string[] {
  const counts = new Map<string, number>();
  for (const slug of readdirSync(pagesDir)) {
    let html: string;
    try {
      html = readFileSync(join(pagesDir, slug, 'page.html'), 'utf8');
    } catch {
      continue;
    }
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
    for (const w of text.toLowerCase().match(/[a-z][a-z'’-]{1,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'sta', 'ro', 'bel', 'dun', 'ash', 'tor', 'el', 'qui', 'ran', 'ford', 'ley', 'mont', 'ber', 'gal', 'ith', 'os', 'wen', 'har', 'lin', 'cas', 'tel', 'mor', 'via', 'ne', 'sol', 'dar'];

export interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights for sampling. */
  cdf: Float64Array;
}

export function vocabulary(pagesDir: string, invented = 40_000, random = rng(7)): Vocabulary {
  const real = fixtureWords(pagesDir);
  const seen = new Set(real);
  const words = [...real];
  while (words.length < real.length + invented) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cdf = new Float64Array(words.length);
  let total = 0;
  for (let i = 0; i < words.length; i++) cdf[i] = total += 1 / Math.pow(i + 1, 1.05);
  for (let i = 0; i < words.length; i++) cdf[i]! /= total;
  return { words, cdf };
}

function sample(v: Vocabulary, random: () => number): string {
  const x = random();
  let lo = 0;
  let hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const SITES = Array.from({ length: 60 }, (_, i) => `${capitalize(['daily', 'coastal', 'northern', 'city', 'evening', 'valley', 'harbour', 'national', 'weekly', 'metro'][i % 10]!)} ${['Gazette', 'Herald', 'Post', 'Courier', 'Times', 'Observer'][Math.floor(i / 10)]}`);
const FIRST = ['Ana', 'Daniel', 'Fiona', 'Morag', 'Ruaridh', 'Eilidh', 'Kwame', 'Priya', 'Tomasz', 'Lucía', 'Hiro', 'Amara', 'Jonas', 'Nadia', 'Owen', 'Sofia', 'Ibrahim', 'Chloé', 'Mateo', 'Grace'];
const LAST = ['Souza', 'Osei', 'MacLeod', 'Kinnaird', 'Sinclair', 'Barraclough', 'Mensah', 'Raman', 'Nowak', 'Pérez', 'Tanaka', 'Okafor', 'Berg', 'Haddad', 'Price', 'Rossi', 'Diallo', 'Laurent', 'García', 'Wong'];

export function makeLibrary(count: number, v: Vocabulary, seed = 1, now = Date.UTC(2026, 10, 1)): SavedArticle[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min));
    const words = Array.from({ length: n }, () => sample(v, random));
    return `${capitalize(words.join(' '))}.`;
  };
  const out: SavedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const site = pick(SITES);
    const host = `${site.toLowerCase().replace(/\s+/g, '-')}.example`;
    const paragraphs = Array.from({ length: 8 + Math.floor(random() * 12) }, () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(8, 22)).join(' '));
    const textContent = paragraphs.join('\n\n');
    const title = sentence(5, 12).slice(0, -1);
    const authors = Array.from({ length: 1 + Math.floor(random() * random() * 3) }, () => `${pick(FIRST)} ${pick(LAST)}`);
    const url = `https://${host}/news/${i}-${title.toLowerCase().split(' ').slice(0, 5).join('-')}`;
    const words = textContent.split(/\s+/).length;
    const published = now - Math.floor(random() * 3 * 365 * 86_400_000);
    out.push({
      id: url,
      url,
      title,
      byline: `By ${authors.join(' and ')}`,
      authors,
      publishedTime: random() < 0.9 ? new Date(published).toISOString() : null,
      siteName: site,
      lang: 'en',
      excerpt: paragraphs[0]!.slice(0, 200),
      readingTimeMinutes: Math.max(1, Math.round(words / 230)),
      content: paragraphs.map((p, j) => (j > 0 && j % 5 === 0 ? `<h2>${sentence(3, 7).slice(0, -1)}</h2><p>${p}</p>` : `<p>${p}</p>`)).join('\n'),
      textContent,
      relatedLinks: Array.from({ length: Math.floor(random() * 5) }, (_, k) => ({ url: `https://${host}/news/related-${i}-${k}`, title: sentence(4, 9).slice(0, -1) })),
      removed: [],
      cleaned: true,
      warnings: [],
      savedAt: published + Math.floor(random() * 30 * 86_400_000),
      read: random() < 0.4,
    });
  }
  return out;
}
