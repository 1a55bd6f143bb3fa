/** The library app, loaded once the first screen is painted (first-screen.ts). */
import { render } from 'preact';
import { newestSummaries } from '../store/articles-db';
import type { ArticleSummary } from '../store/saved-article';
import { LibraryApp } from './LibraryApp';

/**
 * Renders the app over the page's shell and the rows drawn from `copy`: with no earlier render, Preact
 * reuses the elements already in `root` that match what it renders, so they stay on screen as they are.
 */
export function startLibrary(root: HTMLElement, copy: ArticleSummary[] | null): void {
  // A quick typist may already be searching in the first screen's box; Preact would reset it to empty.
  const typedQuery = root.querySelector<HTMLInputElement>('input.lib-search')?.value ?? '';
  // The first screen's read starts before rendering, so it overlaps with building the page; until it
  // answers, the copy stays on screen.
  render(<LibraryApp firstScreen={newestSummaries()} copy={copy} typedQuery={typedQuery} />, root);
}
