/** Messages between the library page and its search worker. */

export type ToSearchWorker = { type: 'search'; id: number; query: string };

export type FromSearchWorker =
  | { type: 'ready'; size: number }
  | { type: 'updated'; size: number }
  | { type: 'results'; id: number; hits: string[]; elapsedMs: number }
  | { type: 'error'; message: string };
