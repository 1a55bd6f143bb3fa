/** Messages between the library page and its search worker. */
import type { SearchHit } from './search-index';

export type ToSearchWorker = { type: 'search'; id: number; query: string };

export type FromSearchWorker =
  | { type: 'ready'; size: number }
  | { type: 'updated'; size: number }
  | { type: 'results'; id: number; hits: SearchHit[]; elapsedMs: number }
  | { type: 'error'; message: string };
