/**
 * Single-key shortcuts for the popup and reader tab. Keys never fire while the person types in a field
 * or holds a modifier (those belong to the browser), so shortcuts cannot eat text or browser commands.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface KeyBinding {
  /** KeyboardEvent.key values that trigger it ("?", "h", "+", "Escape"). */
  keys: string[];
  /** How the help overlay names it. */
  label: string;
  run(): void;
  /** Hidden from the help overlay (a second key for the same thing). */
  hidden?: boolean;
}

/** Inputs that take no typed text: a key pressed on them is a shortcut, not a character. */
const KEYLESS_INPUTS = /^(checkbox|radio|button|submit|reset|range|color|file|image)$/;

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return !KEYLESS_INPUTS.test((el as HTMLInputElement).type);
  // A focused <select> takes letters too: they pick an option by its name.
  return /^(TEXTAREA|SELECT)$/.test(el.tagName) || el.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]') !== null;
}

export function matchBinding(bindings: KeyBinding[], event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): KeyBinding | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key !== 'Escape' && typing(event.target)) return null;
  return bindings.find((b) => b.keys.includes(event.key)) ?? null;
}

export function useKeyboard(bindings: KeyBinding[]): void {
  const latest = useRef(bindings);
  latest.current = bindings;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const binding = matchBinding(latest.current, event);
      if (!binding) return;
      event.preventDefault();
      binding.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** How a key reads in the help overlay. */
export function keyName(key: string): string {
  return key === ' ' ? 'Space' : key === 'Escape' ? 'Esc' : key;
}
