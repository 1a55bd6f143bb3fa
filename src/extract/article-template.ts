/**
 * Some blog themes ship the post as a template for their script to render: Google's Blogger theme (every
 * *.googleblog.com blog, blog.chromium.org) puts the whole story, byline included, in a
 * <script type="text/template"> that is the only content of the element marked as the article body. A
 * browser shows the rendered post; a page read without running scripts (the CLI, the benchmark) would have
 * no story at all. So when the marked body holds nothing but such a template, its markup becomes the body.
 *
 * Other templates on a page (media-library dialogs, `tmpl-*` widgets, underscore templates) are the page's
 * machinery, not its story: they sit outside the marked body or carry placeholders, and stay as they are.
 */

const ARTICLE_BODY = '[itemprop~="articleBody"], .post-body, .entry-content';
// A template with placeholders is filled in by the script; on its own it is not what the reader sees.
const PLACEHOLDER = /<%|\{\{|\$\{/;

/** The template script when it, with a <noscript> fallback at most, is all the marked body holds. */
function loneTemplate(body: Element): HTMLScriptElement | null {
  let template: HTMLScriptElement | null = null;
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType === 3 && !node.textContent?.trim()) continue;
    if (node.nodeType === 8) continue;
    if (node.nodeType !== 1) return null;
    const el = node as Element;
    if (el.localName === 'noscript') continue;
    if (el.localName !== 'script' || template || el.getAttribute('type')?.trim().toLowerCase() !== 'text/template') return null;
    template = el as HTMLScriptElement;
  }
  return template;
}

/** Works on the pipeline's copy of the page, never the live page. */
export function unpackArticleTemplate(page: Document): void {
  for (const body of Array.from(page.querySelectorAll(ARTICLE_BODY))) {
    const template = loneTemplate(body);
    const markup = template?.textContent ?? '';
    if (!template || !markup.includes('<') || PLACEHOLDER.test(markup)) continue;
    // Parsed into a <template>'s inert content: nothing in it loads or runs, and scripts parsed this way
    // are marked as already started, so they never run wherever they are moved. The copy has no browsing
    // context either, and what the pipeline returns is sanitized wherever it is shown (sanitize.ts).
    const holder = page.createElement('template');
    holder.innerHTML = markup;
    // The <noscript> fallback repeats the story; the rendered template is what the person sees.
    for (const fallback of Array.from(body.children)) if (fallback.localName === 'noscript') fallback.remove();
    template.replaceWith(holder.content);
  }
}
