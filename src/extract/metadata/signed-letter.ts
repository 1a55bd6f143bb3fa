/**
 * A post written as a letter to its readers: it opens with an address ("Liebe_r Besucher_in,", "Dear readers,") and
 * closes with the writer's name over the date (prof-pc.de: "<p>Benni<br>10. September 2017</p>"). Such small sites
 * print no byline, and the signature is the author. Both ends are required, and the signature is the story's last
 * paragraph and holds nothing else: a recipe closing on "Guten Appetit" over a date is not addressed to anyone, and
 * a name over a date in a comment list ("@ Dietmar Hilsebein<br>8. April 2019") or a sidebar is not the closing.
 */
import { squash } from '../text';
import { normalizeDate } from './dates';

/** Where the story is, most specific first: the comments and sidebars around it are not its closing. */
const STORY = ['[itemprop~="articleBody"]', 'article', 'main'];
/** A short first line ending in a comma: the address of a letter. */
const ADDRESS = /^[^,.!?]{3,40},$/u;
/** One to three capitalized words and nothing else: no closing punctuation ("Guten Appetit!"), no "@". */
const SIGNATURE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** The lines a paragraph's <br>s divide, when it holds only text. */
function brokenLines(p: Element): string[] | null {
  if (Array.from(p.children).some((el) => el.localName !== 'br')) return null;
  const lines: string[] = [''];
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType === 1) lines.push('');
    else lines[lines.length - 1] += node.textContent ?? '';
  }
  return lines.map(squash).filter(Boolean);
}

export function letterSignature(doc: Document): string[] {
  const story = STORY.map((selector) => doc.querySelector(selector)).find(Boolean);
  const paragraphs = Array.from(story?.querySelectorAll('p') ?? []);
  if (paragraphs.length < 3 || !ADDRESS.test(squash(paragraphs[0]!.textContent))) return [];
  const closing = brokenLines(paragraphs.at(-1)!);
  if (closing?.length !== 2) return [];
  const [name, date] = closing as [string, string];
  return SIGNATURE.test(name) && date.length <= 30 && /\d{4}/.test(date) && normalizeDate(date) ? [name] : [];
}
