/**
 * The name on the post author's own reply under the post: WordPress marks a comment written by the post's author
 * with the class "bypostauthor", so a blog that prints no byline still names its author where she answers her
 * readers ("Kommentar von <span class=fn>jancak</span>"). Only a last resort after every byline source.
 */
import { squash } from '../text';
import { splitAuthors } from './authors';

/** The commenter's name: hCard's "fn" (WordPress's default comment markup), else the theme's "comment-author" line. */
const COMMENTER = ['.fn', '.comment-author'];
const MAX_NAME = 40;

/** `candidates`: the byline candidates of candidates.ts, which hold every element whose class names an author. */
export function postAuthorComment(candidates: Element[]): string[] {
  const comment = candidates.find((el) => el.classList.contains('bypostauthor'));
  if (!comment) return [];
  for (const selector of COMMENTER) {
    const name = squash(comment.querySelector(selector)?.textContent);
    if (name && name.length <= MAX_NAME) return splitAuthors(name, { allowLowercase: true });
  }
  return [];
}
