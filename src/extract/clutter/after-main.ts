/**
 * The page's <main> holds its main content. When Readability settles on a box around <main>, it appends
 * that box's high-scoring neighbours too, and after <main> a site keeps its dialogs and flyouts, hidden
 * until opened ("Make MSN my homepage: On the toolbar, click…"). What follows the one <main> in the
 * extract is not the story. What comes before it is left alone: a story's header may sit outside <main>.
 */
export function removeAfterMain(root: Element, remove: (el: Element) => void): void {
  const mains = root.getElementsByTagName('main');
  if (mains.length !== 1) return;
  for (let el: Element | null = mains[0]!; el && el !== root; el = el.parentElement) {
    while (el.nextElementSibling) remove(el.nextElementSibling);
  }
}
