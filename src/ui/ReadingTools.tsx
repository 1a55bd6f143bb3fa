/**
 * The reading tools of the popup and the reader tab: hide mode, read aloud, the keys and the "?" overlay.
 * One hook owns their state and the shortcuts so both pages answer the same keys the same way; each page
 * adds only what it alone can do (Save, the clutter switch).
 */
import { useRef, useState } from 'preact/hooks';
import './hide-mode.css';
import { updateSettings, type Settings } from '../shared/settings';
import { HideModeBar, useHideMode, type HideTarget } from './hide-mode';
import { ARTICLE_BODY } from './hide-mode-blocks';
import { KeyboardHelp } from './keyboard-help';
import { useKeyboard, type KeyBinding } from './keyboard';
import { nextTheme, readerKeyBindings, stepFontScale, type ReaderActions } from './keyboard-reader';
import { ReadAloud, type ReadAloudHandle } from './ReadAloud';

interface ToolsOptions {
  /** The article shown, or null while there is none (no hide mode or read aloud then). */
  articleKey: unknown;
  /** Null when blocks cannot be hidden here (no site, or the article is the person's own selection). */
  hideTarget: HideTarget | null;
  /** Page-specific keys. */
  extra?: Pick<ReaderActions, 'save' | 'toggleClean'>;
  /** Called with the settings the keys wrote, for pages that do not follow storage themselves. */
  onSettings?: (settings: Settings) => void;
}

export function useReadingTools({ articleKey, hideTarget, extra, onSettings }: ToolsOptions) {
  const [reading, setReading] = useState(false);
  const [help, setHelp] = useState(false);
  const speech = useRef<ReadAloudHandle | null>(null);
  const hideMode = useHideMode(hideTarget, articleKey);
  const hasArticle = articleKey !== null;
  const canHide = hasArticle && hideTarget !== null;
  const changeSettings = (change: (s: Settings) => Settings) => void updateSettings(change).then(onSettings, () => undefined);

  const bindings: KeyBinding[] = readerKeyBindings({
    ...extra,
    toggleHide: canHide ? () => hideMode.setActive((on) => !on) : undefined,
    readAloud: hasArticle ? () => (reading ? speech.current?.toggle() : setReading(true)) : undefined,
    fontSize: (step) => changeSettings((s) => ({ ...s, fontScale: stepFontScale(s.fontScale, step) })),
    nextTheme: () => changeSettings((s) => ({ ...s, theme: nextTheme(s.theme) })),
    help: () => setHelp((on) => !on),
    escape: help ? () => setHelp(false) : hideMode.active ? () => hideMode.setActive(false) : reading ? () => setReading(false) : undefined,
  });
  useKeyboard(bindings);

  return { hideMode, canHide, hasArticle, reading, setReading, help, setHelp, speech, bindings };
}

export type ReadingToolsState = ReturnType<typeof useReadingTools>;

/** The tools bar, with the hide-mode bar and read-aloud controls under it when they are on. */
export function ReadingToolsBar({ tools }: { tools: ReadingToolsState }) {
  const { hideMode, canHide, hasArticle, reading, setReading, setHelp, speech } = tools;
  return (
    <>
      <div class="reader-tools" role="toolbar" aria-label="Reading tools">
        {canHide && (
          <button type="button" class="ghost hide-toggle" aria-pressed={hideMode.active} title="Hide blocks with a click, for this site (H)" onClick={() => hideMode.setActive((on) => !on)}>
            Hide blocks
          </button>
        )}
        {hasArticle && (
          <button type="button" class="ghost listen" aria-pressed={reading} title="Read the article aloud (R)" onClick={() => setReading((on) => !on)}>
            Listen
          </button>
        )}
        <span class="spacer" />
        <button type="button" class="ghost help-button" aria-label="Keys: keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setHelp(true)}>
          Keys ?
        </button>
      </div>
      <HideModeBar mode={hideMode} />
      {reading && hasArticle && <ReadAloud rootSelector={ARTICLE_BODY} onClose={() => setReading(false)} handle={speech} />}
    </>
  );
}

/** The "?" overlay, listing exactly the keys this page answers. */
export function ReadingToolsHelp({ tools }: { tools: ReadingToolsState }) {
  return tools.help ? <KeyboardHelp bindings={tools.bindings} onClose={() => tools.setHelp(false)} /> : null;
}
