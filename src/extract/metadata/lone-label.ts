/**
 * A byline label set as an element of its own, the name in what follows it: a meta box's heading
 * ("<h4>Autor</h4><p><a>Nikolai Huke</a></p>"), a bold label over the name ("<b>Von:</b><br><br>Götz Warnke"),
 * a "by" above a profile link ("<span>by</span><h3><a>delta201</a></h3>").
 */
import { squash } from '../text';
import { splitAuthors } from './authors';
import { leadingNames } from './labelled-byline';

const BY_WORD = /^(?:by|von|par|door)\s*:?$/i;
const ROLE_WORD = /^(?:autor(?:in|en)?|authors?|auteur(?:\(s\))?|autore|verfasser(?:in)?)\s*(:?)$/i;

/**
 * "by", "von", "par", "door" in any case; a role word with its colon or capitalized ("autor:", "Autor"): a lowercase
 * "author" after a name is that person's role in a list of signatories ("<b>Marie Arana</b>, <span>author</span><br>").
 */
function isLoneLabel(text: string): boolean {
  const role = text.match(ROLE_WORD);
  return BY_WORD.test(text) || (role !== null && (role[1] === ':' || /^\p{Lu}/u.test(text)));
}

/** A profile page's address: "/author/luxurious/", "/profile/142450", "/o_autorze/jd-2908843", "/user/…". */
const PROFILE_HREF = /autor|author|auteur|profil|user|member/i;
const MAX_NAME = 60;
const FORM_PARTS = 'form, button, label, select';

/** A link or a list item: "Authors" in a menu is a way to a list of them, not a label ("<li><a>Autoren</a></li><li><a>Lexikon</a>"). */
const MENU_ITEM = /^(?:A|LI)$/;

/**
 * The label's own element, the outermost of those around it that hold nothing else ("<h4><span>Autor</span></h4>"),
 * or null for a label that is only words of a longer text ("Portrait of Hinepare by <a>Gottfried Lindauer</a>") or a menu item.
 */
function labelBox(node: Text, text: string): Element | null {
  let box: Element | null = null;
  for (let up = node.parentElement, depth = 0; depth < 3 && up && up.tagName !== 'BODY' && squash(up.textContent) === text; depth++, up = up.parentElement) {
    if (MENU_ITEM.test(up.tagName)) return null;
    box = up;
  }
  return box;
}

/** What follows the label, past blank text and line breaks. */
function nextContent(box: Node): Node | null {
  let next = box.nextSibling;
  while (next && ((next.nodeType === 3 && !/\S/.test(next.nodeValue ?? '')) || next.nodeType === 8 || (next.nodeType === 1 && (next as Element).tagName === 'BR'))) next = next.nextSibling;
  return next;
}

/** The names after a label that stands alone, or [] when the text is no lone label or no name follows it. */
export function namesAfterLoneLabel(node: Text, text: string): string[] {
  // "von … bis" beside a search form's date fields is no byline.
  if (text.length > 12 || !isLoneLabel(text) || node.parentElement?.closest(FORM_PARTS)) return [];
  const box = labelBox(node, text);
  let next = box && nextContent(box);
  // A second spelling of the label, one of them hidden on small screens ("Auteur :", "Auteur(s) :").
  while (next && isLoneLabel(squash(next.textContent))) next = nextContent(next);
  const name = squash(next?.textContent);
  if (name.length < 2 || name.length > MAX_NAME) return [];
  if (/\s/.test(name)) return leadingNames(name);
  // A single word is a name only as a link to the person's profile, and then a username counts ("delta201").
  const link = next!.nodeType === 1 ? ((next as Element).tagName === 'A' ? (next as Element) : (next as Element).querySelector('a')) : null;
  return PROFILE_HREF.test(link?.getAttribute('href') ?? '') ? splitAuthors(name, { allowLowercase: true }) : [];
}
