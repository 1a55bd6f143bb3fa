/** Reader settings for an extension page, following changes made in any other tab or the popup. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';

export function useLiveSettings(): [Settings | null, (update: (s: Settings | null) => Settings | null) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    // Loaded after the first paint: the extension API wrapper is not needed to show the library's first screen.
    void Promise.all([import('webextension-polyfill'), import('../shared/settings')]).then(([{ default: browser }, { DEFAULT_SETTINGS, loadSettings }]) => {
      if (!live) return;
      void loadSettings().then((s) => live && setSettings(s), () => live && setSettings(DEFAULT_SETTINGS));
      const follow = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && 'settings' in changes) void loadSettings().then((s) => live && setSettings(s));
      };
      browser.storage.onChanged.addListener(follow);
      stop = () => browser.storage.onChanged.removeListener(follow);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return [settings, setSettings];
}
