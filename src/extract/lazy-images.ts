/** Lazy-loaded images carry their real address in data-* attributes or a <noscript> twin; make them real. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  return !src || /^data:image\/(gif|png|svg)/i.test(src) || /(blank|spacer|placeholder|transparent|lazy)\.(gif|png|svg)/i.test(src);
}

export function fixLazyImages(root: Element): void {
  // getElementsByTagName: jsdom answers it far faster than querySelectorAll.
  for (const img of [...Array.from(root.getElementsByTagName('img')), ...Array.from(root.getElementsByTagName('source'))]) {
    const real = SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    if (real && (img.tagName === 'SOURCE' || isPlaceholder(img.getAttribute('src')))) img.setAttribute(img.tagName === 'SOURCE' ? 'srcset' : 'src', real);
    const realSet = SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
    if (realSet) img.setAttribute('srcset', realSet);
  }
  // <noscript><img></noscript> next to a placeholder: the noscript copy is the one that would show.
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) {
    // With scripting on (browsers) <noscript> holds raw text; with it off (jsdom) it holds parsed elements.
    let img: HTMLImageElement | null = noscript.getElementsByTagName('img')[0] ?? null;
    if (!img && /<img\b/i.test(noscript.textContent ?? '')) {
      const holder = root.ownerDocument.createElement('div');
      holder.innerHTML = noscript.textContent ?? '';
      img = holder.querySelector('img');
    }
    if (!img) continue;
    const prev = noscript.previousElementSibling;
    if (prev?.tagName === 'IMG' && isPlaceholder(prev.getAttribute('src'))) prev.remove();
    noscript.replaceWith(img);
  }
}
