/** When the library's frames are painted, and the first-render mark that `npm run bench:library` reads. */

/** Runs `run` once the next frame is painted: an animation-frame callback runs just before that paint, and a task it queues runs after. */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

const FIRST_RENDER = 'library:first-render';

/** Marks the first frame that shows the list, whichever code drew it: the first screen, or the app when there was no copy to draw from. */
export function markFirstRender(): void {
  if (performance.getEntriesByName(FIRST_RENDER, 'mark').length === 0) performance.mark(FIRST_RENDER);
}
