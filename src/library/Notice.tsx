/** The line at the bottom of the library that reports outcomes (undo after a delete, import results, failures) and an export's progress. */
import { useEffect } from 'preact/hooks';

export type NoticeState =
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'undo'; message: string; undo: () => void }
  | { kind: 'progress'; message: string; done: number; total: number; cancel: () => void };

const UNDO_MS = 10_000;

export function Notice({ notice, onClose }: { notice: NoticeState | null; onClose: () => void }) {
  useEffect(() => {
    if (!notice || notice.kind === 'error' || notice.kind === 'progress') return;
    const timer = setTimeout(onClose, notice.kind === 'undo' ? UNDO_MS : 6000);
    return () => clearTimeout(timer);
  }, [notice, onClose]);

  return (
    <div class="notice-region" aria-live="polite">
      {notice && (
        <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span class="notice-message">{notice.message}</span>
          {notice.kind === 'progress' && <Progress done={notice.done} total={notice.total} />}
          {notice.kind === 'progress' && (
            <button type="button" class="cancel" onClick={notice.cancel}>
              Cancel
            </button>
          )}
          {notice.kind === 'undo' && (
            <button type="button" class="undo" onClick={notice.undo}>
              Undo
            </button>
          )}
          {notice.kind !== 'progress' && (
            <button type="button" class="ghost close" aria-label="Dismiss" onClick={onClose}>
              ×
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The bar carries the count for assistive technology; the live region only announces the message, once. */
function Progress({ done, total }: { done: number; total: number }) {
  const text = `${done.toLocaleString()} of ${total.toLocaleString()}`;
  return (
    <>
      <progress value={done} max={Math.max(total, 1)} aria-label="Articles exported" aria-valuetext={text} />
      <span class="notice-count" aria-hidden="true">
        {text}
      </span>
    </>
  );
}
