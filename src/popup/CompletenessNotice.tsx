/** The discreet "may be cut short" notice, with the two ways to get the rest. */
import type { Article } from '../extract/article';

export function SelectionOffer({ chars, onUse }: { chars: number; onUse: () => void }) {
  if (chars > 0) {
    return (
      <button type="button" class="use-selection" onClick={onUse}>
        Use my selection
      </button>
    );
  }
  return <span class="selection-hint">Or select the text on the page, then open the reader again and choose “Use my selection”.</span>;
}

export function CompletenessNotice({ article, selectionChars, relaxed, onShowRest, onUseSelection }: { article: Article; selectionChars: number; relaxed: boolean; onShowRest: () => void; onUseSelection: () => void }) {
  const warning = article.warnings.find((w) => w.code === 'possibly-incomplete');
  if (!warning) return null;
  return (
    <aside class="completeness-notice" aria-label="This article may be incomplete">
      <p>{warning.message}</p>
      <div class="notice-actions">
        {!relaxed && (
          <button type="button" class="show-rest" onClick={onShowRest}>
            Show the rest
          </button>
        )}
        <SelectionOffer chars={selectionChars} onUse={onUseSelection} />
      </div>
    </aside>
  );
}
