/**
 * A headline's text without its kicker. News sites set a short topic line inside the <h1>, before the
 * headline ("<h1><span class=dachzeile>Nach Corona-Lockerungen</span> <span class=headline>Autohäuser …</span></h1>",
 * "<span class=kicker>Klimaschutz</span><span class=visually-hidden>: </span>…"): the kicker is a label, not
 * part of the title.
 */
import { plainTitle } from '../title';

/** Class words of the line set above a headline: kicker, Dachzeile, overline, topline, eyebrow, topic label… */
const KICKER_CLASS = /kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|subheadline|subtitle|topic|label|h1small/i;
const MAX_KICKER_WORDS = 8;

function isKicker(el: Element): boolean {
  return el.tagName === 'SMALL' || KICKER_CLASS.test(el.getAttribute('class') ?? '');
}

/** The first element that holds text, looking at most two levels down (<h1><span itemprop=headline><small>…). */
function leadingElement(heading: Element): Element | null {
  let el: Element | null = heading;
  for (let depth = 0; depth < 2 && el; depth++) {
    const first: ChildNode | undefined = Array.from(el.childNodes).find((n) => n.nodeType === 1 || /\S/.test(n.textContent ?? ''));
    if (!first || first.nodeType !== 1) return null;
    el = first as Element;
    if (isKicker(el)) return el;
  }
  return null;
}

export function headingText(heading: Element): string {
  const full = plainTitle(heading.textContent);
  const kicker = leadingElement(heading);
  const kickerText = kicker ? plainTitle(kicker.textContent) : '';
  if (!kickerText || kickerText.split(' ').length > MAX_KICKER_WORDS || !full.startsWith(kickerText)) return full;
  // What follows the kicker, without the ": " or " - " screen readers are given between the two.
  const rest = full.slice(kickerText.length).replace(/^\s*[:|–—-]?\s*/, '');
  return rest.length > kickerText.length ? rest : full;
}
