/**
 * The library's first screen without Preact: the newest saves' rows, built with DOM calls as
 * ArticleRow renders them, so they are painted before Preact and the app's chunks load;
 * Preact then adopts these very elements. Stored strings only ever go in as text nodes and attribute
 * values, never as markup.
 */
import type { ArticleSummary } from '../store/saved-article';
import { rowsToDraw } from './row-fit';
import { keptFirstScreenWording } from './first-screen-wording';
import { rowText, type LocalizedText } from './row-text';
import { textDirection } from '../ui/text-direction';

type Child = Node | string | null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | null>, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null) element.setAttribute(name, value);
  element.append(...children.filter((c): c is Node | string => c !== null));
  return element;
}

function articleRowElement(summary: ArticleSummary, localized: LocalizedText): HTMLLIElement {
  const text = rowText(summary, localized);
  return el(
    'li',
    { class: summary.read ? 'entry' : 'entry unread', 'data-id': summary.id },
    el(
      'div',
      { class: 'entry-main' },
      el('p', { class: 'entry-site' }, summary.read ? null : el('span', { class: 'unread-dot', title: 'Unread' }), text.site),
      el('h2', { class: 'entry-title', lang: summary.lang, dir: textDirection(summary.lang) }, el('a', { href: text.href }, summary.title)),
      el(
        'p',
        { class: 'entry-meta' },
        text.authors === null ? null : el('span', { class: 'entry-authors' }, text.authors),
        text.published === null ? null : el('time', { datetime: summary.publishedTime }, text.published),
        el('span', {}, text.readingTime),
        el('span', { class: 'entry-saved' }, text.saved),
        el('span', { class: 'sr-only' }, text.state),
      ),
      text.excerpt === null ? null : el('p', { class: 'entry-excerpt', lang: summary.lang, dir: textDirection(summary.lang) }, text.excerpt),
    ),
    el(
      'div',
      { class: 'entry-actions' },
      el('button', { type: 'button', class: 'ghost toggle-read' }, text.toggle),
      el('details', { class: 'menu' }, el('summary', { class: 'button', title: `Export “${summary.title}”` }, 'Export')),
      el('button', { type: 'button', class: 'ghost danger delete', 'aria-label': `Delete “${summary.title}”` }, 'Delete'),
    ),
  );
}

/**
 * Adds to the page's shell (library.html, already on screen) the site filter's choices for `copy`, as
 * LibraryApp first renders them, and the rows of `copy` that the window shows (row-fit.ts): every row
 * drawn before the first paint costs its style, layout and paint in that frame, and the app adds the
 * rest, below the window, right after it. Dates, bylines and the sites' order are as the app last worded
 * them where that still holds (first-screen-wording.ts), sparing the locale data's start-up.
 */
export function drawFirstScreen(root: HTMLElement, copy: readonly ArticleSummary[] | null): void {
  if (!copy) return;
  const wording = keptFirstScreenWording();
  root.querySelector('select[aria-label="Site"]')!.append(...wording.siteCounts(copy).map(({ site, count }) => el('option', { value: site }, `${site} (${count})`)));
  root.querySelector('.entries')!.append(...copy.slice(0, rowsToDraw(copy.length)).map((summary) => articleRowElement(summary, wording.rowText(summary))));
}
