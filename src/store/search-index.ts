/**
 * Full-text search over the library with MiniSearch, run in a worker (search-worker.ts). The index is
 * persisted as a snapshot in IndexedDB and kept current by replaying the change log that every write
 * appends to, so opening the library costs one snapshot load plus the few changes since, and typing
 * costs one index lookup per keystroke.
 */
import MiniSearch, { type Options } from 'minisearch';
import { allArticles, openLibrary } from './articles-db';
import type { SavedArticle } from './saved-article';
import type { ChangeRecord, SearchSnapshot, SearchState } from './schema';
import { STOP_WORDS } from './stop-words';
import { TermCachedSearch } from './term-search';

/** Bump when fields or term processing change: older snapshots are then rebuilt instead of loaded. */
export const INDEX_SCHEMA = 2;
/** Changes kept after a snapshot, so another open library tab a little behind can still replay instead of reloading. */
const KEEP_CHANGES = 500;

interface SearchDoc {
  id: string;
  title: string;
  authors: string;
  siteName: string;
  text: string;
}

/** Folds case and accents, so "nicolas" finds "Nicolás". */
export function normalizeTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function processTerm(term: string): string | null {
  const normal = normalizeTerm(term);
  return normal && !STOP_WORDS.has(normal) ? normal : null;
}

const INDEX_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['title', 'authors', 'siteName', 'text'],
  processTerm,
};

/** Every query requires all its words (AND), run through term-search.ts. */
export const QUERY_OPTIONS = {
  boost: { title: 3, authors: 2, siteName: 1.5 },
  combineWith: 'AND' as const,
  // As-you-type: the word being typed matches as a prefix once it has four letters. Shorter prefixes
  // expand to a large share of the vocabulary, and scoring every article those terms are in takes hundreds
  // of milliseconds at ten thousand articles. Finished longer words forgive a typo.
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 4,
  fuzzy: (term: string, i: number, terms: string[]) => (i < terms.length - 1 && term.length >= 5 ? 0.2 : false),
};

function toDoc(a: SavedArticle): SearchDoc {
  return { id: a.id, title: a.title, authors: a.authors.join(' '), siteName: a.siteName ?? '', text: a.textContent };
}

export class LibrarySearch {
  private lookup: TermCachedSearch;
  /** Changes whenever articles are added, removed or numbered afresh. */
  version = 0;

  private constructor(
    private index: MiniSearch<SearchDoc>,
    /** The last change-log entry reflected in `index`. */
    private seq: number,
  ) {
    this.lookup = new TermCachedSearch(index as MiniSearch<unknown>, processTerm, QUERY_OPTIONS);
  }

  /** Loads the persisted snapshot (or builds the index from every article) and replays the changes since. */
  static async open(): Promise<LibrarySearch> {
    const search = (await LibrarySearch.fromSnapshot()) ?? (await LibrarySearch.rebuild());
    await search.catchUp();
    return search;
  }

  private static async fromSnapshot(): Promise<LibrarySearch | null> {
    const snapshot = (await (await openLibrary()).get('meta', 'search-index')) as SearchSnapshot | undefined;
    if (!snapshot || snapshot.schema !== INDEX_SCHEMA) return null;
    try {
      // The synchronous loader is about twice as fast as loadJSONAsync, and the worker has nothing else to do.
      return new LibrarySearch(MiniSearch.loadJSON<SearchDoc>(snapshot.json, INDEX_OPTIONS), snapshot.seq);
    } catch {
      return null;
    }
  }

  private static async rebuild(): Promise<LibrarySearch> {
    // Read the log position first: anything written while the articles are read replays afterwards.
    const seq = await lastChangeSeq();
    const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    for await (const batch of allArticles()) index.addAll(batch.map(toDoc));
    return new LibrarySearch(index, seq);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** The ids of matching articles, best match first. */
  search(query: string): string[] {
    return this.lookup.search(query);
  }

  /** The matching articles' numbers in the index, best match first; `names` maps them to ids. */
  rank(query: string): Int32Array {
    return this.lookup.rank(query);
  }

  /** Each article's number in the index and its id, as `rank` answers until `version` next changes. */
  names(): ReadonlyMap<number, string> {
    return this.lookup.names();
  }

  /** Brings the index up to the newest write. Returns how many articles changed. */
  async catchUp(): Promise<number> {
    const db = await openLibrary();
    const tx = db.transaction(['meta', 'changes']);
    const state = (await tx.objectStore('meta').get('search-state')) as SearchState | undefined;
    if (state && state.prunedThrough > this.seq) {
      // Another tab saved a newer snapshot and dropped changes this index still needed.
      const fresh = (await LibrarySearch.fromSnapshot()) ?? (await LibrarySearch.rebuild());
      this.index = fresh.index;
      this.lookup = fresh.lookup;
      this.seq = fresh.seq;
      this.version++;
      return 1 + (await this.catchUp());
    }
    const latest = new Map<string, ChangeRecord['op']>();
    let seq = this.seq;
    for (let c = await tx.objectStore('changes').openCursor(IDBKeyRange.lowerBound(this.seq, true)); c; c = await c.continue()) {
      latest.delete(c.value.id);
      latest.set(c.value.id, c.value.op);
      seq = c.key;
    }
    await tx.done;
    if (latest.size === 0) return 0;
    const puts = [...latest].filter(([, op]) => op === 'put').map(([id]) => id);
    const readTx = db.transaction('articles');
    const articles = await Promise.all(puts.map((id) => readTx.store.get(id)));
    for (const id of latest.keys()) if (this.index.has(id)) this.index.discard(id);
    for (const article of articles) if (article) this.index.add(toDoc(article));
    this.lookup.clear();
    this.seq = seq;
    this.version++;
    return latest.size;
  }

  /** Saves the index as the new snapshot unless one at least as new is stored, then trims the change log. */
  async persist(): Promise<boolean> {
    const db = await openLibrary();
    const upToDate = (state: SearchState | undefined) => state !== undefined && state.schema === INDEX_SCHEMA && state.snapshotSeq >= this.seq;
    // Serializing a large index takes a while: skip it when the stored snapshot is already as new.
    if (upToDate((await db.get('meta', 'search-state')) as SearchState | undefined)) return false;
    const json = JSON.stringify(this.index);
    const tx = db.transaction(['meta', 'changes'], 'readwrite');
    const meta = tx.objectStore('meta');
    const state = (await meta.get('search-state')) as SearchState | undefined;
    if (upToDate(state)) {
      await tx.done;
      return false;
    }
    const prunedThrough = Math.max(state?.prunedThrough ?? 0, this.seq - KEEP_CHANGES);
    if (prunedThrough > 0) void tx.objectStore('changes').delete(IDBKeyRange.upperBound(prunedThrough));
    void meta.put({ key: 'search-index', schema: INDEX_SCHEMA, seq: this.seq, json } satisfies SearchSnapshot);
    void meta.put({ key: 'search-state', schema: INDEX_SCHEMA, snapshotSeq: this.seq, prunedThrough } satisfies SearchState);
    await tx.done;
    return true;
  }
}

async function lastChangeSeq(): Promise<number> {
  const cursor = await (await openLibrary()).transaction('changes').store.openKeyCursor(null, 'prev');
  return cursor?.key ?? 0;
}
