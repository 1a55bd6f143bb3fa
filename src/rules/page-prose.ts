/**
 * The prose of a live page, measured once per state of the page. The popup asks the page for a rule for
 * every block of the article in turn, and each answer checks its selectors against the whole page's
 * prose: on a 1 MB page that is a pass over thousands of paragraphs per block. The measure is kept until
 * the page's text or elements change (a live blog, comments loading), then taken again on the next ask.
 */
import { paragraphProse, proseLength } from './main-text';

export interface PageProse {
  total: number;
  /** The same count as proseLength(root), from the paragraphs measured for the whole page. */
  lengthOf(root: Element): number;
}

interface Held {
  prose: PageProse;
  watch: MutationObserver;
}

const held = new WeakMap<Document, Held>();

function measure(body: Element): PageProse {
  const lengths = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const n = paragraphProse(p);
    lengths.set(p, n);
    total += n;
  }
  const lengthOf = (root: Element): number => {
    if (root === body) return total;
    if (!body.contains(root)) return proseLength(root);
    return proseLength(root, (p) => lengths.get(p) ?? 0);
  };
  return { total, lengthOf };
}

export function pageProse(body: HTMLElement): PageProse {
  const doc = body.ownerDocument;
  const known = held.get(doc);
  // Records not yet handed to the observer's callback (a change made in this same task) count as a change.
  if (known && known.watch.takeRecords().length === 0) return known.prose;
  known?.watch.disconnect();
  held.delete(doc);
  const Observer = doc.defaultView?.MutationObserver;
  // A document without a window (parsed, not shown) cannot be watched, so it is measured on every ask.
  if (!Observer) return measure(body);
  const h: Held = {
    prose: measure(body),
    // Watching stops at the first change: a busy page (tickers, ads) costs one record, not one per change.
    watch: new Observer(() => {
      if (held.get(doc) === h) held.delete(doc);
      h.watch.disconnect();
    }),
  };
  h.watch.observe(doc, { childList: true, subtree: true, characterData: true });
  held.set(doc, h);
  return h.prose;
}
