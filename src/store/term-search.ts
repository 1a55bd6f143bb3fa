/**
 * MiniSearch's AND search, with each query term's matches kept between keystrokes. Typing a second
 * word otherwise scores the finished first word (with its typo variants) again on every key, over
 * thousands of articles for a common word. Results, scores and order are exactly MiniSearch's own
 * `search(query, options)` with `combineWith: 'AND'`: each term is scored by MiniSearch's per-term step,
 * the sums are taken in the same order and ties keep the order MiniSearch gives them
 * (tests/unit/store-search.test.ts compares the two). It calls that step, which MiniSearch 7 keeps
 * private, so the package is pinned.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';

type Term = { term: string; prefix: boolean; fuzzy: number | boolean };
/** Internal document number → the term's score in it. */
type TermMatches = Map<number, { score: number }>;

/** The parts of MiniSearch 7's instance this relies on. */
interface MiniSearchInternals {
  executeQuerySpec(query: Term & { termBoost: number }, options: SearchOptions): TermMatches;
  _documentIds: Map<number, string>;
}

/** Enough for the terms of the last few queries typed. */
const KEPT_TERMS = 16;

export class TermCachedSearch {
  private readonly kept = new Map<string, TermMatches>();
  private readonly tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize') as (text: string) => string[];

  constructor(
    private readonly index: MiniSearch<unknown>,
    private readonly processTerm: (term: string) => string | null,
    private readonly options: SearchOptions & { prefix: (term: string, i: number, terms: string[]) => boolean; fuzzy: (term: string, i: number, terms: string[]) => number | boolean },
  ) {}

  /** Forget kept matches: call whenever the index changes. */
  clear(): void {
    this.kept.clear();
  }

  /** The ids of documents matching every term of `query`, best first. */
  search(query: string): string[] {
    const terms = this.tokenize(query).map(this.processTerm).filter((t): t is string => !!t);
    if (terms.length === 0) return [];
    const matches = terms.map((term, i) => this.matches({ term, prefix: this.options.prefix(term, i, terms), fuzzy: this.options.fuzzy(term, i, terms) }));
    // MiniSearch multiplies by the number of distinct query terms a document matched: all of them under AND.
    const quality = new Set(terms).size;
    const found: { doc: number; score: number }[] = [];
    // In the last term's order, as MiniSearch's AND keeps it; the sum left to right, as it adds.
    for (const [doc, last] of matches[matches.length - 1]!) {
      let score = 0;
      let all = true;
      for (let i = 0; i < matches.length - 1 && all; i++) {
        const hit = matches[i]!.get(doc);
        if (hit) score = i === 0 ? hit.score : score + hit.score;
        else all = false;
      }
      if (all) found.push({ doc, score: (matches.length === 1 ? last.score : score + last.score) * quality });
    }
    found.sort((a, b) => b.score - a.score);
    const ids = (this.index as unknown as MiniSearchInternals)._documentIds;
    return found.map((f) => ids.get(f.doc)!);
  }

  private matches(term: Term): TermMatches {
    const key = `${term.term}\u0000${term.prefix}\u0000${term.fuzzy}`;
    let matches = this.kept.get(key);
    if (matches) {
      this.kept.delete(key);
    } else {
      matches = (this.index as unknown as MiniSearchInternals).executeQuerySpec({ ...term, termBoost: 1 }, this.options);
      if (this.kept.size >= KEPT_TERMS) this.kept.delete(this.kept.keys().next().value!);
    }
    // Most recently used last, so the oldest is the one dropped.
    this.kept.set(key, matches);
    return matches;
  }
}
