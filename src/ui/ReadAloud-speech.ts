/**
 * Reads an article aloud with the browser's own speech synthesis (no network), one block at a time so
 * the block being read can be highlighted, and so Chrome's cut-off of long utterances never bites.
 */

export type SpeechState = 'idle' | 'playing' | 'paused';

export interface SpeechEvents {
  onState(state: SpeechState): void;
  onBlock(block: Element | null): void;
}

const READABLE = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td';

/** Blocks to read in order; a list item or quote is read once, not again through its inner paragraph. */
export function readableBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(READABLE)).filter((el) => (el.textContent ?? '').trim() && !el.closest('.hidden-by-reader'));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

export function speechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Voices load late in Chrome; waits briefly for them before concluding there are none. */
export function loadVoices(timeoutMs = 1500): Promise<SpeechSynthesisVoice[]> {
  if (!speechAvailable()) return Promise.resolve([]);
  const now = speechSynthesis.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      speechSynthesis.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(speechSynthesis.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    speechSynthesis.addEventListener('voiceschanged', done);
  });
}

export class Speaker {
  private blocks: Element[] = [];
  private index = 0;
  private state: SpeechState = 'idle';
  /** Bumped on every stop/restart so a cancelled utterance's late "end" event cannot advance the reading. */
  private generation = 0;
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;

  constructor(private readonly events: SpeechEvents) {}

  private setState(state: SpeechState): void {
    this.state = state;
    this.events.onState(state);
  }

  start(root: Element, from = 0): void {
    this.stop();
    this.blocks = readableBlocks(root);
    this.index = from;
    this.setState('playing');
    this.speakCurrent();
  }

  private speakCurrent(): void {
    const block = this.blocks[this.index];
    if (!block) {
      this.stop();
      return;
    }
    const generation = this.generation;
    const utterance = new SpeechSynthesisUtterance((block.textContent ?? '').replace(/\s+/g, ' ').trim());
    utterance.rate = this.rate;
    if (this.voice) {
      utterance.voice = this.voice;
      utterance.lang = this.voice.lang;
    }
    utterance.onend = () => {
      if (generation !== this.generation || this.state === 'idle') return;
      this.index++;
      this.speakCurrent();
    };
    utterance.onerror = (e) => {
      if (generation !== this.generation || e.error === 'interrupted' || e.error === 'canceled') return;
      this.stop();
    };
    this.events.onBlock(block);
    speechSynthesis.speak(utterance);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    speechSynthesis.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    speechSynthesis.resume();
    this.setState('playing');
  }

  /** A new speed or voice applies from the start of the current block. */
  restartBlock(): void {
    if (this.state === 'idle') return;
    this.generation++;
    speechSynthesis.cancel();
    this.setState('playing');
    this.speakCurrent();
  }

  stop(): void {
    this.generation++;
    if (speechAvailable()) speechSynthesis.cancel();
    this.events.onBlock(null);
    if (this.state !== 'idle') this.setState('idle');
  }

  get current(): SpeechState {
    return this.state;
  }
}
