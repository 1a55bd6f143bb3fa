/**
 * Byline and date candidate elements, found in one walk over the page. Attribute-only selectors
 * such as [itemprop~="author"] or [class*="byline"] make jsdom's selector engine scan every
 * element once per selector; one walk with cheap attribute tests gives the same elements in the
 * same (document) order at a fraction of the cost. The few survivors are then sorted out by the
 * tests of marked-elements.ts.
 */
import { forEachElement } from '../text';

const BYLINE_HINT = /author|autor|byline|by-line/i;
/** Path words of an author's archive page, how WordPress and most CMSs link a byline name ("/author/jane-doe/"). */
export const AUTHOR_PATH_WORDS = ['author', 'autor', 'autoren', 'auteur', 'autore'];
const AUTHOR_PATH = new RegExp(`/(?:${AUTHOR_PATH_WORDS.join('|')})/[^/?#]`, 'i');
const ARCHIVE_SLUG = new RegExp(`/(?:${AUTHOR_PATH_WORDS.join('|')})/([^/?#]+)`, 'i');

/** The link a byline element is, or its first link. */
export const ownLink = (el: Element | null): Element | null => (el?.localName === 'a' ? el : el?.querySelector('a') ?? null);

/** The account an author-archive link in the byline leads to ("jane-doe" of /author/jane-doe/). */
export function authorArchiveSlug(byline: Element | null): string | null {
  return ownLink(byline)?.getAttribute('href')?.match(ARCHIVE_SLUG)?.[1] ?? null;
}
/**
 * Class words of date lines: date, published, posted-on, entry-meta, postmetadata (the WordPress Kubrick theme), timestamp,
 * datum, fecha, and timedata (TYPO3's news extension: "news-single-timedata").
 */
const DATE_HINT = /date|publish|posted|timestamp|time\b|timedata|datum|fecha|entry-meta|post-?meta|article-meta|meta-info|dateline/i;
/**
 * RDFa publication dates in the body, as Drupal writes them: <span property="dc:date dc:created" content="…">,
 * <span property="schema:dateCreated" content="…">.
 */
export const RDFA_DATE_PROPERTIES = ['schema:datePublished', 'schema:dateCreated', 'dc:created', 'dc:date', 'dcterms:created', 'dcterms:issued'];
const RDFA_DATE = new RegExp(`(?:^|\\s)(?:${RDFA_DATE_PROPERTIES.join('|')})(?:\\s|$)`);

export interface MetadataCandidates {
  byline: Element[];
  date: Element[];
  /** The page's <h1> and <h2> elements, for the title: the same walk finds them for free. */
  h1: Element[];
  h2: Element[];
}

export function collectCandidates(doc: Document): MetadataCandidates {
  const byline: Element[] = [];
  const date: Element[] = [];
  const h1: Element[] = [];
  const h2: Element[] = [];
  // <script> and <style> hold only text, so walking into them finds nothing.
  forEachElement(doc, (el) => {
    const tag: string = el.tagName;
    if (tag === 'H1') h1.push(el);
    else if (tag === 'H2') h2.push(el);
    // Most elements have no attributes, and reading an absent one still costs a lookup each in jsdom.
    if (!el.hasAttributes()) {
      if (tag === 'TIME') date.push(el);
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const cls = el.getAttribute('class') ?? '';
    const itemprop = el.getAttribute('itemprop') ?? '';
    const rel = el.getAttribute('rel') ?? '';
    if (BYLINE_HINT.test(cls) || BYLINE_HINT.test(rel) || itemprop.includes('author') || itemprop.includes('name') || /byline/.test(el.getAttribute('data-testid') ?? '') || (tag === 'A' && AUTHOR_PATH.test(el.getAttribute('href') ?? ''))) byline.push(el);
    if (tag === 'TIME' || DATE_HINT.test(cls) || itemprop.includes('datePublished') || (tag !== 'META' && RDFA_DATE.test(el.getAttribute('property') ?? ''))) date.push(el);
  });
  return { byline, date, h1, h2 };
}
