/** Reader settings for an extension page, following changes made in any other tab or the popup. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';

export function useLiveSettings(): [Settings | null, (update: (s: Settings | null) => Settings | null) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    const follow = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void loadSettings().then(setSettings);
    };
    browser.storage.onChanged.addListener(follow);
    return () => browser.storage.onChanged.removeListener(follow);
  }, []);
  return [settings, setSettings];
}
