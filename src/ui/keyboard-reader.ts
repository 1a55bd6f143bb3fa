/** The reader's shortcuts, shared by the popup and the reader tab so both answer the same keys. */
import type { Theme } from '../shared/settings';
import type { KeyBinding } from './keyboard';

export interface ReaderActions {
  toggleHide?: () => void;
  readAloud?: () => void;
  save?: () => void;
  toggleClean?: () => void;
  fontSize(step: 1 | -1): void;
  nextTheme(): void;
  help(): void;
  /** Present only while something is open that Esc should close. */
  escape?: () => void;
}

export function readerKeyBindings(a: ReaderActions): KeyBinding[] {
  const list: (KeyBinding | null)[] = [
    a.toggleHide ? { keys: ['h'], label: 'Hide mode: click or Enter hides a block on this site', run: a.toggleHide } : null,
    a.readAloud ? { keys: ['r'], label: 'Read aloud, pause and resume', run: a.readAloud } : null,
    a.save ? { keys: ['s'], label: 'Save for later', run: a.save } : null,
    a.toggleClean ? { keys: ['c'], label: 'Clutter removal on or off for this site', run: a.toggleClean } : null,
    { keys: ['+', '='], label: 'Larger text', run: () => a.fontSize(1) },
    { keys: ['-'], label: 'Smaller text', run: () => a.fontSize(-1) },
    { keys: ['t'], label: 'Next theme (system, light, dark, sepia)', run: a.nextTheme },
    { keys: ['?'], label: 'Show or hide this help', run: a.help },
    a.escape ? { keys: ['Escape'], label: 'Close help, leave hide mode, stop reading aloud', run: a.escape } : null,
  ];
  return list.filter((b): b is KeyBinding => b !== null);
}

const THEMES: Theme[] = ['system', 'light', 'dark', 'sepia'];

export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

export const FONT_SCALE = { min: 0.8, max: 1.6, step: 0.1 };

export function stepFontScale(scale: number, step: 1 | -1): number {
  return Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, Math.round((scale + step * FONT_SCALE.step) * 10) / 10));
}
