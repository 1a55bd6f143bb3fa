/** Finds the tab the popup belongs to and asks its content script for the article. */
import browser from 'webextension-polyfill';
import { sendToContent, type ExtractResponse, type PageToContent } from '../shared/messages';
import { restrictedReason } from '../shared/restricted-pages';

export interface TargetTab {
  id: number;
  url: string | undefined;
}

/** `?tabId=N` lets the popup page drive a tab it was not opened over (end-to-end tests, "open in tab"). */
export async function targetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: tab.id!, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** `extra`: the site's rules, the relaxed pass ("Show the rest") or the person's selection as the article. */
export async function extractFromTab(tab: TargetTab, clean: boolean, extra: Omit<PageToContent['extract']['request'], 'clean'> = {}): Promise<ExtractResponse> {
  const restricted = restrictedReason(tab.url ?? 'https://unknown.invalid/');
  if (restricted) return { ok: false, reason: 'failed', message: restricted };
  try {
    // Absolute path: Firefox resolves a relative one against the calling page (popup/), Chrome against the root.
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content.js'] });
    // Firefox reports a failed injection in the result instead of rejecting.
    if (injection && 'error' in injection && injection.error) throw new Error(String(injection.error));
  } catch {
    return { ok: false, reason: 'failed', message: 'The browser does not let extensions read this page. Browser pages, extension stores and the PDF viewer are off limits to every extension.' };
  }
  try {
    const response = await sendToContent(tab.id, 'extract', { clean, ...extra });
    return response ?? { ok: false, reason: 'failed', message: 'The page did not answer. Reload it and try again.' };
  } catch (error) {
    return { ok: false, reason: 'failed', message: `The page did not answer (${(error as Error).message}). Reload it and try again.` };
  }
}
