/**
 * Site templates that wrap a short story in a block whose tag or name also marks clutter elsewhere.
 * The reader must get the story, not "No article here".
 */
import { describe, expect, it } from 'vitest';
import { article, newsPage, STORY } from './news-page';

/** Three paragraphs: less story prose than the clutter steps' guards count on. */
const SHORT = STORY.slice(0, 3);

function expectShortStory(text: string) {
  for (const p of SHORT) expect(text).toContain(p);
}

const paragraphs = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');

describe('story wrappers are not clutter', () => {
  it('reads a page whose template wraps everything, story included, in one form (ASP.NET), and still drops the search form', () => {
    // HTML cannot nest forms: the search box sits before the page's form.
    const search = '<form class="site-search" action="/search"><p>Search the archive</p><input name="q"></form>';
    const page = newsPage().replace('<body>', `<body>${search}<form method="post" action="./article.aspx" id="aspnetForm">`).replace('</body>', '</form></body>');
    const a = article(page);
    for (const p of STORY) expect(a.textContent).toContain(p);
    expect(a.textContent).not.toContain('Search the archive');
  });

  it('keeps a short story in a block named as the part outside the paywall (“non-paywall”)', () => {
    const a = article(newsPage({ paragraphs: [], afterStory: `<section class="row non-paywall">${paragraphs(SHORT)}</section>` }));
    expectShortStory(a.textContent);
  });

  it('keeps a short story in a block named “premium”: the name marks the paywalled story, not an upsell', () => {
    const a = article(newsPage({ paragraphs: [], afterStory: `<div class="detail premium">${paragraphs(SHORT)}</div>` }));
    expectShortStory(a.textContent);
  });

  it('keeps a short story in “cmp-” components, the prefix Adobe’s and PKP’s templates give every block', () => {
    const a = article(newsPage({ paragraphs: [], afterStory: `<div class="cmp-container"><div class="cmp-text">${paragraphs(SHORT)}</div></div>` }));
    expectShortStory(a.textContent);
  });

  it('takes a newsletter box in an <aside> out of a short story without taking the story with it', () => {
    const box = '<aside><div class="popup-container"><h2>Get the newsletter that the whole coast is talking about</h2><form><input type="email"></form></div></aside>';
    const a = article(newsPage({ paragraphs: [], afterStory: `<div class="entry-body">${paragraphs(SHORT.slice(0, 2))}${box}${paragraphs(SHORT.slice(2))}</div>` }));
    expectShortStory(a.textContent);
    expect(a.textContent).not.toContain('Get the newsletter');
    expect(a.removed.some((r) => r.reason === 'newsletter')).toBe(true);
  });
});
