/** Messages between the library page and its search worker. */

export type ToSearchWorker = { type: 'search'; id: number; query: string };

/**
 * Results name articles by their number in the index (`hits`, best first), which crosses to the page
 * without copying, so a keystroke never copies thousands of ids. `names` maps the numbers to ids: sent
 * when the index is ready, and again with the first message after it changed.
 */
export type FromSearchWorker =
  | { type: 'ready'; size: number; names: ReadonlyMap<number, string> }
  | { type: 'updated'; size: number; names: ReadonlyMap<number, string> }
  | { type: 'results'; id: number; hits: Int32Array; names?: ReadonlyMap<number, string>; elapsedMs: number }
  | { type: 'error'; message: string };
