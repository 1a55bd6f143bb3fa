/**
 * Which rows of a new page of search results a keystroke's frame draws: those the window shows, and
 * any already on screen, which cost nothing to keep. The others, below the window, are drawn once that
 * frame is painted: creating a new first page's rows was most of the page's work per keystroke.
 */
export function rowsDrawnFirst<T extends { id: string }>(page: readonly T[], inView: number, onScreen: ReadonlySet<string>): T[] {
  return page.filter((row, i) => i < inView || onScreen.has(row.id));
}
