/**
 * Prose that reads like a story paragraph but is the site talking: a notice to the visitor, or the blurb
 * of a teaser for another page. Left out of the extract, neither is a sign that the story was cut.
 */
import { holds, type Box, type Paragraph } from './snapshot';

/**
 * A notice to the visitor (cookies, an old browser, scripts turned off, push notifications, affiliate
 * commissions): sites set these in prose, above or below the story, and the reader leaves them out.
 * Word stems, so that plurals and compounds count too (Browsers, Cookie-Richtlinie, Benachrichtigungen).
 */
const VISITOR_NOTICE = /\b(cookie|browser|javascript|notification|benachrichtigung|affiliate commission|affiliate-provision)/i;
/** Notices are a sentence or three; a longer paragraph that names a browser or cookies is a story about them. */
const MAX_NOTICE_CHARS = 400;

export function isVisitorNotice(text: string): boolean {
  return text.length <= MAX_NOTICE_CHARS && VISITOR_NOTICE.test(text);
}

/** How far up from a blurb its teaser (the box with the headline link) may sit: blurb, field, item. */
const MAX_TEASER_STEPS = 4;
/** Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global Node in Node.js. */
const FOLLOWS = 4;

/**
 * The teaser a left-out paragraph is the blurb of: the nearest box above it that holds a link beside
 * it, with the first link (the headline) before the blurb, and no other prose paragraph. null when the
 * paragraph is not one.
 */
function teaserOf(p: Paragraph, prose: readonly Paragraph[]): Box | null {
  let up = p.box.parent;
  for (let steps = 1; up && steps <= MAX_TEASER_STEPS; steps++, up = up.parent) {
    if (up.linkChars > p.box.linkChars) {
      const box = up;
      if (prose.some((other) => other !== p && holds(box, other.box))) return null;
      const headline = box.el.querySelector('a[href]');
      return headline && headline.compareDocumentPosition(p.box.el) & FOLLOWS ? box : null;
    }
  }
  return null;
}

/**
 * The left-out paragraphs that are blurbs in a list of teasers (a "more stories" rail, a blog's list of
 * posts): each alone in a box beside a link, two or more of them. A story's own paragraphs share their
 * container; they are not each boxed with a link of their own.
 */
function teaserBlurbs(missing: readonly Paragraph[], prose: readonly Paragraph[]): Set<Paragraph> {
  const blurbs = missing.filter((p) => teaserOf(p, prose) !== null);
  return new Set(blurbs.length >= 2 ? blurbs : []);
}

/** The left-out paragraphs that read as the story: not a notice to the visitor or a teaser's blurb. */
export function leftOutOfStory(missing: Paragraph[], prose: readonly Paragraph[]): Paragraph[] {
  const blurbs = teaserBlurbs(missing, prose);
  return missing.filter((p) => !blurbs.has(p) && !isVisitorNotice(p.text));
}
