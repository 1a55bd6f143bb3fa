/**
 * The saved articles' summaries for the list. `copy`, the newest saves as mirrored in localStorage, is
 * shown at once; `firstScreen`, the same read from the database as the page starts, replaces it; the
 * rest follows, and every library change reloads it.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { allSummaries } from '../store/articles-db';
import { onLibraryChange } from '../store/library-events';
import type { ArticleSummary } from '../store/saved-article';
import { describeStorageError } from '../store/storage-errors';
import { afterNextPaint } from './paint-timing';
import { keepFirstScreenWording } from './first-screen-wording';

export interface LibraryState {
  summaries: ArticleSummary[];
  /** False while only the first screenful is loaded. */
  complete: boolean;
  loaded: boolean;
  /** True while the rows shown come from the localStorage copy, before the database answered. */
  fromCopy: boolean;
  error: string | null;
}

/** `copy`: the mirrored newest saves, never empty (null when there is none: see newest-mirror.ts). */
export function useLibrary(firstScreen: Promise<ArticleSummary[]>, copy: ArticleSummary[] | null) {
  const [state, setState] = useState<LibraryState>(() =>
    copy ? { summaries: copy, complete: false, loaded: true, fromCopy: true, error: null } : { summaries: [], complete: false, loaded: false, fromCopy: false, error: null },
  );

  // A layout effect, not an effect: an effect waits for a frame to be painted, and the read is often done by then.
  useLayoutEffect(() => {
    let live = true;
    const fail = (error: unknown) => live && setState((s) => ({ ...s, summaries: s.fromCopy ? [] : s.summaries, loaded: true, fromCopy: false, error: describeStorageError(error, 'The library could not be read') }));
    const loadAll = () =>
      allSummaries()
        .then((summaries) => live && setState({ summaries, complete: true, loaded: true, fromCopy: false, error: null }))
        .catch(fail);
    firstScreen
      .then((recent) => {
        if (!live) return;
        // The copy is usually what the database holds: keeping its objects then spares re-rendering every row.
        const same = (s: LibraryState) => s.fromCopy && JSON.stringify(s.summaries) === JSON.stringify(recent);
        setState((s) => (s.complete ? s : { summaries: same(s) ? s.summaries : recent, complete: false, loaded: true, fromCopy: false, error: null }));
        // Reading and rendering every summary would hold up the first screen's frame: start once it is painted.
        afterNextPaint(() => {
          // These rows are also the copy that the next visit's first screen draws (newest-mirror.ts).
          keepFirstScreenWording(recent);
          void loadAll();
        });
      })
      .catch(fail);
    const off = onLibraryChange(() => void loadAll());
    return () => {
      live = false;
      off();
    };
  }, [firstScreen]);

  /** Shows a change made from this page at once; the reload that the change triggers confirms it. */
  const patch = useCallback((id: string, change: Partial<ArticleSummary> | null) => {
    setState((s) => ({
      ...s,
      summaries: change === null ? s.summaries.filter((x) => x.id !== id) : s.summaries.map((x) => (x.id === id ? { ...x, ...change } : x)),
    }));
  }, []);

  return { ...state, patch };
}
