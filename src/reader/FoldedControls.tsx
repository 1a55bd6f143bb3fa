/**
 * On a narrow window the reader's typography controls fold into one "Aa" disclosure under the top bar, so the
 * bar keeps to one row instead of wrapping to five. The controls inside are the same, with the same names.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Glyph } from '../ui/Glyph';

const NAME = 'Text and theme';

export function FoldedControls({ children }: { children: ComponentChildren }) {
  const details = useRef<HTMLDetailsElement>(null);

  // A click or a focus anywhere else puts the panel away, as a menu would; it must not cover the article.
  useEffect(() => {
    const away = (event: Event) => {
      const el = details.current;
      if (el?.open && !el.contains(event.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const el = details.current;
    if (event.key !== 'Escape' || !el?.open) return;
    // Handled here: the page's own Escape (closing hide mode or read aloud) waits for the next press.
    event.preventDefault();
    el.open = false;
    el.querySelector('summary')?.focus();
  };

  return (
    <details class="folded-controls" ref={details} onKeyDown={onKeyDown}>
      <summary class="button" title={NAME}>
        <Glyph char="Aa" />
        <span class="sr-only">{NAME}</span>
      </summary>
      <div class="folded-panel">{children}</div>
    </details>
  );
}
