/** This project's extraction pipeline (clean on), over the same jsdom parse as the baseline. */
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';
import { clock, since } from './timing';
import type { BenchExtractor } from './types';

export const pipeline: BenchExtractor = {
  name: 'pipeline',
  extract(html, url) {
    const t0 = performance.now();
    const { document, window } = parseHtml(html, url);
    const t1 = clock();
    try {
      const result = extractArticle(document, { url, clean: true, ownsDocument: true });
      const timings = { parseMs: t1.wall - t0, ...since(t1) };
      if (!result.ok) return { textContent: null, title: null, byline: null, publishedTime: null, relatedLinks: 0, timings };
      const a = result.article;
      return {
        textContent: a.textContent,
        title: a.title,
        byline: a.byline ?? (a.authors.length ? a.authors.join(', ') : null),
        publishedTime: a.publishedTime,
        relatedLinks: a.relatedLinks.length,
        timings,
      };
    } finally {
      window.close();
    }
  },
};
