/**
 * A story signed at its end: a paragraph that is nothing but the writer's name set in bold or italics, right after
 * the last of the story's prose ("…zu ermitteln.</p><p><b><i>Stefan Wasmer</i></b></p>"). Columns, reviews and
 * small newsrooms sign so instead of printing a byline. Read from the article Readability found, for pages that name
 * no author anywhere else.
 */
import { squash } from '../text';

/** Two to four capitalized words: given names, surnames, initials ("J.", "Rávic", "Hannah-Jones", "TÜRKMEN"). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const MAX_NAME = 40;
const EMPHASIS = new Set(['B', 'STRONG', 'I', 'EM']);
/** Where a short bold line is a caption, a quote's source, a list entry or a table heading, not a signature (old sites lay whole stories out in tables). */
const NOT_SIGNATURE_PLACE = 'figure, figcaption, blockquote, li, th, dl';
/** A story paragraph: long enough to be prose, whatever the language. */
const PROSE_CHARS = 100;
/** The signature closes the story: what prose follows it (a footnote, a promo the cleaning left) is a small part. */
const MAX_PROSE_AFTER_SHARE = 0.25;

/** The paragraph's whole text is one bold or italic run (nested ones too: "<b><i>Name</i></b>"). */
function allEmphasized(p: Element): boolean {
  let el: Element = p;
  while (el.children.length === 1 && squash(el.children[0]!.textContent) === squash(el.textContent)) {
    el = el.children[0]!;
    if (EMPHASIS.has(el.tagName)) return true;
  }
  return false;
}

/**
 * Each word of the name is one the story never uses in lower case: "After Divorce" and "Guten Appetit" are words
 * of the text ("after", "guten"); a person's name is not.
 */
function readsAsName(name: string, storyWords: Set<string>): boolean {
  return name.split(/\s+/).every((word) => !storyWords.has(word.toLowerCase()));
}

export function closingSignature(article: Element): string[] {
  const paragraphs = Array.from(article.getElementsByTagName('p')).filter((p) => !p.closest(NOT_SIGNATURE_PLACE));
  const texts = paragraphs.map((p) => squash(p.textContent));
  const nameLines = texts.flatMap((text, i) => (text.length <= MAX_NAME && NAME.test(text) && allEmphasized(paragraphs[i]!) ? [i] : []));
  // Bold names over several paragraphs are an interview's speakers or a list's entries, not one writer's sign-off.
  if (nameLines.length !== 1) return [];
  const i = nameLines[0]!;
  const name = texts[i]!;
  const proseChars = (from: number, to: number) => texts.slice(from, to).reduce((n, t) => n + (t.length >= PROSE_CHARS ? t.length : 0), 0);
  if (!texts.slice(Math.max(0, i - 2), i).some((t) => t.length >= PROSE_CHARS)) return [];
  if (proseChars(i + 1, texts.length) > MAX_PROSE_AFTER_SHARE * proseChars(0, i)) return [];
  const story = squash(article.textContent);
  // The story itself never names its writer; a name it mentions again is someone it is about.
  if (story.split(name).length > 2) return [];
  const storyWords = new Set(story.match(/\p{Ll}[\p{L}'’-]*/gu) ?? []);
  return readsAsName(name, storyWords) ? [name] : [];
}
