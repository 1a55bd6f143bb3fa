/** 1,000 generated hostile pages through the pipeline and the sanitizer the reader shows it through: nothing executable comes out. */
import { describe, expect, it } from 'vitest';
import { EXECUTABLE_MARKUP, hostilePage } from '../fuzz/hostile-pages';
import { extract, rendered } from './news-page';

const PAGES = 1000;

describe('generated hostile pages', () => {
  it(`leave no executable markup in the article as the reader shows it (${PAGES} pages)`, { timeout: 400_000 }, () => {
    let vectors = 0;
    const leaks: string[] = [];
    let articles = 0;
    for (let i = 0; i < PAGES; i++) {
      const page = hostilePage(i);
      vectors += page.vectors;
      const result = extract(page.html);
      if (!result.ok) continue;
      articles++;
      const a = result.article;
      const leak = rendered(a).match(EXECUTABLE_MARKUP);
      if (leak) leaks.push(`page ${i}: ${leak[0]}`);
      for (const link of a.relatedLinks) if (!/^https?:\/\//.test(link.url)) leaks.push(`page ${i}: related link ${link.url}`);
      for (const text of [a.title, ...a.authors]) if (/[<>]/.test(text)) leaks.push(`page ${i}: markup in title/author ${text}`);
    }
    console.log(`hostile fuzz: ${PAGES} pages, ${vectors} vectors tried, ${articles} extracted, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    // A vector such as <math><style> can swallow the rest of the page as text; "no article" is a safe answer then.
    expect(articles).toBeGreaterThan(PAGES * 0.9);
    expect(vectors).toBeGreaterThan(2000);
  });
});
