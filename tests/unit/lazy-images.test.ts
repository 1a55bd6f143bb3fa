/** Lazy-loaded images appear in the reader (readability#912, #450): data-src, data-srcset, <picture>, <noscript> twins. */
import { describe, expect, it } from 'vitest';
import { article, newsPage } from './news-page';

describe('lazy-loaded images', () => {
  it('uses the real address from data-src instead of the placeholder', () => {
    const a = article(newsPage({ inserts: { 0: '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/bridge-1200.jpg" alt="The bridge"><figcaption>The reopened bridge.</figcaption></figure>' } }));
    expect(a.content).toContain('src="https://coastpost.example/img/bridge-1200.jpg"');
    expect(a.content).not.toContain('R0lGOD');
  });

  it('keeps responsive sources from data-srcset and <picture>', () => {
    const picture = '<figure><picture><source data-srcset="/img/deck-800.webp 800w, /img/deck-1600.webp 1600w" type="image/webp"><img src="/img/placeholder.gif" data-src="/img/deck-800.jpg" alt="The new deck"></picture><figcaption>The resurfaced deck.</figcaption></figure>';
    const a = article(newsPage({ inserts: { 1: picture } }));
    expect(a.content).toContain('https://coastpost.example/img/deck-800.jpg');
    expect(a.content).toMatch(/deck-1600\.webp 1600w/);
  });

  it('shows the <noscript> copy of an image whose script-loaded twin is a placeholder', () => {
    const a = article(newsPage({ inserts: { 0: '<figure><img class="lazy" src="/img/blank.gif" alt=""><noscript><img src="/img/cables.jpg" alt="New cable anchors"></noscript><figcaption>New cable anchors.</figcaption></figure>' } }));
    expect(a.content).toContain('src="https://coastpost.example/img/cables.jpg"');
    expect(a.content).not.toContain('blank.gif');
  });

  it('shows a photo once, with its caption, when the <noscript> copy follows a twin whose placeholder has an unusual name', () => {
    // seattletimes.com: the twin's src is "lazy-loading-14x9.png", its data-src the copy's address.
    const figure = '<div class="image-single-wrapper"><figure><img class="lazy" src="/theme/img/lazy-loading-14x9.png" data-src="/img/halibut.jpg" alt="Halibut on ice at the fish counter."><noscript><img src="/img/halibut.jpg" alt="Halibut on ice at the fish counter."></noscript><figcaption><span class="caption">Halibut on ice at the fish counter, where prices fell this month.</span></figcaption></figure></div>';
    const a = article(newsPage({ inserts: { 2: figure } }));
    expect(a.textContent).toContain('Halibut on ice at the fish counter, where prices fell this month.');
    expect(a.content.match(/halibut\.jpg/g)).toHaveLength(1);
    expect(a.content).not.toContain('lazy-loading');
  });

  it('keeps a different photo that shares its alt text with the <noscript> copy after it', () => {
    const pair = '<figure><img src="/img/bridge-north.jpg" alt="Photo: AP"><noscript><img src="/img/bridge-south.jpg" alt="Photo: AP"></noscript><figcaption>Both ends of the bridge on opening day.</figcaption></figure>';
    const a = article(newsPage({ inserts: { 1: pair } }));
    expect(a.content).toContain('bridge-north.jpg');
    expect(a.content).toContain('bridge-south.jpg');
  });
});
