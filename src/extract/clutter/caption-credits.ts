/**
 * Photo credits at the end of an image caption ("… René Klemmer. Foto: GdP/Hagen Immel", "(Quelle: DJV)",
 * "| © Augusta National/Getty Images", "Bild: <a>TebNad/Shutterstock.com</a>"): they name who took the picture,
 * not what the story says, so the caption keeps its words and loses the credit. Found from the page's text lines,
 * which are tested by their words first: only the few that read as a credit are looked at in the page.
 */
import type { TextLine } from '../page-text';
import type { CleanContext } from './remove-clutter';

/**
 * A credit label ("Foto:", "Crédits photos :", "Imagen:", "©") and the names after it, to the end of the line. "© 2016 …"
 * is the site's copyright line, which the footer steps deal with.
 */
const CREDIT_TAIL = /(?:^|[\s.|,;(])\(?(?:(?:photos?|fotos?|bild(?:er)?|images?|imagen|picture|photograph|credits?|crédits?(?: photos?)?|crédito|quelle|fuente|source|foto ?credit|photo ?credit)\s*:|photo(?:graph)? by\b|foto von\b|©(?!\s*\d{4}))\s*([^.!?]{0,80})\)?\s*$/i;

/** What every credit line holds: a cheap test that spares CREDIT_TAIL's scan of most lines. */
const CREDIT_MARK = /[:©]|\b(by|von)\b/i;

/** Class or id words of a caption or credit block; Readability drops classes, so this runs on the page before it. */
const CAPTION_NAME = /caption|credit|copyright|legend|bildunterschrift|imagedescription|image-desc|photo-desc|media-desc/i;

const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'I', 'B', 'STRONG', 'SMALL']);

function holdsImage(el: Element | null): boolean {
  return Boolean(el && (el.tagName === 'IMG' || el.tagName === 'PICTURE' || el.getElementsByTagName('img').length || el.getElementsByTagName('picture').length));
}

/** Within a few levels: a figure or caption, a block named as one, or a small block that holds the image or follows it. */
function inCaption(node: Text): boolean {
  let el = node.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    if (el.tagName === 'FIGCAPTION' || el.tagName === 'FIGURE') return true;
    if (/^(BODY|ARTICLE|MAIN)$/.test(el.tagName) || (el.textContent ?? '').length > 400) return false;
    if (CAPTION_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
    if (holdsImage(el) || holdsImage(el.previousElementSibling)) return true;
  }
  return false;
}

/** `lines`: the page's text lines (page-text.ts); those no longer under root are passed over. */
export function removeCaptionCredits(root: Element, ctx: CleanContext, lines: readonly TextLine[]): void {
  for (const { node, text } of lines) {
    const m = text.length <= 300 && CREDIT_MARK.test(text) ? CREDIT_TAIL.exec(text) : null;
    if (!m || !root.contains(node) || !inCaption(node)) continue;
    let credit = text.slice(m.index).trim();
    // Keep the space that parts the caption from an inline element before it.
    node.nodeValue = (/^\s/.test(node.nodeValue ?? '') ? ' ' : '') + text.slice(0, m.index);
    // "Bild: <a>TebNad/Shutterstock.com</a>": a bare label, whose names follow in their own short inline elements.
    if (!m[1]!.trim()) {
      for (let next = node.nextSibling; next; ) {
        const following = next.nextSibling;
        if (next.nodeType === 1 && (!INLINE_TAGS.has((next as Element).tagName) || (next.textContent ?? '').length > 80)) break;
        credit += ` ${next.textContent ?? ''}`;
        next.remove();
        next = following;
      }
    }
    ctx.removed.push({ reason: 'photo-credit', text: credit.replace(/\s+/g, ' ').trim() });
  }
}
