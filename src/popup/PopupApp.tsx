/** The popup: reads the page, shows the clean article, and offers the clutter toggle and Save. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../extract/article';
import { OpenInReaderButton } from '../reader/OpenInReaderButton';
import { sendToBackground } from '../shared/messages';
import { hostOf } from '../shared/restricted-pages';
import { cleanFor, loadSettings, updateSettings, withSiteClean, type Settings } from '../shared/settings';
import { ArticleView } from '../ui/ArticleView';
import { useTheme } from '../ui/use-theme';
import { extractFromTab, targetTab, type TargetTab } from './read-tab';
import { ReadingProgress } from './ReadingProgress';
import { SaveButton } from './SaveButton';
import { rulesForSite } from '../rules/store';
import { sendToContent } from '../shared/messages';
import { KeyboardHelp } from '../ui/keyboard-help';
import { useKeyboard } from '../ui/keyboard';
import { nextTheme, readerKeyBindings, stepFontScale } from '../ui/keyboard-reader';
import { ReadAloud, type ReadAloudHandle } from '../ui/ReadAloud';
import { CompletenessNotice, SelectionOffer } from './CompletenessNotice';
import { HideModeBar, useHideMode } from './hide-mode';

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
  const [reading, setReading] = useState(false);
  const [help, setHelp] = useState(false);
  const speech = useRef<ReadAloudHandle | null>(null);
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
    setReading(false);
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
  const hideMode = useHideMode(tab && host && tab.url ? { tabId: tab.id, url: tab.url, site: host } : null, view);
  const article = view.kind === 'article' ? view.article : null;
  const changeSettings = (change: (s: Settings) => Settings) => void updateSettings(change).then(setSettings);
  const bindings = readerKeyBindings({
    toggleHide: article && source !== 'selection' ? () => hideMode.setActive((on) => !on) : undefined,
    readAloud: article ? () => (reading ? speech.current?.toggle() : setReading(true)) : undefined,
    // The Save button owns the save state and its messages; the key presses it.
    save: article ? () => document.querySelector<HTMLButtonElement>('button.save')?.click() : undefined,
    toggleClean: settings && host ? () => void toggleClean() : undefined,
    fontSize: (step) => changeSettings((s) => ({ ...s, fontScale: stepFontScale(s.fontScale, step) })),
    nextTheme: () => changeSettings((s) => ({ ...s, theme: nextTheme(s.theme) })),
    help: () => setHelp((on) => !on),
    escape: help ? () => setHelp(false) : hideMode.active ? () => hideMode.setActive(false) : reading ? () => setReading(false) : undefined,
  });
  useKeyboard(bindings);

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
        {view.kind === 'article' && <OpenInReaderButton article={view.article} />}
        <button type="button" class="ghost" onClick={() => void sendToBackground('openLibrary', {}).then(() => window.close())}>
          Library
        </button>
      </div>
      <div class="reader-tools" role="toolbar" aria-label="Reading tools">
        {article && source !== 'selection' && (
          <button type="button" class="ghost hide-toggle" aria-pressed={hideMode.active} title="Hide blocks with a click, for this site (H)" onClick={() => hideMode.setActive((on) => !on)}>
            Hide blocks
          </button>
        )}
        {article && (
          <button type="button" class="ghost listen" aria-pressed={reading} title="Read the article aloud (R)" onClick={() => setReading((on) => !on)}>
            Listen
          </button>
        )}
        <span class="spacer" />
        <button type="button" class="ghost help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setHelp(true)}>
          Keys ?
        </button>
      </div>
      <HideModeBar mode={hideMode} />
      {reading && article && <ReadAloud rootSelector=".popup-content .article-body" onClose={() => setReading(false)} handle={speech} />}
      <main class="popup-content" aria-live="polite" aria-busy={view.kind === 'loading'}>
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
      {help && <KeyboardHelp bindings={bindings} onClose={() => setHelp(false)} />}
    </div>
  );
}
