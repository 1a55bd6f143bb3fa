/** "Save for later": says "Saved" only once the library has the article, and shows a failed write. */
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../extract/article';
import { sendToBackground } from '../shared/messages';
import { Glyph } from '../ui/Glyph';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function SaveButton({ article }: { article: Article }) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void sendToBackground('savedStatus', { url: article.url })
      .then((s) => s.saved && setState((cur) => (cur.kind === 'idle' ? { kind: 'saved' } : cur)))
      .catch(() => undefined);
  }, [article.url]);

  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const result = await sendToBackground('saveArticle', { article });
      setState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error });
    } catch (error) {
      setState({ kind: 'error', message: `Not saved: ${(error as Error).message}` });
    }
  };

  return (
    <>
      <button type="button" class="primary save" onClick={() => void save()} disabled={state.kind === 'saving'} aria-pressed={state.kind === 'saved'}>
        {state.kind === 'saving' ? (
          'Saving…'
        ) : state.kind === 'saved' ? (
          <>
            <Glyph char="✓" /> Saved
          </>
        ) : (
          'Save for later'
        )}
      </button>
      {state.kind === 'error' && (
        <p class="save-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
