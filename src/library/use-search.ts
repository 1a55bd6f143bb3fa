/**
 * The library's search for this page, served by a worker (see store/search-worker.ts) that is started
 * once the list has painted. `version` changes whenever the index does, so results recompute.
 */
import { useEffect, useState } from 'preact/hooks';
import { SearchClient } from './search-client';

export interface SearchState {
  client: SearchClient | null;
  version: number;
  error: string | null;
}

/** `enabled` holds the index back until the list has painted: loading it competes for the same database. */
export function useSearch(enabled: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ client: null, version: 0, error: null });

  useEffect(() => {
    if (!enabled) return;
    const client = new SearchClient((event) => {
      if (event.type === 'ready') {
        performance.mark('library:search-ready');
        setState({ client, version: 1, error: null });
      } else if (event.type === 'updated') setState((s) => ({ ...s, version: s.version + 1 }));
      else setState((s) => ({ ...s, error: event.message }));
    });
    return () => client.close();
  }, [enabled]);

  return state;
}
