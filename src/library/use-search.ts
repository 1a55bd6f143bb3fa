/**
 * The library's search index for this page: opened after the list's first paint, kept current on every
 * library change, and saved back as a snapshot a little after changes stop, so the next visit loads it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onLibraryChange } from '../store/library-events';
import { LibrarySearch } from '../store/search-index';

const PERSIST_AFTER_MS = 3000;

export interface SearchState {
  search: LibrarySearch | null;
  /** Changes whenever the index does, so results recompute. */
  version: number;
  error: string | null;
}

export function useSearch(): SearchState {
  const [state, setState] = useState<SearchState>({ search: null, version: 0, error: null });
  const persistTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    let live = true;
    let search: LibrarySearch | null = null;
    const schedulePersist = () => {
      clearTimeout(persistTimer.current);
      persistTimer.current = setTimeout(() => void search?.persist().catch(() => undefined), PERSIST_AFTER_MS);
    };
    // Several changes can land while one catch-up runs; chain them so replays never overlap.
    let catchingUp = Promise.resolve();
    const catchUp = () => {
      catchingUp = catchingUp.then(async () => {
        if (!search || !live) return;
        if ((await search.catchUp()) > 0 && live) {
          setState((s) => ({ ...s, version: s.version + 1 }));
          schedulePersist();
        }
      }).catch((error: Error) => {
        if (live) setState((s) => ({ ...s, error: `Search may be out of date: ${error.message}` }));
      });
    };
    const off = onLibraryChange(catchUp);
    const start = setTimeout(() => {
      LibrarySearch.open()
        .then((opened) => {
          if (!live) return;
          search = opened;
          setState({ search: opened, version: 1, error: null });
          schedulePersist();
        })
        .catch((error: Error) => live && setState((s) => ({ ...s, error: `Search is unavailable: ${error.message}` })));
    }, 0);
    return () => {
      live = false;
      off();
      clearTimeout(start);
      clearTimeout(persistTimer.current);
    };
  }, []);

  return state;
}
