// A keystroke's new search results are drawn in two steps: what the window shows at once, the rows below it once that frame is painted.
import { describe, expect, it } from 'vitest';
import { rowsDrawnFirst } from '../../src/library/rows-drawn-first';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('the rows a keystroke’s results draw first', () => {
  it('are the best matches the window shows, in order', () => {
    expect(ids(rowsDrawnFirst(rows('a', 'b', 'c', 'd', 'e'), 3, new Set()))).toEqual(['a', 'b', 'c']);
  });

  it('keep the rows below the window that were already on screen, so they are not removed and drawn again', () => {
    expect(ids(rowsDrawnFirst(rows('a', 'b', 'c', 'd', 'e', 'f'), 2, new Set(['e', 'c', 'z'])))).toEqual(['a', 'b', 'c', 'e']);
  });

  it('are every result when the window shows them all', () => {
    expect(ids(rowsDrawnFirst(rows('a', 'b'), 7, new Set()))).toEqual(['a', 'b']);
  });
});
