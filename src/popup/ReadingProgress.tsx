/** What the popup shows while the page is read: after a moment, how long it has taken, so a big page never looks frozen. */
import { useEffect, useState } from 'preact/hooks';

const SHOW_ELAPSED_AFTER_S = 2;

export function ReadingProgress() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <div class="status" role="status">
      <span class="spinner" aria-hidden="true" />
      {seconds < SHOW_ELAPSED_AFTER_S ? 'Reading the page…' : `Reading a large page… ${seconds} s`}
    </div>
  );
}
