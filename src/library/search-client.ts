/** The page's side of the search worker: a promise per query, answered in the order they were asked. */
import type { FromSearchWorker, ToSearchWorker } from '../store/search-protocol';

export class SearchClient {
  private readonly worker = new Worker(new URL('../store/search-worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, (hits: string[]) => void>();
  /** The index's numbers for articles, and their ids, as the worker last sent them. */
  private names: ReadonlyMap<number, string> = new Map();
  private nextId = 1;
  /** The last question and its answer, so asking at the keystroke and again once it is rendered costs one lookup. */
  private last: { query: string; answer: Promise<string[]> } | null = null;

  constructor(onEvent: (event: Exclude<FromSearchWorker, { type: 'results' }>) => void) {
    this.worker.onmessage = (e: MessageEvent<FromSearchWorker>) => {
      const message = e.data;
      if (message.type === 'results') {
        // For `npm run bench:library`: the lookup alone, apart from messaging and rendering.
        performance.measure('library:search-index', { start: performance.now(), duration: 0, detail: message.elapsedMs });
        if (message.names) this.names = message.names;
        this.pending.get(message.id)?.(Array.from(message.hits, (n) => this.names.get(n)!));
        this.pending.delete(message.id);
      } else {
        if (message.type !== 'error') this.names = message.names;
        // A changed index may answer differently.
        if (message.type === 'updated') this.last = null;
        onEvent(message);
      }
    };
    this.worker.onerror = (e) => onEvent({ type: 'error', message: `Search is unavailable: ${e.message}` });
  }

  /** The ids of matching articles, best match first. */
  search(query: string): Promise<string[]> {
    if (this.last?.query === query) return this.last.answer;
    const id = this.nextId++;
    const answer = new Promise<string[]>((resolve) => this.pending.set(id, resolve));
    this.worker.postMessage({ type: 'search', id, query } satisfies ToSearchWorker);
    this.last = { query, answer };
    return answer;
  }

  close(): void {
    this.worker.terminate();
  }
}
