/** Baseline: plain @mozilla/readability 0.6.0 over jsdom, parsed exactly as the pipeline's pages are. */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/node/parse-html';
import { clock, since } from './timing';
import type { BenchExtractor } from './types';

export const readability: BenchExtractor = {
  name: 'readability',
  extract(html, url) {
    const t0 = performance.now();
    const { document, window } = parseHtml(html, url);
    const t1 = clock();
    try {
      const article = new Readability(document).parse();
      const timings = { parseMs: t1.wall - t0, ...since(t1) };
      if (!article) return { textContent: null, title: null, byline: null, publishedTime: null, relatedLinks: 0, timings };
      return {
        textContent: article.textContent ?? null,
        title: article.title ?? null,
        byline: article.byline ?? null,
        publishedTime: article.publishedTime ?? null,
        relatedLinks: 0,
        timings,
      };
    } finally {
      window.close();
    }
  },
};
