/**
 * The publisher, agency or organisation a page credits beside its headline when it names no person: "<h1>…</h1><p
 * class=credit>JIJI</p>" (an agency story), "<div class=publisher>ET Online|</div>" (a desk), "<span
 * class=news-organization>Empa (…)</span>" above the headline of a press-release portal. Only the elements next to the
 * headline, or next to the group holding it: a credit further away is a photo's or another story's.
 */
import { squash } from '../text';

const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|publisher|organi[sz]ation|agency)(?:$|[\s_-])/i;
/** A photo's credit beside a lead image says so in its class or its words ("image-credit", "Foto: dpa", "© Reuters"). */
const PHOTO_CLASS = /photo|image|img|foto|picture|media|caption|figure/i;
const PHOTO_WORDS = /\b(?:fotos?|photos?|photograph\w*|illustration|video|bild(?:er)?|images?|pictures?|getty|imago|shutterstock)\b|©|\(c\)/i;
/**
 * A labelled line ("Credit: …", "Photograph: …"), a sponsor ("Sponsored by", "In partnership with") or a label word
 * ("Updated", "Exclusive") names no one who stands behind the story.
 */
const NOT_A_NAME = /[:/]|\b(?:by|von|par|with|mit)\b|^(?:updated|exclusive|sponsored|advertisement|anzeige|live|breaking|opinion|analysis|gallery)$/i;
/** A lead image beside the credit: then it is the photographer's. */
const IMAGE = 'img, picture, figure, video';
/** A photo's caption, a box beside the story, and a menu or a form beside a site's title ("<h1>Site</h1><ul class=publisher-links>…"). */
const NOT_A_CREDIT = 'figure, figcaption, nav, aside, ul, ol, form, label, button';
const MAX_CREDIT = 80;
/** How far from the headline a credit may stand: the line under it, or a date line and a credit above it. */
const NEAR = 2;
/** A group too long to be a headline's meta line: a wrapper of the whole story. */
const MAX_GROUP_TEXT = 200;

export function headlineCredit(headline: Element | undefined): string | null {
  for (let level = headline, depth = 0; level && depth < 2 && level.tagName !== 'BODY'; level = level.parentElement ?? undefined, depth++) {
    // The group holding the headline (an <hgroup>, a title block), not the whole story: its neighbours are other boxes.
    if (depth > 0 && squash(level.textContent).length > MAX_GROUP_TEXT) break;
    for (const sibling of nearSiblings(level)) {
      const credit = creditIn(sibling);
      if (credit) return credit;
    }
  }
  return null;
}

function nearSiblings(el: Element): Element[] {
  const near: Element[] = [];
  for (let next = el.nextElementSibling, i = 0; next && i < NEAR; next = next.nextElementSibling, i++) near.push(next);
  for (let prev = el.previousElementSibling, i = 0; prev && i < NEAR; prev = prev.previousElementSibling, i++) near.push(prev);
  return near;
}

function creditIn(group: Element): string | null {
  if (squash(group.textContent).length > MAX_GROUP_TEXT || besideImage(group)) return null;
  for (const el of [group, ...group.querySelectorAll('[class]')]) {
    const cls = el.getAttribute('class') ?? '';
    if (!CREDIT_CLASS.test(cls) || PHOTO_CLASS.test(cls) || el.closest(NOT_A_CREDIT) || el.getElementsByTagName('a').length > 1) continue;
    const text = squash(el.textContent).replace(/[\s|,;:·•–—-]+$/, '');
    // A credit names someone: no date, no count ("3 Kommentare"), no photo's credit, no label.
    if (text.length >= 2 && text.length <= MAX_CREDIT && /^\p{L}/u.test(text) && !/\d/.test(text) && !PHOTO_WORDS.test(text) && !NOT_A_NAME.test(text)) return text;
  }
  return null;
}

/** The group holds an image, or comes right after one: its credit line is the photographer's. */
function besideImage(group: Element): boolean {
  const previous = group.previousElementSibling;
  return group.querySelector(IMAGE) !== null || (previous !== null && (previous.matches(IMAGE) || previous.querySelector(IMAGE) !== null));
}
