import { wordCount } from './text';

/** Typical silent reading speed for screen text (Brysbaert 2019: ~238 wpm for non-fiction). */
export const WORDS_PER_MINUTE = 230;

export function readingTimeMinutes(text: string): number {
  return Math.max(1, Math.round(wordCount(text) / WORDS_PER_MINUTE));
}
