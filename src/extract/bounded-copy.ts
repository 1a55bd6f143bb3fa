/**
 * The copy of the page the pipeline works on. Enormous pages (a story under 400,000 elements of comments,
 * say) would keep the person waiting half a minute, so past a bound only the page's own article container
 * is copied; with no such container the reader says the page is too large instead of hanging.
 */
export const MAX_ELEMENTS = 60_000;
const ARTICLE_CONTAINERS = ['[itemprop~="articleBody"]', 'article', '[role="main"]', 'main', '#content', '#main'];

export type BoundedCopy = { ok: true; page: Document } | { ok: false; elements: number };

export function boundedCopy(doc: Document): BoundedCopy {
  const elements = doc.getElementsByTagName('*').length;
  if (elements <= MAX_ELEMENTS) return { ok: true, page: doc.cloneNode(true) as Document };
  for (const selector of ARTICLE_CONTAINERS) {
    const container = Array.from(doc.querySelectorAll(selector)).find((el) => el.getElementsByTagName('*').length <= MAX_ELEMENTS && (el.textContent?.length ?? 0) > 500);
    if (!container) continue;
    const page = doc.implementation.createHTMLDocument('');
    page.documentElement.replaceWith(page.importNode(doc.documentElement.cloneNode(false), false));
    page.documentElement.append(page.importNode(doc.head, true), page.createElement('body'));
    page.body.append(page.importNode(container, true));
    return { ok: true, page };
  }
  return { ok: false, elements };
}
