/** The popup: reads the page, shows the clean article, and offers the clutter toggle and Save. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../extract/article';
import { OpenInReaderButton } from '../reader/OpenInReaderButton';
import type { BlockRef } from '../rules/block-trace';
import { rulesForSite } from '../rules/store';
import { sendToBackground, sendToContent } from '../shared/messages';
import { hostOf } from '../shared/restricted-pages';
import { cleanFor, loadSettings, updateSettings, withSiteClean, type Settings } from '../shared/settings';
import { ArticleView } from '../ui/ArticleView';
import { ReadingToolsBar, ReadingToolsHelp, useReadingTools } from '../ui/ReadingTools';
import { useTheme } from '../ui/use-theme';
import { useBlockOrigins } from './block-origins';
import { CompletenessNotice, SelectionOffer } from './CompletenessNotice';
import { extractFromTab, targetTab, type TargetTab } from './read-tab';
import { ReadingProgress } from './ReadingProgress';
import { SaveButton } from './SaveButton';

/** page: the pipeline's article; relaxed: "Show the rest"; selection: what the person selected on the page. */
type Source = 'page' | 'relaxed' | 'selection' | 'forced';

type View =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'message'; title: string; message: string; offerSelection?: boolean; offerForce?: boolean };

const MESSAGE_TITLES = { 'not-article': 'No article here', 'too-large': 'This page is too large', failed: 'Can’t read this page' } as const;

export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [source, setSource] = useState<Source>('page');
  const [selectionChars, setSelectionChars] = useState(0);
  useTheme(settings);

  const host = tab?.url ? hostOf(tab.url) : '';
  const clean = settings ? cleanFor(settings, host) : true;

  useEffect(() => {
    Promise.all([targetTab(), loadSettings()])
      .then(([t, s]) => {
        setSettings(s);
        if (!t) setView({ kind: 'message', title: 'Nothing to read', message: 'This window has no tab the reader can open.' });
        setTab(t);
      })
      .catch((error: Error) => setView({ kind: 'message', title: 'Something went wrong', message: error.message }));
  }, []);

  useEffect(() => {
    if (!tab || !settings) return;
    let current = true;
    setView({ kind: 'loading' });
    tools.setReading(false);
    void (async () => {
      // Read fresh each time: a rule made in hide mode must hold when the toggle re-reads the page.
      const rules = host ? await rulesForSite(host).catch(() => []) : [];
      const response = await extractFromTab(tab, clean, { rules, relaxed: source === 'relaxed', useSelection: source === 'selection', force: source === 'forced' });
      if (!current) return;
      if (response.ok) setView({ kind: 'article', article: response.article });
      else setView({ kind: 'message', title: MESSAGE_TITLES[response.reason], message: response.message, offerSelection: response.reason !== 'failed', offerForce: response.reason === 'not-article' && source !== 'forced' });
      const selection = await sendToContent(tab.id, 'selectionInfo', {}).catch(() => ({ chars: 0 }));
      if (current) setSelectionChars(selection?.chars ?? 0);
    })();
    return () => {
      current = false;
    };
  }, [tab, clean, settings === null, source]);

  // Loading at once: the previous article must not show for a frame under the new source's labels.
  const chooseSource = (next: Source) => {
    setView({ kind: 'loading' });
    setSource(next);
  };
  const article = view.kind === 'article' ? view.article : null;
  const hideTarget = useMemo(
    () => (tab && host && tab.url && source !== 'selection' ? { site: host, url: tab.url, originOf: (block: BlockRef) => sendToContent(tab.id, 'ruleForBlock', { block }) } : null),
    [tab, host, source],
  );
  const tools = useReadingTools({
    articleKey: article,
    hideTarget,
    extra: {
      // The Save button owns the save state and its messages; the key presses it.
      save: article ? () => document.querySelector<HTMLButtonElement>('button.save')?.click() : undefined,
      toggleClean: settings && host ? () => void toggleClean() : undefined,
    },
    onSettings: setSettings,
  });
  const saving = useBlockOrigins(tab?.id ?? null, article, source !== 'selection');

  const toggleClean = useCallback(async () => {
    if (!settings) return;
    setSettings(await updateSettings((s) => withSiteClean(s, host, !clean)));
  }, [settings, host, clean]);

  return (
    <div class="popup-shell">
      <div class="toolbar" role="toolbar" aria-label="Reader">
        <label class="switch" title="Remove ads, promos and other clutter (remembered for this site)">
          <input type="checkbox" checked={clean} disabled={!settings || !host} onChange={() => void toggleClean()} />
          <span>Remove clutter</span>
        </label>
        <span class="spacer" />
        {saving && <SaveButton article={saving.current} />}
        {saving && <OpenInReaderButton article={saving.complete} />}
        <button type="button" class="ghost" onClick={() => void sendToBackground('openLibrary', {}).then(() => window.close())}>
          Library
        </button>
      </div>
      <ReadingToolsBar tools={tools} />
      {/* The article is not a live region (a screen reader would read all of it out unasked, again at every hidden
          block); a short status, in the page from the start so that its change is announced, says it is there. */}
      <main class="popup-content" aria-busy={view.kind === 'loading'}>
        <p class="sr-only article-ready" role="status">
          {view.kind === 'article' ? `Article ready: ${view.article.title}` : ''}
        </p>
        {view.kind === 'loading' && <ReadingProgress />}
        {view.kind === 'message' && (
          <div class="status notice" role="alert">
            <h1>{view.title}</h1>
            <p>{view.message}</p>
            {view.offerSelection && <SelectionOffer chars={selectionChars} onUse={() => chooseSource('selection')} />}
            {view.offerForce && (
              <button type="button" class="try-anyway" onClick={() => chooseSource('forced')}>
                Try anyway
              </button>
            )}
          </div>
        )}
        {view.kind === 'article' && source === 'selection' && (
          <p class="selection-note">
            Showing the text you selected.{' '}
            <button type="button" class="ghost" onClick={() => chooseSource('page')}>
              Back to the page’s article
            </button>
          </p>
        )}
        {view.kind === 'article' && source !== 'selection' && (
          <CompletenessNotice article={view.article} selectionChars={selectionChars} relaxed={source === 'relaxed'} onShowRest={() => chooseSource('relaxed')} onUseSelection={() => chooseSource('selection')} />
        )}
        {view.kind === 'article' && <ArticleView article={view.article} />}
        {view.kind === 'article' && view.article.removed.length > 0 && (
          <details class="removed">
            <summary>{view.article.removed.length} {view.article.removed.length === 1 ? 'piece' : 'pieces'} of clutter removed</summary>
            <ul>
              {view.article.removed.map((r, i) => (
                <li key={i}>
                  <b>{r.reason}</b> {r.text.slice(0, 120)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </main>
      <ReadingToolsHelp tools={tools} />
    </div>
  );
}
