/** The read-later library page: the saved articles, searchable and filterable, with export and import. */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deleteArticle, putArticles, readArticle, setRead } from '../store/articles-db';
import type { ArticleSummary } from '../store/saved-article';
import { describeStorageError } from '../store/storage-errors';
import { useTheme } from '../ui/use-theme';
import { ArticleRow, type RowActions } from './ArticleRow';
import { LibraryToolbar } from './LibraryToolbar';
import { Notice, type NoticeState } from './Notice';
import { selectArticles, siteCounts, type ListFilter } from './select';
import type { ExportFormat } from './transfer/formats';
import { useLibrary } from './use-library';
import { useLiveSettings } from './use-live-settings';
import { afterNextPaint, markFirstRender } from './paint-timing';
import { rowsToDraw } from './row-fit';
import { rowsDrawnFirst } from './rows-drawn-first';
import { useSearch } from './use-search';

/** Rows rendered at a time: about three screens. Each keystroke renders a new first page of results. */
const PAGE = 15;
const MIN_QUERY = 2;

export function LibraryApp({ firstScreen, copy, typedQuery = '' }: {
  firstScreen: Promise<ArticleSummary[]>;
  copy: ArticleSummary[] | null;
  /** What the person typed into the first screen's search box before the app took it over. */
  typedQuery?: string;
}) {
  const [settings] = useLiveSettings();
  const library = useLibrary(firstScreen, copy);
  // Timings for `npm run bench:library`, read from the page's performance timeline. Effects run after
  // the browser has painted, so these marks are the first frame showing the list (unless the first
  // screen already drew it from the copy), and the first showing the database's rows rather than the copy's.
  useEffect(() => {
    if (library.loaded) markFirstRender();
  }, [library.loaded]);
  const fromDatabase = library.loaded && !library.fromCopy;
  useEffect(() => {
    if (fromDatabase) performance.mark('library:first-render-stored');
  }, [fromDatabase]);
  const { client: search, version, error: searchError } = useSearch(library.loaded);
  const [query, setQuery] = useState(typedQuery);
  const [filter, setFilter] = useState<ListFilter>({ sort: 'saved-desc', site: null, unreadOnly: false });
  const [shown, setShown] = useState(PAGE);
  /** What was typed last: the answer to anything typed before it is never shown. */
  const typed = useRef(typedQuery);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const searchStartedAt = useRef<number | null>(null);
  useTheme(settings);

  // One letter would match nearly everything; the full list stays until a second one is typed.
  const activeQuery = query.trim().length >= MIN_QUERY ? query.trim() : '';
  const [found, setFound] = useState<{ query: string; hits: string[] } | null>(null);
  // The same answer again (the index unchanged) keeps the same state, so nothing renders again.
  const showAnswer = useCallback((query: string, hits: string[]) => setFound((f) => (f?.query === query && f.hits === hits ? f : { query, hits })), []);
  // A query typed before the index was ready, or asked again because the index changed. Asked in a
  // layout effect, as soon as it is rendered: an effect would wait for a frame to be painted.
  useLayoutEffect(() => {
    if (!activeQuery || !search) return;
    let latest = true;
    void search.search(activeQuery).then((h) => latest && showAnswer(activeQuery, h));
    return () => {
      latest = false;
    };
  }, [activeQuery, search, version]);
  // Until the answer for what is typed now arrives, the previous results stay on screen.
  const hits = activeQuery ? (found?.hits ?? null) : null;
  const answered = !activeQuery || found?.query === activeQuery;
  const byId = useMemo(() => new Map(library.summaries.map((s) => [s.id, s])), [library.summaries]);
  // The whole list is kept apart from search results, and "best match" orders it newest saved first, so
  // typing a first letter or clearing the search never sorts every article again.
  const { sort, site, unreadOnly } = filter;
  const listSort = sort === 'relevance' ? 'saved-desc' : sort;
  const everything = useMemo(() => selectArticles(library.summaries, { sort: listSort, site, unreadOnly }, null, byId), [library.summaries, listSort, site, unreadOnly, byId]);
  const results = useMemo(() => hits && selectArticles(library.summaries, { sort, site, unreadOnly }, hits, byId), [library.summaries, sort, site, unreadOnly, hits, byId]);
  const visible = results ?? everything;
  const sites = useMemo(() => siteCounts(library.summaries), [library.summaries]);
  const unread = useMemo(() => library.summaries.reduce((n, s) => n + (s.read ? 0 : 1), 0), [library.summaries]);

  useLayoutEffect(() => {
    const start = searchStartedAt.current;
    if (start === null || !answered) return;
    // For `npm run bench:library`: the results are in the page now, and on screen once the next frame is painted.
    performance.measure('library:search', { start, end: performance.now() });
    afterNextPaint(() => performance.measure('library:search-painted', { start, end: performance.now() }));
    searchStartedAt.current = null;
  }, [query, found]);

  const onQuery = useCallback((next: string) => {
    searchStartedAt.current = performance.now();
    typed.current = next;
    const show = () => {
      setQuery(next);
      setShown(PAGE);
      setFilter((f) => {
        const sort = next.trim() && f.sort === 'saved-desc' ? 'relevance' : !next.trim() && f.sort === 'relevance' ? 'saved-desc' : f.sort;
        // The same object when nothing changes, so the list is not filtered and sorted again on every keystroke.
        return sort === f.sort ? f : { ...f, sort };
      });
    };
    const asked = next.trim();
    // A search worker that failed never answers: the list then stays as typed over, beside the error shown.
    if (asked.length >= MIN_QUERY && search && !searchError) {
      // Rendered once, with its answer (the worker's lookup takes about a millisecond). Rendering the
      // keystroke alone first kept the page busy while the worker looked up, and the browser then painted
      // that frame before taking the answer, which so came a frame later.
      void search.search(asked).then((hits) => {
        if (typed.current !== next) return;
        show();
        showAnswer(asked, hits);
      });
      return;
    }
    // Once the search is cleared, an earlier search's results must not come back while the next one is
    // answered: the full list stays instead, and its rows are not replaced twice.
    if (asked.length < MIN_QUERY) setFound(null);
    show();
  }, [search, searchError, showAnswer]);

  // These callbacks use only state setters, so they never change and the toolbar and rows need not re-render when results arrive.
  const fail = useCallback((error: unknown, what: string) => setNotice({ kind: 'error', message: describeStorageError(error, what) }), []);

  const actions: RowActions = useMemo(
    () => ({
      toggleRead(summary: ArticleSummary) {
        library.patch(summary.id, { read: !summary.read });
        setRead(summary.id, !summary.read).catch((error) => {
          library.patch(summary.id, { read: summary.read });
          fail(error, 'Not changed');
        });
      },
      remove(summary: ArticleSummary) {
        deleteArticle(summary.id)
          .then((record) => {
            library.patch(summary.id, null);
            if (!record) return;
            setNotice({
              kind: 'undo',
              message: `Deleted “${summary.title}”.`,
              undo: () => {
                setNotice(null);
                putArticles([record]).then(
                  () => setNotice({ kind: 'info', message: `Restored “${summary.title}”.` }),
                  (error) => fail(error, 'Not restored'),
                );
              },
            });
          })
          .catch((error) => fail(error, 'Not deleted'));
      },
      exportOne(summary: ArticleSummary, format: ExportFormat) {
        readArticle(summary.id)
          .then((read) => {
            if (read.kind === 'missing') throw new Error('that article is no longer in the library');
            if (read.kind === 'damaged') throw new Error(read.problem);
            return Promise.all([import('./transfer/exports'), import('../ui/download')]).then(([{ exportArticle }, { download }]) => download(exportArticle(read.article, format)));
          })
          .catch((error) => fail(error, 'Not exported'));
      },
    }),
    [library.patch, fail],
  );

  const exportAll = useCallback(async (format: ExportFormat) => {
    setBusy('export');
    const start = performance.now();
    const cancel = new AbortController();
    try {
      // Exporters (turndown, the sanitizer) load on first use, keeping them out of the first paint.
      const [{ exportLibrary, FORMAT_LABELS }, { download }] = await Promise.all([import('./transfer/exports'), import('../ui/download')]);
      const message = `Exporting as ${FORMAT_LABELS[format]}…`;
      const onProgress = (done: number, total: number) => setNotice({ kind: 'progress', message, done, total, cancel: () => cancel.abort() });
      const file = await exportLibrary(format, { onProgress, signal: cancel.signal });
      download(file);
      performance.measure(`library:export-all:${format}`, { start, end: performance.now() });
      setNotice({ kind: 'info', message: `Exported ${file.count} article${file.count === 1 ? '' : 's'} as ${FORMAT_LABELS[format]}.` });
    } catch (error) {
      if (cancel.signal.aborted) setNotice({ kind: 'info', message: 'Export cancelled.' });
      else fail(error, 'Not exported');
    } finally {
      setBusy(null);
    }
  }, [fail]);

  const importFile = useCallback(async (file: File) => {
    setBusy('import');
    const outcome = await import('./transfer/imports').then(({ importLibraryFile }) => importLibraryFile(file));
    setBusy(null);
    setNotice({ kind: outcome.ok ? 'info' : 'error', message: outcome.message });
  }, []);

  // New results draw first only the rows the window shows (rows-drawn-first.ts), and the rest once that
  // frame is painted: effects run after it.
  const [paintedFound, setPaintedFound] = useState(found);
  useEffect(() => setPaintedFound(found), [found]);
  const onScreen = useRef<ReadonlySet<string>>(new Set());

  const onFilter = useCallback((f: ListFilter) => {
    setFilter(f);
    setShown(PAGE);
  }, []);

  const page = visible.slice(0, shown);
  // Two more than the window shows, for a scroll already under way. Counted from the top of the list, so a
  // person scrolled down the list gets every row at once: the rows at their place would be missing otherwise.
  const rows = found === paintedFound || !found || window.scrollY > 0 ? page : rowsDrawnFirst(page, rowsToDraw(PAGE) + 2, onScreen.current);
  onScreen.current = new Set(rows.map((s) => s.id));
  const searching = activeQuery !== '';
  const total = library.summaries.length;
  return (
    <div class="library-shell">
      <header class="lib-header">
        <h1>Library</h1>
        <p class="lib-count" aria-live="polite">
          {!library.complete ? 'Loading…' : `${total.toLocaleString()} article${total === 1 ? '' : 's'} · ${unread.toLocaleString()} unread`}
        </p>
      </header>
      <LibraryToolbar
        query={query}
        onQuery={onQuery}
        filter={filter}
        onFilter={onFilter}
        sites={sites}
        searchReady={search !== null}
        busy={busy}
        onExportAll={exportAll}
        onImport={importFile}
      />
      <main class="lib-main" data-search-ready={search ? 'true' : 'false'} data-results-for={search && answered ? activeQuery : undefined}>
        {library.error && (
          <p class="lib-error" role="alert">
            {library.error}
          </p>
        )}
        {searchError && (
          <p class="lib-error" role="alert">
            {searchError}
          </p>
        )}
        {searching && !search && (
          <p class="lib-status" role="status">
            Preparing search…
          </p>
        )}
        {library.loaded && total === 0 && !library.error && (
          <div class="lib-empty">
            <h2>Your library is empty</h2>
            <p>On an article, click the Clearpage button and choose “Save for later”. Saved articles can be read here offline.</p>
          </div>
        )}
        {total > 0 && visible.length === 0 && (searching ? search !== null && answered : library.complete) && (
          <p class="lib-status no-results" role="status">
            {searching ? `No saved article matches “${activeQuery}”.` : 'No article matches these filters.'}
          </p>
        )}
        {searching && search && answered && visible.length > 0 && (
          <p class="lib-status" role="status">
            {visible.length.toLocaleString()} match{visible.length === 1 ? '' : 'es'}
          </p>
        )}
        <ul class="entries">
          {rows.map((summary) => (
            <ArticleRow key={summary.id} summary={summary} actions={actions} />
          ))}
        </ul>
        {visible.length > shown && (
          <button type="button" class="show-more" onClick={() => setShown((n) => n + PAGE)}>
            Show more ({(visible.length - shown).toLocaleString()} left)
          </button>
        )}
      </main>
      <Notice notice={notice} onClose={useCallback(() => setNotice(null), [])} />
    </div>
  );
}
