/** Reader settings in storage.local: one typed item with defaults, read and written only here. */
import browser from 'webextension-polyfill';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface Settings {
  /** Global default for clutter removal; `siteClean` overrides it per hostname. */
  cleanByDefault: boolean;
  siteClean: Record<string, boolean>;
  theme: Theme;
  fontScale: number;
  fontFamily: 'serif' | 'sans';
  /** Measure of the reader tab's text column. */
  lineWidth: LineWidth;
}

export type LineWidth = 'narrow' | 'medium' | 'wide';

export const DEFAULT_SETTINGS: Settings = { cleanByDefault: true, siteClean: {}, theme: 'system', fontScale: 1, fontFamily: 'serif', lineWidth: 'medium' };
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored, siteClean: { ...stored?.siteClean } };
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function cleanFor(settings: Settings, host: string): boolean {
  return settings.siteClean[host] ?? settings.cleanByDefault;
}

/** Switching clutter removal in the popup is remembered for the site; switching back to the default forgets it. */
export function withSiteClean(settings: Settings, host: string, clean: boolean): Settings {
  const siteClean = { ...settings.siteClean };
  if (clean === settings.cleanByDefault) delete siteClean[host];
  else siteClean[host] = clean;
  return { ...settings, siteClean };
}
