/**
 * The saved articles' summaries for the list. The newest screenful is read first through the saved-at
 * index so the page shows something at once; the rest follows, and every library change reloads it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { allSummaries, recentSummaries } from '../store/articles-db';
import { onLibraryChange } from '../store/library-events';
import type { ArticleSummary } from '../store/saved-article';
import { describeStorageError } from '../store/storage-errors';

/** Enough rows to fill a tall window; the rest render once everything is loaded. */
export const FIRST_SCREEN = 15;

export interface LibraryState {
  summaries: ArticleSummary[];
  /** False while only the first screenful is loaded. */
  complete: boolean;
  loaded: boolean;
  error: string | null;
}

export function useLibrary() {
  const [state, setState] = useState<LibraryState>({ summaries: [], complete: false, loaded: false, error: null });

  useEffect(() => {
    let live = true;
    const fail = (error: unknown) => live && setState((s) => ({ ...s, loaded: true, error: describeStorageError(error, 'The library could not be read') }));
    const loadAll = () =>
      allSummaries()
        .then((summaries) => live && setState({ summaries, complete: true, loaded: true, error: null }))
        .catch(fail);
    recentSummaries(FIRST_SCREEN)
      .then((recent) => {
        if (!live) return;
        setState((s) => (s.complete ? s : { summaries: recent, complete: false, loaded: true, error: null }));
        // Let the first screen paint before reading everything.
        setTimeout(() => void loadAll(), 0);
      })
      .catch(fail);
    const off = onLibraryChange(() => void loadAll());
    return () => {
      live = false;
      off();
    };
  }, []);

  /** Shows a change made from this page at once; the reload that the change triggers confirms it. */
  const patch = useCallback((id: string, change: Partial<ArticleSummary> | null) => {
    setState((s) => ({
      ...s,
      summaries: change === null ? s.summaries.filter((x) => x.id !== id) : s.summaries.map((x) => (x.id === id ? { ...x, ...change } : x)),
    }));
  }, []);

  return { ...state, patch };
}
