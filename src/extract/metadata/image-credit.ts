/**
 * An image's licence or caption credit: "<span class=license-info>… <span class=author-name><a class=license-author
 * href=commons.wikimedia.org/…>Nenad Stojkovic</a></span>" names who took the photo, in markup a byline theme also
 * uses. The photographer is never the story's author.
 */
import { squash } from '../text';

/**
 * A class saying "caption" alone is no proof: templates call the list of the story's own meta "caption meta"
 * (The Independent's "<ul class="caption meta"><li class=author>") or the box of its headline and byline "caption"
 * (bike-magazin.de). A <figcaption> is an image's.
 */
// "article__image-author", "photo-author", "foto-autor": the image's author, named as a byline theme names the story's.
const IMAGE_CREDIT_CLASS = /licen[cs]e|(?:photo|image|img|foto|bild)[-_]?(?:credit|author|autor)|bildnachweis/i;
const MAX_DEPTH = 4;
/** A credit is a line or two, under no headline. */
const MAX_CREDIT = 300;

export function inImageCredit(el: Element): boolean {
  let up: Element | null = el;
  for (let depth = 0; up && depth <= MAX_DEPTH; depth++, up = up.parentElement) {
    const credit = up.localName === 'figcaption' || IMAGE_CREDIT_CLASS.test(up.getAttribute('class') ?? '');
    if (credit) return (up.textContent ?? '').length <= MAX_CREDIT * 3 && squash(up.textContent).length <= MAX_CREDIT && !up.querySelector('h1, h2, h3');
  }
  return false;
}
