/**
 * The full-page reader: one saved article from the library, offline, with remembered typography, and the
 * popup's reading tools and keys. Hide mode makes rules from the block origins saved with the article,
 * since the original page is usually long closed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveSettings } from '../library/use-live-settings';
import { NO_ORIGINS_NOTE, savedOriginOf, savedOrigins } from '../rules/block-origins';
import type { BlockRef } from '../rules/block-trace';
import { hostOf } from '../shared/restricted-pages';
import { updateSettings, type Settings } from '../shared/settings';
import { readArticle, setRead } from '../store/articles-db';
import type { SavedArticle } from '../store/saved-article';
import { describeStorageError } from '../store/storage-errors';
import { ArticleView } from '../ui/ArticleView';
import { Glyph } from '../ui/Glyph';
import { ReadingToolsBar, ReadingToolsHelp, useReadingTools } from '../ui/ReadingTools';
import { useMediaQuery } from '../ui/use-media-query';
import { useTheme } from '../ui/use-theme';
import { FoldedControls } from './FoldedControls';
import { ReaderControls } from './ReaderControls';
import { useSavedBlockRules } from './use-saved-block-rules';

type View = { kind: 'loading' } | { kind: 'article'; article: SavedArticle } | { kind: 'message'; title: string; message: string };

const LIBRARY = '/library/library.html';
/** Below this the typography controls no longer fit beside the links in one row of the top bar. */
const NARROW = '(max-width: 62rem)';

export function ReaderApp({ id }: { id: string | null }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useLiveSettings();
  const [error, setError] = useState<string | null>(null);
  const narrow = useMediaQuery(NARROW);
  useTheme(settings);

  useEffect(() => {
    document.documentElement.dataset.width = settings?.lineWidth ?? 'medium';
  }, [settings?.lineWidth]);

  useEffect(() => {
    if (!id) {
      setView({ kind: 'message', title: 'No article chosen', message: 'Open an article from your library.' });
      return;
    }
    readArticle(id).then(
      (read) => {
        if (read.kind === 'article') {
          document.title = `${read.article.title} · Clearpage Reader`;
          setView({ kind: 'article', article: read.article });
        } else if (read.kind === 'damaged') setView({ kind: 'message', title: 'This saved article is damaged', message: read.problem });
        else setView({ kind: 'message', title: 'Not in your library', message: 'This article was deleted, or was never saved.' });
      },
      (e) => setView({ kind: 'message', title: 'Can’t open this article', message: describeStorageError(e, 'The library could not be read') }),
    );
  }, [id]);

  const article = view.kind === 'article' ? view.article : null;
  // Keyed by id: marking the article read makes a new object, which must not reset hide mode.
  const articleId = article?.id ?? null;
  const hideTarget = useMemo(() => {
    const site = article ? hostOf(article.url) : '';
    if (!article || !site) return null;
    const origins = savedOrigins(article);
    return { site, url: article.url, originOf: async (block: BlockRef) => savedOriginOf(origins, block), limitation: origins ? undefined : NO_ORIGINS_NOTE };
  }, [articleId]);
  // Settings follow storage here, so the keys only need to write them.
  const tools = useReadingTools({ articleKey: articleId, hideTarget });
  useSavedBlockRules(article);

  const change = (partial: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...partial } : s));
    updateSettings((s) => ({ ...s, ...partial })).catch((e: Error) => setError(`Your choice was not remembered: ${e.message}`));
  };

  const toggleRead = (article: SavedArticle) => {
    setView({ kind: 'article', article: { ...article, read: !article.read } });
    setRead(article.id, !article.read).catch((e) => {
      setView({ kind: 'article', article });
      setError(describeStorageError(e, 'Not changed'));
    });
  };

  return (
    <div class="reader-shell">
      <div class="reader-top">
        <header class="reader-bar">
          <a class="back" href={LIBRARY}>
            <Glyph char="←" /> Library
          </a>
          {settings &&
            (narrow ? (
              <FoldedControls>
                <ReaderControls settings={settings} onChange={change} />
              </FoldedControls>
            ) : (
              <ReaderControls settings={settings} onChange={change} />
            ))}
          {view.kind === 'article' && (
            <div class="reader-links">
              <button type="button" class="ghost toggle-read" onClick={() => toggleRead(view.article)}>
                {view.article.read ? 'Mark unread' : 'Mark read'}
              </button>
              <a class="original" href={view.article.url} target="_blank" rel="noopener noreferrer">
                Original <Glyph char="↗" />
              </a>
            </div>
          )}
        </header>
        <ReadingToolsBar tools={tools} />
      </div>
      {error && (
        <p class="reader-error" role="alert">
          {error}
        </p>
      )}
      <main class="reader-main">
        {view.kind === 'loading' && (
          <div class="status" role="status">
            <span class="spinner" aria-hidden="true" /> Opening…
          </div>
        )}
        {view.kind === 'message' && (
          <div class="status notice" role="alert">
            <h1>{view.title}</h1>
            <p>{view.message}</p>
            <p>
              <a href={LIBRARY}>Go to the library</a>
            </p>
          </div>
        )}
        {view.kind === 'article' && (
          <>
            <ArticleView article={view.article} />
            <p class="reader-source">
              Saved from <a href={view.article.url} target="_blank" rel="noopener noreferrer">{view.article.url}</a>
            </p>
          </>
        )}
      </main>
      <ReadingToolsHelp tools={tools} />
    </div>
  );
}
