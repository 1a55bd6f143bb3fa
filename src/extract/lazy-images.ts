import { elementsWhere } from './text';

/** Lazy-loaded images carry their real address in data-* attributes or a <noscript> twin; make them real. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  return !src || /^data:image\/(gif|png|svg)/i.test(src) || /(blank|spacer|placeholder|transparent|lazy)\.(gif|png|svg)/i.test(src);
}

const LAZY_TAGS = new Set(['img', 'source', 'noscript']);

/**
 * The script-loaded image before a <noscript> copy is the same picture when it names the copy's address; left
 * beside the copy it shows twice, and Readability drops a box with two images and no text (the figure and its
 * caption with it). Its placeholder is not always named as one ("lazy-loading-14x9.png"). A shared alt text is
 * no proof: "Photo: AP" captions different pictures.
 */
function sameImage(img: Element, copy: Element): boolean {
  const src = copy.getAttribute('src');
  return src !== null && ['src', ...SRC_ATTRS].some((a) => img.getAttribute(a) === src);
}

export function fixLazyImages(root: Element): void {
  // One walk for the three tags: each getElementsByTagName is a walk over the whole page in jsdom.
  const found = elementsWhere(root, (el) => LAZY_TAGS.has(el.localName));
  for (const img of found) {
    if (img.localName === 'noscript') continue;
    const real = SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    if (real && (img.tagName === 'SOURCE' || isPlaceholder(img.getAttribute('src')))) img.setAttribute(img.tagName === 'SOURCE' ? 'srcset' : 'src', real);
    const realSet = SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
    if (realSet) img.setAttribute('srcset', realSet);
  }
  // <noscript><img></noscript> next to a placeholder: the noscript copy is the one that would show.
  for (const noscript of found) {
    if (noscript.localName !== 'noscript') continue;
    // With scripting on (browsers) <noscript> holds raw text; with it off (jsdom) it holds parsed elements.
    let img: HTMLImageElement | null = noscript.getElementsByTagName('img')[0] ?? null;
    if (!img && /<img\b/i.test(noscript.textContent ?? '')) {
      const holder = root.ownerDocument.createElement('div');
      holder.innerHTML = noscript.textContent ?? '';
      img = holder.querySelector('img');
    }
    if (!img) continue;
    const prev = noscript.previousElementSibling;
    if (prev?.tagName === 'IMG' && (isPlaceholder(prev.getAttribute('src')) || sameImage(prev, img))) prev.remove();
    noscript.replaceWith(img);
  }
}
