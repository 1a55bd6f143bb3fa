/**
 * Bundled into the served page by bench/large-pages/run.ts: times both extractors on the live document.
 * Each works on its own copy, as in the content script (the pipeline's bounded copy) and in Firefox's
 * reader view (a clone of the document).
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract';

const time = (run: () => unknown) => {
  const t = performance.now();
  run();
  return performance.now() - t;
};

(window as unknown as { __extractTimes: Record<string, () => number> }).__extractTimes = {
  pipeline: () => time(() => extractArticle(document, { url: location.href })),
  readability: () => time(() => new Readability(document.cloneNode(true) as Document).parse()),
};
