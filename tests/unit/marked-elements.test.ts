/**
 * The byline and date elements are found by plain attribute tests instead of a selector engine (for speed);
 * each test must pick exactly the elements its selector names, or the popup would show another byline or date.
 */
import { describe, expect, it } from 'vitest';
import { AUTHOR_LINK, BYLINE, COMMENT_OR_RELATED, DATE_ELEMENTS, inPageFooter, OTHER_STORIES, type ElementTest } from '../../src/extract/metadata/marked-elements';
import { closestInBody } from '../../src/extract/metadata/text-nodes';
import { page } from './metadata-page';

/**
 * Near misses on purpose: the attribute a selector names on the wrong tag, a token that only contains the word.
 * (Class names in another case are left out here: jsdom's selector engine answers them differently from page to page.)
 */
const TEMPLATE = `
<header class="site-header"><time datetime="2024-01-01">1 Jan</time><span class="Byline">By Ann</span></header>
<article class="post">
  <div itemprop="author" itemscope><span itemprop="name">Ann Lee</span><span itemprop="names">x</span></div>
  <span itemprop="authorName">x</span><a rel="author noopener" href="/u/ann">Ann</a><link rel="Author" href="/about"><a rel="authors">x</a>
  <p class="byline-wrap">By Ann</p><p class="by-line">By Bo</p><p class="c-article-author__link">Cy</p><p class="autorbox">x</p>
  <p class="content-left-autor">x</p><p class="meta_autor">x</p><p class="AuthorName">x</p><p class="x-authorname">x</p>
  <div class="authors"><a href="/author/ann-lee/">Ann Lee</a><a href="/autoren/bo">Bo</a><a href="/authors/cy">Cy</a></div>
  <span data-testid="story-byline">x</span><span data-testid="Byline">x</span><div class="author">x</div><div class="coauthor">x</div>
  <time pubdate>2 Jan</time><time class="published-at" datetime="2024-01-03">3 Jan</time><time>no datetime</time>
  <div class="publishing-info"><time datetime="2024-01-04">4 Jan</time></div>
  <span itemprop="datePublished" content="2024-01-05">5 Jan</span><span itemprop="datePublishedX">x</span>
  <span property="dc:date dc:created" content="2024-01-06">6 Jan</span><span property="schema:dateCreatedX">x</span>
  <span class="update-date" datetime="2024-01-07">7 Jan</span><span class="date">8 Jan</span><span class="dates">x</span>
  <span class="entry-date published">9 Jan</span><span class="dateline">x</span><span class="post-timestamp">x</span>
  <section class="comments"><p class="author">Commenter</p><time datetime="2024-02-01">1 Feb</time></section>
  <footer class="entry-footer"><span class="author">Ann</span></footer>
</article>
<aside><span class="byline">Other story</span></aside><nav><a href="/author/bo/">Bo</a></nav>
<div class="related-stories"><p class="author">Else</p></div><div class="teaser"><em class="teaser__subline-pubdate">4 Nov</em></div><div class="fachartikel-listing__item__author">x</div>
<footer class="site-footer"><p class="author">Site owner</p><time datetime="2023-12-31">31 Dec</time></footer>
<svg><a href="/author/svg/"><time datetime="2024-01-01"></time></a></svg>`;

const doc = page(TEMPLATE);
const elements = Array.from(doc.querySelectorAll('body *'));

describe('byline and date elements are found by attribute tests that agree with their selectors', () => {
  const cases: [name: string, selector: string, test: ElementTest][] = [['byline', ...BYLINE], ['author link', ...AUTHOR_LINK], ...DATE_ELEMENTS.map(([s, t]): [string, string, ElementTest] => [`date ${s}`, s, t])];
  it.each(cases)('%s', (_name, selector, test) => {
    const picked = elements.filter(test);
    const html = (els: Element[]) => els.map((el) => el.outerHTML);
    expect(html(picked)).toEqual(html(elements.filter((el) => el.matches(selector))));
    expect(picked.length).toBeGreaterThan(0);
  });

  it('a byline or date inside comments, related stories, navigation or an aside belongs to another story', () => {
    for (const el of elements) {
      expect(closestInBody(el, OTHER_STORIES)).toBe(closestInBody(el, '[class*="comment"], nav, aside, [class*="related"], [class*="listing"]'));
      expect(closestInBody(el, COMMENT_OR_RELATED)).toBe(closestInBody(el, '[class*="comment"], [class*="related"], [class*="teaser"], [class*="slide"]'));
    }
    expect(elements.filter((el) => closestInBody(el, OTHER_STORIES)).length).toBeGreaterThan(0);
  });

  it("the site's footer is no byline, a post's own footer inside <article> is", () => {
    const inFooter = (el: Element) => {
      const footer = el.closest('footer');
      return Boolean(footer) && !footer!.closest('article') && !/\b(?:entry|post|article)[-_]/.test(footer!.getAttribute('class') ?? '');
    };
    expect(elements.filter(inPageFooter)).toEqual(elements.filter(inFooter));
    expect(elements.filter(inPageFooter).map((el) => el.textContent)).toContain('Site owner');
    expect(elements.filter(inPageFooter).map((el) => el.textContent)).not.toContain('Ann');
  });

  it('class names count in any case (class="Author", class="Dateline")', () => {
    const d = page('<ul><li class="Author">Von Moritz Wichmann</li><li class="Dateline"><time>29.04.2020</time></li></ul>');
    expect(BYLINE[1](d.querySelector('li')!)).toBe(true);
    expect(DATE_ELEMENTS.some(([, test]) => test(d.querySelectorAll('li')[1]!))).toBe(true);
  });

  it('a body class naming comments says nothing about where a byline sits', () => {
    const d = page('<div><span class="byline">By Ann</span></div>');
    d.body.className = 'comments-open';
    expect(closestInBody(d.querySelector('.byline')!, OTHER_STORIES)).toBeNull();
  });
});
