/**
 * The one HTML sanitizer profile for page-derived HTML, applied wherever it is shown or leaves the
 * extension: every extension page right before rendering (SanitizedHtml), the exports and the CLI.
 * The pipeline leaves it to them: a content script's answer is never trusted anyway.
 */
import createDOMPurify, { type Config } from 'dompurify';

const PROFILE: Config = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'dialog', 'portal', 'marquee', 'blink'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'action', 'formaction', 'srcdoc', 'ping', 'background', 'xlink:href', 'autofocus', 'tabindex', 'contenteditable'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  RETURN_TRUSTED_TYPE: false,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purifier.isSupported) throw new Error('HTML sanitizer is not supported in this environment');
  // Set once rather than passed per call, which makes DOMPurify rebuild its tag and attribute sets each time.
  purifier.setConfig(PROFILE);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (href && !/^(https?:|mailto:|#)/i.test(href)) node.removeAttribute('href');
      if (/^https?:/i.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (src && !/^(https?:|data:image\/(png|jpe?g|gif|webp|avif);)/i.test(src)) node.removeAttribute('src');
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html) as string;
}

