/** Applies the reader's theme, font and size to the page root; "system" follows the OS light/dark setting. */
import { useEffect } from 'preact/hooks';
import type { Settings } from '../shared/settings';

export function useTheme(settings: Settings | null): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings?.theme ?? 'system';
    root.dataset.font = settings?.fontFamily ?? 'serif';
    root.style.setProperty('--font-scale', String(settings?.fontScale ?? 1));
  }, [settings?.theme, settings?.fontFamily, settings?.fontScale]);
}
