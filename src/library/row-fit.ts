/**
 * How many of the newest saves fill the window, remembered from the last visit: the first screen then
 * draws just those rows without measuring anything. Measuring while drawing (one row, then as many as
 * fit) forced two style and layout passes before the first frame, a third of the first screen's cost.
 */

const KEY = 'clearpage-library:row-fit';

interface RowFit {
  /** Rows wrap differently at another width, so a fit only holds at the width it was measured at. */
  width: number;
  /** Where the list starts in the page. */
  top: number;
  /** The shortest row drawn: counting with it never leaves the bottom of the window empty. */
  rowHeight: number;
}

function read(): RowFit | null {
  try {
    const fit = JSON.parse(localStorage.getItem(KEY) ?? 'null') as RowFit | null;
    return fit && fit.rowHeight > 0 ? fit : null;
  } catch {
    return null;
  }
}

/** How many of `available` rows to draw: those that fill the window, or all of them when no fit is known for this width. */
export function rowsToDraw(available: number): number {
  const fit = read();
  if (!fit || fit.width !== window.innerWidth) return available;
  return Math.min(available, Math.max(1, Math.ceil((window.innerHeight - fit.top) / fit.rowHeight)));
}

/** Records where `list`'s rows fell. Call it once a frame is painted: layout is then up to date, so reading it costs nothing. */
export function rememberRowFit(list: Element): void {
  const heights = [...list.children].map((row) => row.getBoundingClientRect().height).filter((h) => h > 0);
  if (heights.length === 0) return;
  const fit: RowFit = { width: window.innerWidth, top: Math.round(list.getBoundingClientRect().top + window.scrollY), rowHeight: Math.floor(Math.min(...heights)) };
  const stored = read();
  if (stored && stored.width === fit.width && stored.top === fit.top && stored.rowHeight === fit.rowHeight) return;
  try {
    localStorage.setItem(KEY, JSON.stringify(fit));
  } catch {
    // Without it the next first screen draws every row of the copy: a little slower, nothing wrong.
  }
}
