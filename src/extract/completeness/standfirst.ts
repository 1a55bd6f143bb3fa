/**
 * A standfirst (lede, dek, teaser, intro) is a story's own summary, set in the article header or a
 * teaser box above the body. Readability scores the body's container and leaves it out; it is joined
 * back when it is the sentence-like text right before the story's first paragraph, close in the same
 * container chain.
 */
import { nameTokens, wordCount } from '../text';
import { commonBox, precedes, type Box, type Paragraph, type StorySnapshot } from './snapshot';

const MIN_WORDS = 8;
/** Longer than this, it is story text of its own, for the completeness check rather than this rule. */
const MAX_CHARS = 700;
/** Parent steps from the standfirst and from the first paragraph to the box holding both. */
const MAX_STEPS = 6;
/** A block the page names as its standfirst may sit further away: in a hero or header module of its own. */
const MAX_STEPS_NAMED = 10;
const SENTENCE_END = /[.!?…。！？"”»)]$/;
/** Class or id words that name a block as the story's summary. */
const STANDFIRST_TOKENS = /^(subtitle|subheadline|standfirst|lede|lead|dek|deck|summary|intro|excerpt)$/;

/** Tag and class of a block and the two boxes above it: what the items of a teaser list share. */
function signature(box: Box): string {
  const parts: string[] = [];
  for (let b: Box | null = box; b && parts.length < 3; b = b.parent) parts.push(`${b.el.tagName}.${b.el.getAttribute('class') ?? ''}`);
  return parts.join('<');
}

/**
 * A dateline, a byline or a kicker ("Updated 19:02", "By Ann Lee"), not a summary. A block the page names
 * as its subtitle or standfirst is a summary even when it ends without a full stop, as many do.
 */
function isLabelLine(p: Paragraph): boolean {
  return wordsOfLetters(p.text) < MIN_WORDS || !(SENTENCE_END.test(p.text) || namedStandfirst(p.box));
}

/** Words without the numbers: a date and a time ("21.01.2022 11:46") are no words of a summary. */
function wordsOfLetters(text: string): number {
  return wordCount(text.replace(/\p{N}+/gu, ''));
}

/**
 * The first text after a photo, unless the page names it as the standfirst: a caption, which reads as a
 * sentence too once its credit ("© AFP") is taken off.
 */
function isCaption(p: Paragraph): boolean {
  return p.box.afterImage && !namedStandfirst(p.box);
}

/** The block or the box right around it is named as the subtitle, lead or standfirst. */
function namedStandfirst(box: Box): boolean {
  const named = (el: Element) => el.hasAttributes() && nameTokens(el).some((t) => STANDFIRST_TOKENS.test(t));
  return named(box.el) || (box.parent !== null && named(box.parent.el));
}

/**
 * The standfirst of a story whose first extracted paragraph is `first`, when the extract left it out: the
 * nearest sentence of eight words or more before `first`. Bylines, datelines, furniture and short lines
 * already in the extract are passed over; story prose already in the extract means there is none missing.
 * One of a series of like blocks (a list of teasers for other stories) is not a standfirst.
 */
export function standfirstBefore(snapshot: StorySnapshot, first: Paragraph, covered: (p: Paragraph) => boolean): Paragraph | null {
  const candidates = snapshot.paragraphs.slice(0, snapshot.paragraphs.indexOf(first)).filter((p) => precedes(p.box, first.box) && !p.box.furniture && !isLabelLine(p) && !isCaption(p));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const p = candidates[i]!;
    if (covered(p)) {
      if (p.prose) return null;
      continue;
    }
    const previous = candidates[i - 1];
    if (p.text.length > MAX_CHARS || p.box.linkChars >= 0.2 * p.box.chars || (previous && signature(previous.box) === signature(p.box))) return null;
    const lca = commonBox(p.box, first.box);
    const steps = namedStandfirst(p.box) ? MAX_STEPS_NAMED : MAX_STEPS;
    return lca && p.box.depth - lca.depth <= steps && first.box.depth - lca.depth <= steps ? p : null;
  }
  return null;
}
