/**
 * The page this product was designed from (../shared/seed/news-article-sample.txt), rebuilt as HTML:
 * every piece of it must land in the right place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from './news-page';

const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/seed-new-american/page.html'), 'utf8');
const url = 'https://www.thenewamerican.com/world-news/south-america/item/31613-maduro-s-support-from-china-russia-collapsing';

describe('the seed news page', () => {
  const a = article(html, { url });

  it('shows the headline, the author once, and the date from the visible byline', () => {
    expect(a.title).toBe("Maduro's Support from China, Russia Collapsing");
    expect(a.authors).toEqual(['Bob Adelman']);
    expect(a.publishedTime).toBe('2019-03-04');
    expect(a.siteName).toBe('The New American');
    expect(a.readingTimeMinutes).toBe(3); // ~750 words at 230 words a minute
  });

  it('keeps the whole story, across the page break', () => {
    expect(a.textContent).toMatch(/^Venezuelan dictator Nicolás Maduro sent his vice president/);
    expect(a.textContent).toContain('that leaves Cuba as the remaining support mechanism keeping the Maduro regime from toppling');
    // The sentence the page break tore in two reads as one paragraph, not two.
    expect(a.content).toMatch(/<p>With China and Russia[^<]*remaining support mechanism keeping the Maduro regime/);
    expect(a.textContent).toMatch(/Maduro is certainly running out of his own options in trying to keep his teetering regime upright\.$/);
  });

  it('drops the ad placeholder, the doubled byline, the photo credit, the author bio and the subscription promo', () => {
    for (const clutter of ['{modulepos', 'Written by', 'Photo: AP Images', 'Ivy League graduate', 'badelmann@', 'Subscribe', '24 Issues Per Year', 'Related articles', 'Advertisement', 'cookies']) {
      expect(a.textContent).not.toContain(clutter);
    }
    const reasons = new Set(a.removed.map((r) => r.reason));
    for (const reason of ['template-placeholder', 'repeated-byline', 'photo-credit', 'author-bio', 'promo', 'related-list', 'ad', 'share-bar', 'cookie-banner']) {
      expect(reasons, reason).toContain(reason);
    }
  });

  it('lists the related articles apart from the body, as absolute links', () => {
    expect(a.relatedLinks).toEqual([
      { url: 'https://www.thenewamerican.com/world-news/south-america/item/31588-once-marxist-maduro-is-gone-communist-cuba-is-next', title: 'Once Marxist Maduro Is Gone, Communist Cuba Is Next' },
      { url: 'https://www.thenewamerican.com/world-news/south-america/item/31550-u-s-sends-aid-to-venezuela-while-cuba-keeps-maduro-in-power', title: 'U.S. Sends Aid to Venezuela While Cuba Keeps Maduro in Power' },
      { url: 'https://www.thenewamerican.com/world-news/south-america/item/31519-maduro-closes-the-door-to-aid', title: 'Maduro Closes the Door to Aid; His Military Kill Eight, Wound Hundreds' },
      { url: 'https://www.thenewamerican.com/world-news/south-america/item/31460-china-holds-debt-renegotiation-talks', title: 'China Holds “Debt Renegotiation” Talks With Maduro’s Opponent' },
    ]);
  });

  it('with clutter removal off shows Readability’s own output, leftovers and all, with the same metadata', () => {
    const plain = article(html, { url, clean: false });
    expect(plain.cleaned).toBe(false);
    expect(plain.textContent).toContain('{modulepos inner_text_ad}');
    expect(plain.removed).toEqual([]);
    expect(plain.authors).toEqual(['Bob Adelman']);
    expect(plain.relatedLinks).toHaveLength(4);
  });
});
