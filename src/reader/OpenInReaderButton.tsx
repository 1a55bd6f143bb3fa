/**
 * The popup's "Open in reader tab": saves the article to the library first (so the tab can be read
 * offline and survives a restart), then opens it. A failed save is shown and no tab opens.
 * `article` resolves once the page has said where the article's blocks came from (or has taken too long),
 * so hide mode in the tab can make rules.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Article } from '../extract/article';
import { sendToBackground } from '../shared/messages';
import { readerPath } from './reader-url';

export function OpenInReaderButton({ article }: { article: () => Promise<Article> }) {
  const [state, setState] = useState<{ kind: 'idle' | 'opening' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  const open = async () => {
    setState({ kind: 'opening' });
    try {
      const saved = await sendToBackground('saveArticle', { article: await article() });
      if (!saved.ok) {
        setState({ kind: 'error', message: saved.error });
        return;
      }
      await browser.tabs.create({ url: browser.runtime.getURL(readerPath(saved.id)) });
      window.close();
    } catch (error) {
      setState({ kind: 'error', message: `Not opened: ${(error as Error).message}` });
    }
  };

  return (
    <>
      <button type="button" class="ghost open-reader" title="Save to your library and read it in a full tab" disabled={state.kind === 'opening'} onClick={() => void open()}>
        {state.kind === 'opening' ? 'Opening…' : 'Open in reader tab'}
      </button>
      {state.kind === 'error' && (
        <p class="save-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
