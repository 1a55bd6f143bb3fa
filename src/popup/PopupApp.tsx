/** The popup: reads the page, shows the clean article, and offers the clutter toggle and Save. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '../extract/article';
import { sendToBackground } from '../shared/messages';
import { hostOf } from '../shared/restricted-pages';
import { cleanFor, loadSettings, updateSettings, withSiteClean, type Settings } from '../shared/settings';
import { ArticleView } from '../ui/ArticleView';
import { useTheme } from '../ui/use-theme';
import { extractFromTab, targetTab, type TargetTab } from './read-tab';
import { SaveButton } from './SaveButton';

type View =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'message'; title: string; message: string };

export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
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
    void extractFromTab(tab, clean).then((response) => {
      if (!current) return;
      if (response.ok) setView({ kind: 'article', article: response.article });
      else setView({ kind: 'message', title: response.reason === 'not-article' ? 'No article here' : 'Can’t read this page', message: response.message });
    });
    return () => {
      current = false;
    };
  }, [tab, clean, settings === null]);

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
        {view.kind === 'article' && <SaveButton article={view.article} />}
        <button type="button" class="ghost" onClick={() => void sendToBackground('openLibrary', {}).then(() => window.close())}>
          Library
        </button>
      </div>
      <main class="popup-content" aria-live="polite" aria-busy={view.kind === 'loading'}>
        {view.kind === 'loading' && (
          <div class="status" role="status">
            <span class="spinner" aria-hidden="true" /> Reading the page…
          </div>
        )}
        {view.kind === 'message' && (
          <div class="status notice" role="alert">
            <h1>{view.title}</h1>
            <p>{view.message}</p>
          </div>
        )}
        {view.kind === 'article' && <ArticleView article={view.article} />}
        {view.kind === 'article' && view.article.removed.length > 0 && (
          <details class="removed">
            <summary>{view.article.removed.length} pieces of clutter removed</summary>
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
    </div>
  );
}
