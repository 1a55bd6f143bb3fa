/** The line at the bottom of the library that reports outcomes: undo after a delete, import results, failures. */
import { useEffect } from 'preact/hooks';

export type NoticeState =
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'undo'; message: string; undo: () => void };

const UNDO_MS = 10_000;

export function Notice({ notice, onClose }: { notice: NoticeState | null; onClose: () => void }) {
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(onClose, notice.kind === 'undo' ? UNDO_MS : 6000);
    return () => clearTimeout(timer);
  }, [notice, onClose]);

  return (
    <div class="notice-region" aria-live="polite">
      {notice && (
        <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span class="notice-message">{notice.message}</span>
          {notice.kind === 'undo' && (
            <button type="button" class="undo" onClick={notice.undo}>
              Undo
            </button>
          )}
          <button type="button" class="ghost close" aria-label="Dismiss" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
