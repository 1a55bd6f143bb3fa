/**
 * MiniSearch's AND search, with each query term's matches kept between keystrokes. Typing a second
 * word otherwise scores the finished first word (with its typo variants) again on every key, over
 * thousands of articles for a common word. Results, scores and order are exactly MiniSearch's own
 * `search(query, options)` with `combineWith: 'AND'` (tests/unit/store-search-terms.test.ts compares the
 * two): each term is scored as MiniSearch's per-term step (`executeQuerySpec`) scores it, with the same
 * arithmetic in the same order, the sums are taken in the same order and ties keep MiniSearch's order.
 * The step is done here because MiniSearch's builds an object per matching article with the terms and
 * fields it matched, which search never reads: for a common word's first letters (8,000 of 10,000
 * articles) that allocation was most of the lookup. It reads MiniSearch 7's private index, so the
 * package is pinned.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';

type Term = { term: string; prefix: boolean; fuzzy: number | boolean };
/** Field number → internal document number → how often the term occurs in that field. */
type FieldTermData = Map<number, Map<number, number>>;
/** A term's score in each internal document number (0: not matched), and the numbers matched, in the order MiniSearch meets them. */
type TermMatches = { score: Float64Array; order: Int32Array };

/** The parts of MiniSearch 7's instance this relies on. */
interface MiniSearchInternals {
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _options: { fields: string[]; searchOptions: { maxFuzzy: number; weights: { fuzzy: number; prefix: number }; bm25: { k: number; b: number; d: number } } };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, string>;
  _nextId: number;
  removeTerm(fieldId: number, documentId: number, term: string): void;
}

/** Enough for the terms of the last few queries typed. */
const KEPT_TERMS = 16;

type QueryOptions = Pick<SearchOptions, 'boost' | 'weights'> & {
  prefix: (term: string, i: number, terms: string[]) => boolean;
  fuzzy: (term: string, i: number, terms: string[]) => number | boolean;
};

export class TermCachedSearch {
  private readonly kept = new Map<string, TermMatches>();
  private readonly tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize') as (text: string) => string[];

  constructor(
    private readonly index: MiniSearch<unknown>,
    private readonly processTerm: (term: string) => string | null,
    private readonly options: QueryOptions,
  ) {}

  /** Forget kept matches: call whenever the index changes. */
  clear(): void {
    this.kept.clear();
  }

  /** The ids of documents matching every term of `query`, best first. */
  search(query: string): string[] {
    const names = this.names();
    return Array.from(this.rank(query), (doc) => names.get(doc)!);
  }

  /**
   * The internal numbers of documents matching every term of `query`, best first: numbers cross from
   * the worker to the page without copying, and `names` turns them into ids.
   */
  rank(query: string): Int32Array {
    const terms = this.tokenize(query).map(this.processTerm).filter((t): t is string => !!t);
    if (terms.length === 0) return new Int32Array(0);
    const matches = terms.map((term, i) => this.matches({ term, prefix: this.options.prefix(term, i, terms), fuzzy: this.options.fuzzy(term, i, terms) }));
    // MiniSearch multiplies by the number of distinct query terms a document matched: all of them under AND.
    const quality = new Set(terms).size;
    const last = matches[matches.length - 1]!;
    const docs = new Int32Array(last.order.length);
    const scores = new Float64Array(last.order.length);
    let found = 0;
    // In the last term's order, as MiniSearch's AND keeps it; the sum left to right, as it adds.
    for (const doc of last.order) {
      let score = 0;
      let all = true;
      for (let i = 0; i < matches.length - 1 && all; i++) {
        const hit = matches[i]!.score[doc]!;
        if (hit !== 0) score = i === 0 ? hit : score + hit;
        else all = false;
      }
      if (!all) continue;
      docs[found] = doc;
      scores[found++] = (matches.length === 1 ? last.score[doc]! : score + last.score[doc]!) * quality;
    }
    // Best first, ties in the order found, as MiniSearch's stable sort leaves them; positions in typed
    // arrays rather than an object per match, for a common word's thousands of matches.
    const byScore = new Int32Array(found).map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    return byScore.map((i) => docs[i]!);
  }

  /** Each indexed document's internal number and id; numbers change when the index is rebuilt or a document re-added. */
  names(): ReadonlyMap<number, string> {
    return (this.index as unknown as MiniSearchInternals)._documentIds;
  }

  private matches(term: Term): TermMatches {
    const key = `${term.term}\u0000${term.prefix}\u0000${term.fuzzy}`;
    let matches = this.kept.get(key);
    if (matches) {
      this.kept.delete(key);
    } else {
      matches = this.score(term);
      if (this.kept.size >= KEPT_TERMS) this.kept.delete(this.kept.keys().next().value!);
    }
    // Most recently used last, so the oldest is the one dropped.
    this.kept.set(key, matches);
    return matches;
  }

  /** MiniSearch 7's `executeQuerySpec` with `termBoost` 1 and no `boostDocument`, keeping only scores. */
  private score(query: Term): TermMatches {
    const index = this.index as unknown as MiniSearchInternals;
    const { maxFuzzy, bm25 } = index._options.searchOptions;
    const weights = { ...index._options.searchOptions.weights, ...this.options.weights };
    const fields = index._options.fields.map((field) => ({ id: index._fieldIds[field]!, boost: this.options.boost?.[field] || 1 }));
    const score = new Float64Array(index._nextId);
    const order: number[] = [];

    const add = (derived: string, weight: number, data: FieldTermData | undefined) => {
      if (data === undefined) return;
      for (const field of fields) {
        const frequencies = data.get(field.id);
        if (frequencies === undefined) continue;
        let matchingFields = frequencies.size;
        const avgFieldLength = index._avgFieldLength[field.id]!;
        for (const [doc, termFreq] of frequencies) {
          // A discarded document is dropped from the term as MiniSearch drops it, which also changes later scores.
          if (!index._documentIds.has(doc)) {
            index.removeTerm(field.id, doc, derived);
            matchingFields -= 1;
            continue;
          }
          const fieldLength = index._fieldLength.get(doc)![field.id]!;
          const invDocFreq = Math.log(1 + (index._documentCount - matchingFields + 0.5) / (matchingFields + 0.5));
          const raw = invDocFreq * (bm25.d + (termFreq * (bm25.k + 1)) / (termFreq + bm25.k * (1 - bm25.b + (bm25.b * fieldLength) / avgFieldLength)));
          const weighted = weight * field.boost * raw;
          if (score[doc] === 0) {
            order.push(doc);
            score[doc] = weighted;
          } else score[doc]! += weighted;
        }
      }
    };

    add(query.term, 1, index._index.get(query.term));
    let fuzzyMatches: Map<string, [FieldTermData, number]> | undefined;
    if (query.fuzzy) {
      const fuzzy = query.fuzzy === true ? 0.2 : query.fuzzy;
      const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(query.term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = index._index.fuzzyGet(query.term, maxDistance);
    }
    if (query.prefix) {
      for (const [term, data] of index._index.atPrefix(query.term)) {
        const distance = term.length - query.term.length;
        if (!distance) continue;
        // A term that is both a prefix and a fuzzy match counts once, as a prefix match.
        fuzzyMatches?.delete(term);
        add(term, (weights.prefix * term.length) / (term.length + 0.3 * distance), data);
      }
    }
    for (const [term, [data, distance]] of fuzzyMatches ?? []) {
      if (distance) add(term, (weights.fuzzy * term.length) / (term.length + distance), data);
    }
    return { score, order: Int32Array.from(order) };
  }
}
