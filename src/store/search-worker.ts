/**
 * The library's search index lives in this worker: loading a large snapshot, replaying changes and
 * serializing the next snapshot take seconds at ten thousand articles, and none of it may block typing.
 * It hears about writes on the library's BroadcastChannel like any page does.
 */
import { onLibraryChange } from './library-events';
import { LibrarySearch } from './search-index';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';

const PERSIST_AFTER_MS = 3000;
const post = (message: FromSearchWorker, transfer: Transferable[] = []) => postMessage(message, { transfer });

let search: LibrarySearch | null = null;
/** The index version whose numbering the page last received. */
let namesSent = -1;

/** The index's numbering, for a message to the page, which then has this version's. */
function names(index: LibrarySearch): ReadonlyMap<number, string> {
  namesSent = index.version;
  return index.names();
}

let persistTimer: ReturnType<typeof setTimeout> | undefined;
let queue = Promise.resolve();

function schedulePersist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    queue = queue.then(() => search?.persist()).then(() => undefined, () => undefined);
  }, PERSIST_AFTER_MS);
}

// Catch-ups and persists share one queue so they never interleave.
function enqueue(work: () => Promise<void>): void {
  queue = queue.then(work).catch((error: Error) => post({ type: 'error', message: `Search may be out of date: ${error.message}` }));
}

onLibraryChange(() =>
  enqueue(async () => {
    if (search && (await search.catchUp()) > 0) {
      post({ type: 'updated', size: search.size, names: names(search) });
      schedulePersist();
    }
  }),
);

onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type !== 'search') return;
  const start = performance.now();
  const hits = search?.rank(message.query) ?? new Int32Array(0);
  // The index may have changed (and been numbered afresh) since the last update was posted.
  const numbering = search && search.version !== namesSent ? names(search) : undefined;
  post({ type: 'results', id: message.id, hits, names: numbering, elapsedMs: performance.now() - start }, [hits.buffer]);
};

enqueue(async () => {
  try {
    search = await LibrarySearch.open();
  } catch (error) {
    post({ type: 'error', message: `Search is unavailable: ${(error as Error).message}` });
    return;
  }
  post({ type: 'ready', size: search.size, names: names(search) });
  schedulePersist();
});
