/**
 * The selectors that mark byline and date elements, each with a plain attribute test that answers as
 * el.matches(selector) does. A page has dozens of candidates and each el.matches() or el.closest() is a
 * selector-engine call in jsdom: tested this way, reading the byline and the date cost a fifth of what
 * the selectors did. tests/unit/marked-elements.test.ts holds every test to its selector.
 */
import { AUTHOR_PATH_WORDS, RDFA_DATE_PROPERTIES } from './candidates';

export type ElementTest = (el: Element) => boolean;

function tokens(el: Element, attribute: string): string[] {
  return (el.getAttribute(attribute) ?? '').split(/[\t\n\f\r ]+/);
}

/** [attribute~="token"] for any of the tokens. */
function hasToken(el: Element, attribute: string, ...wanted: string[]): boolean {
  return tokens(el, attribute).some((t) => wanted.includes(t));
}

/**
 * hasToken for lower-case names, in any case. HTML compares rel="Author" so; sites write class="Author" and
 * class="Dateline" too, which jsdom's selector engine matched and Chromium's, in a standards-mode page, would not.
 */
function hasTokenAnyCase(el: Element, attribute: 'class' | 'rel', ...names: string[]): boolean {
  return tokens(el, attribute).some((t) => names.includes(t.toLowerCase()));
}

/** [class*="part"] for any of the parts. */
export function classHas(el: Element, ...parts: string[]): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && parts.some((p) => cls.includes(p));
}

/** A type selector: in an HTML page it also names an SVG element of that name (an <a> inside <svg>). */
const isTag = (el: Element, tag: string) => el.localName === tag;

/** The descendant combinator: an ancestor (not el itself) passes `test`. */
function underAncestor(el: Element, test: ElementTest): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (test(up)) return true;
  return false;
}

/**
 * Boxes of comments and of other stories ('[class*="comment"], [class*="related"], [class*="teaser"], [class*="slide"]'):
 * their dates are not this story's. A teaser links another story ("teaser__subline-pubdate" under a travel advice
 * page), as does a slide of a carousel of the site's stories ("splide__slide" under a column) — unless it holds the
 * page's headline: then it is the story's own header ("<header class="article-teaser"><h1>").
 */
export const COMMENT_OR_RELATED: ElementTest = (el) => classHas(el, 'comment', 'related') || (classHas(el, 'teaser', 'slide') && !el.getElementsByTagName('h1').length);

/** Where bylines belong to comments or to other stories ('[class*="comment"], nav, aside, [class*="related"], [class*="listing"]'). */
export const OTHER_STORIES: ElementTest = (el) => classHas(el, 'comment', 'related', 'listing') || isTag(el, 'nav') || isTag(el, 'aside');

/**
 * The site's footer, not a post's own: WordPress themes put "Author Name · Posted on" in the
 * post's <footer class="entry-footer"> inside <article>, which is the byline, not boilerplate.
 */
export function inPageFooter(el: Element): boolean {
  let footer: Element | null = el;
  while (footer && !isTag(footer, 'footer')) footer = footer.parentElement;
  return footer !== null && !underAncestor(footer, (up) => isTag(up, 'article')) && !/\b(?:entry|post|article)[-_]/.test(footer.getAttribute('class') ?? '');
}

const BYLINE_CLASSES = ['byline', 'by-line', 'author-name', 'article-author', 'story-byline', 'post-author', 'entry-author', 'authors', 'author', 'autor'];
const BYLINE_CLASS_PARTS = [
  'byline', 'Byline', 'author-name', 'AuthorName', 'authorname', 'author_name',
  // BEM-style names such as "header-info__authors" or "c-article-author__link".
  '__author', '-author',
  // "autor" is how Spanish, Portuguese, German and Polish templates spell it ("div.autor", "content-left-autor").
  '-autor', '_autor',
];

/** A byline element by its markup. */
export const BYLINE: [selector: string, test: ElementTest] = [
  [
    '[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', '[rel~="author"]',
    ...BYLINE_CLASSES.map((c) => `.${c}`), ...BYLINE_CLASS_PARTS.map((p) => `[class*="${p}"]`), '[data-testid*="byline"]',
  ].join(','),
  (el) =>
    hasToken(el, 'itemprop', 'author') ||
    hasTokenAnyCase(el, 'rel', 'author') ||
    hasTokenAnyCase(el, 'class', ...BYLINE_CLASSES) ||
    classHas(el, ...BYLINE_CLASS_PARTS) ||
    (el.getAttribute('data-testid') ?? '').includes('byline') ||
    (hasToken(el, 'itemprop', 'name') && underAncestor(el, (up) => hasToken(up, 'itemprop', 'author'))),
];

/** Bare links to an author's archive page ("/author/jane-doe/"). */
export const AUTHOR_LINK: [selector: string, test: ElementTest] = [
  AUTHOR_PATH_WORDS.map((w) => `a[href*="/${w}/"]`).join(','),
  (el) => {
    const href = isTag(el, 'a') ? el.getAttribute('href') : null;
    return href !== null && AUTHOR_PATH_WORDS.some((w) => href.includes(`/${w}/`));
  },
];

const hasDatetime = (el: Element) => el.hasAttribute('datetime');
const timeWithDatetime = (el: Element) => isTag(el, 'time') && hasDatetime(el);
const DATE_CLASSES = ['published', 'pubdate', 'post-date', 'entry-date', 'article-date', 'date', 'dateline'];

/** Elements that date the story, best first. */
export const DATE_ELEMENTS: [selector: string, test: ElementTest][] = [
  ['[itemprop~="datePublished"]', (el) => hasToken(el, 'itemprop', 'datePublished')],
  [RDFA_DATE_PROPERTIES.map((p) => `[property~="${p}"]`).join(','), (el) => hasToken(el, 'property', ...RDFA_DATE_PROPERTIES)],
  ['time[pubdate]', (el) => isTag(el, 'time') && el.hasAttribute('pubdate')],
  ['time[class*="publish"]', (el) => isTag(el, 'time') && classHas(el, 'publish')],
  ['article time[datetime]', (el) => timeWithDatetime(el) && underAncestor(el, (up) => isTag(up, 'article'))],
  ['header time[datetime]', (el) => timeWithDatetime(el) && underAncestor(el, (up) => isTag(up, 'header'))],
  ['[class*="publish"] time[datetime]', (el) => timeWithDatetime(el) && underAncestor(el, (up) => classHas(up, 'publish'))],
  ['time[datetime]', timeWithDatetime],
  ['[class*="date"][datetime]', (el) => classHas(el, 'date') && hasDatetime(el)],
  [[...DATE_CLASSES.map((c) => `.${c}`), '[class*="timestamp"]'].join(', '), (el) => hasTokenAnyCase(el, 'class', ...DATE_CLASSES) || classHas(el, 'timestamp')],
];
