/**
 * The copy of the page the pipeline works on. Enormous pages (a story under 400,000 elements of comments,
 * say) would keep the person waiting half a minute, so past a bound only the page's own article container
 * is copied; with no such container the reader says the page is too large instead of hanging.
 */
export const MAX_ELEMENTS = 60_000;
const ARTICLE_CONTAINERS = ['[itemprop~="articleBody"]', 'article', '[role="main"]', 'main', '#content', '#main'];

export type BoundedCopy = { ok: true; page: Document } | { ok: false; elements: number };

/** `inPlace`: the caller owns `doc` (a page parsed for the CLI or the benchmark), so no protective copy is made. */
export function boundedCopy(doc: Document, { inPlace = false } = {}): BoundedCopy {
  const elements = doc.getElementsByTagName('*').length;
  if (elements <= MAX_ELEMENTS) {
    // A page parsed from HTML has no script-attached shadow roots to flatten.
    if (inPlace) return { ok: true, page: doc };
    const page = doc.cloneNode(true) as Document;
    flattenShadowRoots(doc, page);
    return { ok: true, page };
  }
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

/**
 * cloneNode leaves open shadow roots behind, and some sites render the story inside web components.
 * Put each shadow tree's content into the copy in place of the host's children, with slotted light-DOM
 * children where its <slot>s are, which is what the person sees.
 */
function flattenShadowRoots(original: Document, copy: Document): void {
  // A static list: indexing jsdom's live getElementsByTagName('*') collection costs O(n) per access (seconds on big pages).
  const sources = original.querySelectorAll('*');
  const hosts: number[] = [];
  for (let i = 0; i < sources.length; i++) if ((sources[i] as Element).shadowRoot) hosts.push(i);
  if (hosts.length === 0) return;
  const targets = Array.from(copy.querySelectorAll('*'));
  for (const i of hosts.reverse()) {
    const shadow = (sources[i] as Element).shadowRoot!;
    const host = targets[i]!;
    const light = Array.from(host.childNodes);
    // A shadow root itself cannot be imported; its children can.
    const rendered = copy.createDocumentFragment();
    for (const child of Array.from(shadow.childNodes)) rendered.append(copy.importNode(child, true));
    for (const slot of Array.from(rendered.querySelectorAll('slot'))) {
      const name = slot.getAttribute('name');
      const slotted = light.filter((n) => (name ? (n as Element).getAttribute?.('slot') === name : !(n as Element).getAttribute?.('slot')));
      slot.replaceWith(...(slotted.length ? slotted : Array.from(slot.childNodes)));
    }
    host.replaceChildren(...Array.from(rendered.childNodes));
  }
}
