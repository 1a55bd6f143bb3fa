/** The help overlay on "?": every shortcut of the page, closed with Esc, "?" or its button. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import './keyboard-help.css';
import { keyName, type KeyBinding } from './keyboard';

export function KeyboardHelp({ bindings, onClose }: { bindings: KeyBinding[]; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  // Before the overlay is painted: a modal dialog takes focus as it opens, so no key pressed in the frame after
  // "?" reaches the page behind it.
  useLayoutEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div class="keyboard-help-backdrop" onClick={onClose}>
      <div
        class="keyboard-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="keyboard-help-title"
        onClick={(e) => e.stopPropagation()}
        // Close is the dialog's one control: Tab stays on it instead of moving to controls hidden behind the backdrop.
        onKeyDown={(e) => {
          if (e.key !== 'Tab') return;
          e.preventDefault();
          close.current?.focus();
        }}
      >
        <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
        <dl>
          {bindings
            .filter((b) => !b.hidden)
            .map((b) => (
              <div key={b.label} class="keyboard-help-row">
                <dt>
                  {b.keys.map((k) => (
                    <kbd key={k}>{keyName(k)}</kbd>
                  ))}
                </dt>
                <dd>{b.label}</dd>
              </div>
            ))}
        </dl>
        <p class="keyboard-help-note">Tab moves between controls; the toolbar shortcut (Alt+Shift+R by default) opens the reader.</p>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
