/**
 * The name on the post author's own reply under the post: WordPress marks a comment written by the post's author
 * with the class "bypostauthor", so a blog that prints no byline still names its author where she answers her
 * readers ("Kommentar von <span class=fn>jancak</span>"). Only a last resort after every byline source.
 */
import { squash } from '../text';
import { splitAuthors } from './authors';

/**
 * The commenter's name: hCard's "fn" (WordPress's default comment markup), a <cite> or a link in the theme's
 * "comment-author" line, else that line's text ("<p class=comment-author>MikeNils</p>").
 */
const COMMENTER = ['.fn', 'cite', '.comment-author a', '.comment-author'];
const MAX_NAME = 40;
/** The verb themes print after the name ("Sarah says:", "Sarah sagt:", "Sarah dit :"), and a bare colon. */
const SAYS = /\s*(?:\b(?:says|sagt|dit)\b)?\s*:?\s*$/i;

/** A reader's reply nested in the author's comment ("<ol class=children>"), or a quote in it, names someone else. */
const NOT_THIS_COMMENT = 'blockquote, .children, .bypostauthor';

/** `candidates`: the byline candidates of candidates.ts, which hold every element whose class names an author. */
export function postAuthorComment(candidates: Element[]): string[] {
  const comment = candidates.find((el) => el.classList.contains('bypostauthor'));
  if (!comment) return [];
  for (const selector of COMMENTER) {
    const own = Array.from(comment.querySelectorAll(selector)).find((el) => el.closest(NOT_THIS_COMMENT) === comment);
    const name = squash(own?.textContent).replace(SAYS, '');
    if (name && name.length <= MAX_NAME) return splitAuthors(name, { allowLowercase: true });
  }
  return [];
}
