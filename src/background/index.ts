/** Background: saves articles (so a save survives the popup closing) and opens the library. */
import browser from 'webextension-polyfill';
import { listen, type PageToBackground } from '../shared/messages';
import { isSaved, saveArticle } from '../store/articles-db';
import { canonicalKey } from '../store/saved-article';

const LIBRARY_PAGE = 'library/library.html';

async function openLibraryTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
}

listen<PageToBackground>({
  async saveArticle({ article }) {
    try {
      const saved = await saveArticle(article);
      return { ok: true, savedAt: saved.savedAt, id: saved.id };
    } catch (error) {
      return { ok: false, error: describeStorageError(error) };
    }
  },
  async savedStatus({ url }) {
    return { saved: await isSaved(url), id: canonicalKey(url) };
  },
  openLibrary: openLibraryTab,
});

function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'Not saved: the browser has no storage space left for the library.';
  if (name === 'VersionError' || name === 'AbortError') return 'Not saved: the library is being upgraded in another tab. Close other library tabs and try again.';
  return `Not saved: ${(error as Error)?.message ?? String(error)}`;
}

browser.commands.onCommand.addListener((command) => {
  if (command === 'open-library') void openLibraryTab();
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: 'open-library', title: 'Open read-later library', contexts: ['action'] });
});

browser.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId === 'open-library') void openLibraryTab();
});
