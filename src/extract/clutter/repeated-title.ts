/**
 * The headline repeated at the top of the body. The popup shows the title above the article; Readability drops
 * a heading that repeats it only when the two agree closely, so a headline that carries its kicker or date in
 * the same heading ("Nachricht | 30.10.2021 Migration / Flucht «Wir waren fast 40 Tage in Quarantäne»"), or
 * that Readability read under another title, was shown twice.
 */
import { comparableText, elementsByTag, textSample } from '../text';

/** Where the story's prose starts: headings after it are the story's own. */
const PROSE_CHARS = 150;
/** What a kicker, section name or date line before the headline in the same heading may add. */
const MAX_PREFIX_CHARS = 80;

export function removeRepeatedTitle(root: Element, title: string, remove: (heading: Element) => void): void {
  const headline = comparableText(title, ' ');
  if (headline.length < 8) return;
  // Readability has turned loose text into paragraphs, so the story's prose starts at its first long <p>.
  for (const el of elementsByTag(root, ['h1', 'h2', 'h3', 'h4', 'p'])) {
    if (el.tagName === 'P') {
      if (textSample(el, PROSE_CHARS + 1).length > PROSE_CHARS) return;
      continue;
    }
    const heading = comparableText(el.textContent ?? '', ' ');
    if (heading === headline || (heading.endsWith(` ${headline}`) && heading.length - headline.length <= MAX_PREFIX_CHARS)) {
      remove(el);
      return;
    }
  }
}
