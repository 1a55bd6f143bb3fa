/**
 * The reader's single-key shortcuts: the same keys in the popup and the reader tab, never taken from a
 * field the person types in, never over a browser shortcut, and each page's help lists only its own keys.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';
import { matchBinding } from '../../src/ui/keyboard';
import { FONT_SCALE, nextTheme, readerKeyBindings, stepFontScale } from '../../src/ui/keyboard-reader';

const { document } = parseHtml(
  '<html><body><input id="search" type="search"><input id="name"><textarea id="note"></textarea><select id="voice"><option>Tessa</option></select><div id="edit" contenteditable="true"></div><input id="clean" type="checkbox"><button id="save">Save</button><p id="text">Story</p></body></html>',
  'https://x.example/',
);
const el = (id: string) => document.getElementById(id)!;

const noop = () => undefined;
/** The reader tab's keys, with hide mode on (so Esc has something to close). */
const bindings = readerKeyBindings({ toggleHide: noop, readAloud: noop, fontSize: noop, nextTheme: noop, help: noop, escape: noop });
const press = (key: string, target: Element, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => matchBinding(bindings, { key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods })?.label ?? null;

describe('reader keys', () => {
  it('answer on the page, on buttons and on checkboxes', () => {
    for (const id of ['text', 'save', 'clean']) {
      expect(press('t', el(id)), id).toMatch(/Next theme/);
      expect(press('h', el(id)), id).toMatch(/Hide mode/);
    }
    expect(press('=', el('text'))).toBe('Larger text');
    expect(press('?', el('text'))).toMatch(/help/);
  });

  it('do not fire while the person types in a field, a select or editable text; Esc still leaves', () => {
    for (const id of ['search', 'name', 'note', 'voice', 'edit']) {
      expect(press('t', el(id)), id).toBeNull();
      expect(press('-', el(id)), id).toBeNull();
      expect(press('Escape', el(id)), id).toMatch(/Close help/);
    }
  });

  it('leave keys with Ctrl, Alt or Cmd to the browser', () => {
    expect(press('t', el('text'), { ctrlKey: true })).toBeNull();
    expect(press('h', el('text'), { altKey: true })).toBeNull();
    expect(press('+', el('text'), { metaKey: true })).toBeNull();
  });

  it('list only what the page can do: the reader tab has no Save or clutter switch', () => {
    const labels = bindings.map((b) => b.label).join(' | ');
    expect(labels).not.toMatch(/Save|Clutter/);
    const popup = readerKeyBindings({ save: noop, toggleClean: noop, fontSize: noop, nextTheme: noop, help: noop });
    expect(popup.map((b) => b.label).join(' | ')).toMatch(/Save for later.*Clutter removal/);
    expect(popup.some((b) => b.keys.includes('Escape'))).toBe(false);
  });

  it('cycle the themes and keep the text size within its bounds', () => {
    expect(['system', 'light', 'dark', 'sepia'].map((t) => nextTheme(t as never))).toEqual(['light', 'dark', 'sepia', 'system']);
    expect(stepFontScale(1, 1)).toBe(1.1);
    expect(stepFontScale(FONT_SCALE.max, 1)).toBe(FONT_SCALE.max);
    expect(stepFontScale(FONT_SCALE.min, -1)).toBe(FONT_SCALE.min);
  });
});
