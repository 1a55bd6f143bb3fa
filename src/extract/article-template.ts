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
// A template with placeholders is filled in by the script; on its own it is not what the reader sees
// (underscore's <% %>, mustache's {{ }}, JavaScript's ${ }, WordPress's <# #>).
const PLACEHOLDER = /<%|<#|\{\{|\$\{/;

/** A text/template script, not one of WordPress's `tmpl-*` widgets (which only ever fill dialogs and galleries). */
const isTemplate = (el: Element) => el.getAttribute('type')?.trim().toLowerCase() === 'text/template' && !el.id.startsWith('tmpl-');

/** The marked body holds the template and nothing else, a <noscript> fallback at most. */
function holdsOnly(body: Element, template: Element): boolean {
  return Array.from(body.childNodes).every((node) => node === template || node.nodeType === 8 || (node.nodeType === 3 && !node.textContent?.trim()) || (node as Element).localName === 'noscript');
}

/**
 * `scripts`: the page's <script> elements (page-text.ts meets them on its walk). Works on the pipeline's copy of the
 * page, never the live page. True when a post was unpacked, and the page's text has changed.
 */
export function unpackArticleTemplate(scripts: readonly Element[]): boolean {
  let unpacked = false;
  for (const template of scripts) {
    const body = template.parentElement;
    if (!isTemplate(template) || !body?.matches(ARTICLE_BODY) || !holdsOnly(body, template)) continue;
    const markup = template.textContent ?? '';
    if (!markup.includes('<') || PLACEHOLDER.test(markup)) continue;
    // Parsed into a <template>'s inert content: nothing in it loads or runs, and scripts parsed this way
    // are marked as already started, so they never run wherever they are moved. The copy has no browsing
    // context either, and what the pipeline returns is sanitized wherever it is shown (sanitize.ts).
    const holder = template.ownerDocument.createElement('template');
    holder.innerHTML = markup;
    // The <noscript> fallback repeats the story; the rendered template is what the person sees.
    for (const fallback of Array.from(body.children)) if (fallback.localName === 'noscript') fallback.remove();
    template.replaceWith(holder.content);
    unpacked = true;
  }
  return unpacked;
}
