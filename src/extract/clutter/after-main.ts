import { squash } from '../text';

/**
 * The page's <main> holds its main content. When Readability settles on a box around <main>, it appends
 * that box's high-scoring neighbours too, and after <main> a site keeps its dialogs and flyouts, hidden
 * until opened ("Make MSN my homepage: On the toolbar, click…"). What follows the one <main> in the
 * extract is not the story — when <main> holds most of the extract: a site that sets only its headline
 * or a hero in <main>, or splits the story across <main> and a sibling, keeps what follows. What comes
 * before <main> is left alone: a story's header may sit outside it.
 */
const MAIN_SHARE = 2 / 3;

/**
 * The elements to take out, listed before the completeness check (which may append recovered story text
 * at the extract's end, after <main>) and removed after it (so that it does not count them as left out).
 */
export function elementsAfterMain(root: Element): Element[] {
  const mains = root.getElementsByTagName('main');
  if (mains.length !== 1) return [];
  const main = mains[0]!;
  if (squash(main.textContent).length < MAIN_SHARE * squash(root.textContent).length) return [];
  const after: Element[] = [];
  for (let el: Element | null = main; el && el !== root; el = el.parentElement) {
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) after.push(next);
  }
  return after;
}
