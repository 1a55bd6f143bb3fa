/**
 * Read-aloud controls: play/pause, stop, speed and voice. The block being read is highlighted and kept
 * in view; speech stops when the controls close or the page goes away. With no voice installed, the
 * control says so instead of failing silently.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import './ReadAloud.css';
import { Glyph } from './Glyph';
import { loadVoices, Speaker, speechAvailable, type SpeechState } from './ReadAloud-speech';

const RATES = [0.75, 1, 1.25, 1.5, 2];
const NO_VOICE = 'Read aloud is not available: this browser has no speech voices installed.';

export interface ReadAloudHandle {
  toggle(): void;
}

export function ReadAloud({ rootSelector, onClose, handle }: { rootSelector: string; onClose: () => void; handle?: { current: ReadAloudHandle | null } }) {
  const [state, setState] = useState<SpeechState>('idle');
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  const [voiceName, setVoiceName] = useState('');
  const [rate, setRate] = useState(1);
  const speaker = useMemo(
    () =>
      new Speaker({
        onState: setState,
        onBlock(block) {
          document.querySelector('.reading-now')?.classList.remove('reading-now');
          if (!block) return;
          block.classList.add('reading-now');
          // A page gliding at every paragraph is what reduced motion asks to be spared: it jumps instead.
          block.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        },
      }),
    [],
  );

  const play = () => {
    const root = document.querySelector(rootSelector);
    if (!root) return;
    if (speaker.current === 'paused') speaker.resume();
    else if (speaker.current === 'playing') speaker.pause();
    else speaker.start(root);
  };
  if (handle) handle.current = { toggle: () => voices?.length && play() };

  useEffect(() => {
    let live = true;
    void loadVoices().then((list) => {
      if (!live) return;
      setVoices(list);
      const lang = (document.querySelector(rootSelector)?.closest('[lang]')?.getAttribute('lang') ?? navigator.language).toLowerCase();
      const preferred = list.find((v) => v.lang.toLowerCase() === lang) ?? list.find((v) => v.lang.toLowerCase().startsWith(lang.slice(0, 2))) ?? list.find((v) => v.default) ?? list[0];
      if (!preferred) return;
      setVoiceName(preferred.name);
      speaker.voice = preferred;
      const root = document.querySelector(rootSelector);
      if (root) speaker.start(root);
    });
    const leave = () => speaker.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      live = false;
      window.removeEventListener('pagehide', leave);
      speaker.stop();
    };
  }, [speaker, rootSelector]);

  if (!speechAvailable() || (voices && voices.length === 0)) {
    return (
      <div class="read-aloud" role="status" aria-label="Read aloud">
        <span class="read-aloud-none">{NO_VOICE}</span>
        <button type="button" class="ghost" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }

  return (
    <div class="read-aloud" role="group" aria-label="Read aloud" data-state={state}>
      <button type="button" class="play" onClick={play} disabled={!voices} aria-pressed={state === 'playing'}>
        {state === 'playing' ? (
          <>
            <Glyph char="❚❚" /> Pause
          </>
        ) : (
          <>
            <Glyph char="▶" /> {state === 'paused' ? 'Resume' : 'Read aloud'}
          </>
        )}
      </button>
      <button type="button" class="stop" onClick={() => speaker.stop()} disabled={state === 'idle'}>
        <Glyph char="■" /> Stop
      </button>
      <label>
        Speed{' '}
        <select
          value={String(rate)}
          onChange={(e) => {
            const next = Number((e.target as HTMLSelectElement).value);
            setRate(next);
            speaker.rate = next;
            speaker.restartBlock();
          }}
        >
          {RATES.map((r) => (
            <option key={r} value={String(r)}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      <label>
        Voice{' '}
        <select
          value={voiceName}
          disabled={!voices}
          onChange={(e) => {
            const name = (e.target as HTMLSelectElement).value;
            setVoiceName(name);
            speaker.voice = voices?.find((v) => v.name === name) ?? null;
            speaker.restartBlock();
          }}
        >
          {/* The browser can take a moment to list its voices: an empty, narrow box looked broken meanwhile. */}
          {!voices && <option value="">Loading voices…</option>}
          {(voices ?? []).map((v) => (
            <option key={v.name} value={v.name}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
      </label>
      <span class="spacer" />
      <button type="button" class="ghost close" onClick={onClose} aria-label="Close read aloud">
        ✕
      </button>
    </div>
  );
}
