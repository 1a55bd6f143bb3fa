/**
 * A byline label set as an element of its own, the name in what follows it: a meta box's heading
 * ("<h4>Autor</h4><p><a>Nikolai Huke</a></p>"), a bold label over the name ("<b>Von:</b><br><br>Götz Warnke"),
 * a "by" above a profile link ("<span>by</span><h3><a>delta201</a></h3>").
 */
import { squash } from '../text';
import { CAPITALIZED_NAME, splitAuthors } from './authors';
import { ownLink } from './candidates';
import { leadingNames } from './labelled-byline';
import { inPageFooter, OTHER_STORIES } from './marked-elements';
import { closestInBody } from './text-nodes';

/** "by" alone or after a publishing verb ("Published By" over an author card). */
const BY_WORD = /^(?:(?:published|written|posted)\s+)?(?:by|von|par|door)\s*:?$/i;
const ROLE_WORD = /^(?:autor(?:in|en)?|authors?|auteur(?:\(s\))?|autore|verfasser(?:in)?)\s*(:?)$/i;

/**
 * "by", "von", "par", "door" in any case; a role word with its colon or capitalized ("autor:", "Autor"): a lowercase
 * "author" after a name is that person's role in a list of signatories ("<b>Marie Arana</b>, <span>author</span><br>").
 */
function isLoneLabel(text: string): boolean {
  const role = text.match(ROLE_WORD);
  return BY_WORD.test(text) || (role !== null && (role[1] === ':' || /^\p{Lu}/u.test(text)));
}

/** A profile page's address: "/author/luxurious/", "/profile/142450", "/o_autorze/jd-2908843", "/staff/uriel-gadessaud/", "/user/…". */
const PROFILE_HREF = /autor|author|auteur|profil|\/staff\/|\/users?\/(?!settings|login|account|register)|member/i;
const MAX_NAME = 60;
const FORM_PARTS = 'form, button, label, select';
/**
 * A term and its value in an info box or a table: a review's "<dt>Autor</dt><dd>Daniel Kehlmann</dd>" names the
 * book's author, a timetable's "<td>Von</td><td>Hamburg Hauptbahnhof</td>" a station. Unless the value links to the
 * person's profile on the site: a story's own credits box ("<dt>Auteur</dt><dd><a href=/fr/staff/uriel-gadessaud/>").
 */
const TABLE_CELLS = 'dt, dd, th, td, li';
const HEADING = /^H[1-6]$/;

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

/** A profile link's own words for where it leads: "View profile for Inga Hoeltmann", "Posts by Jessica Holly". */
const PROFILE_LINK_LABEL = /\bprofile?\b|^posts\s+by\b/i;

const leadsToProfile = (link: Element) => PROFILE_HREF.test(link.getAttribute('href') ?? '') || PROFILE_LINK_LABEL.test(link.getAttribute('aria-label') ?? link.getAttribute('title') ?? '');

/** The name is, or holds, a link to a profile page ("<h3><a href=/profile/142450>delta201</a></h3>"). */
function linksToProfile(next: Node): boolean {
  if (next.nodeType !== 1) return false;
  const link = ownLink(next as Element);
  return link !== null && leadsToProfile(link);
}

/** A link of the card that is no co-author's name: "All Posts", "See All Authors", "RSS", "Twitter", a follow button. */
const CARD_LINK_WORDS = /\b(?:all|see|view|more|posts?|authors?|profile|follow|feed|rss)\b/i;
/** Another role than the writer's credited in the card: "Edited by <a>Mark Roe</a>". */
const OTHER_ROLE_BEFORE = /\b(?:edited|reviewed|fact-checked|checked|photos?|photographs?|illustrat\w*|translated)\s+by\s*:?\s*$/i;

/**
 * The names of an author card's profile links, not its bio, its job title or its follow button: the first link's
 * name (a username counts), then each further one that reads as a person's full name, leads to a profile of its own
 * (not the first one's feed or archive) and is not credited with another role.
 */
function profileLinkNames(card: Node): string[] {
  if (card.nodeType !== 1) return [];
  const links = [...(card as Element).querySelectorAll('a')].filter(leadsToProfile);
  const seen: string[] = [];
  return links.flatMap((link, i) => {
    const name = squash(link.textContent);
    const href = link.getAttribute('href') ?? '';
    let prev = link.previousSibling;
    while (prev && !squash(prev.textContent)) prev = prev.previousSibling;
    const before = squash(prev?.textContent);
    const further = i > 0 && (!CAPITALIZED_NAME.test(name) || CARD_LINK_WORDS.test(name) || seen.some((h) => h && href.startsWith(h)) || OTHER_ROLE_BEFORE.test(before));
    seen.push(href);
    return further ? [] : splitAuthors(name, { allowLowercase: i === 0 });
  });
}

/** Names that are all of the text, bar separators ("Nikolai Huke ,"), not the start of a longer one ("Hamburg Hauptbahnhof nach Berlin"). */
function wholeNames(text: string): string[] {
  const names = leadingNames(text);
  let rest = text;
  for (const name of names) rest = rest.replace(name, ' ');
  return /[\p{L}\p{N}]/u.test(rest.replace(/\b(?:und|and|et|en)\b/g, ' ')) ? [] : names;
}

/**
 * A label that only a profile link vouches for: a "von" or "by" with no colon heads a price, a route, an offer or a
 * sort order as often as a name ("<span>von</span><span>Berlin Tegel</span>", "<span>By</span><span>Category
 * Archives</span>"), and a heading on either side is a section's title ("<h3>By</h3><p>Region North America</p>").
 * "Von:" with its colon is a byline's label.
 */
function needsProfileLink(text: string, box: Element, next: Node): boolean {
  return (BY_WORD.test(text) && (/^\p{Ll}/u.test(text) || !text.endsWith(':'))) || HEADING.test(box.tagName) || (next.nodeType === 1 && HEADING.test((next as Element).tagName));
}

/** The names after a label that stands alone, or [] when the text is no lone label or no name follows it. */
export function namesAfterLoneLabel(node: Text, text: string): string[] {
  const parent = node.parentElement;
  // "von … bis" beside a search form's date fields is no byline; nor is a label in a comment, another story's teaser or the site's footer.
  if (text.length > 12 || !isLoneLabel(text) || !parent || parent.closest(FORM_PARTS)) return [];
  if (closestInBody(parent, OTHER_STORIES) || inPageFooter(parent)) return [];
  const box = labelBox(node, text);
  let next = box && nextContent(box);
  // A second spelling of the label, one of them hidden on small screens ("Auteur :", "Auteur(s) :").
  while (next && isLoneLabel(squash(next.textContent))) next = nextContent(next);
  if (!next) return [];
  const profile = linksToProfile(next);
  const name = squash(next.textContent);
  // An author card under the label: the names are its profile links', beside a photo, a bio and a follow button.
  if (profile && name.length > MAX_NAME) return profileLinkNames(next);
  if (name.length < 2 || name.length > MAX_NAME) return [];
  // In a table or a term list only a role word over a profile link credits the story ("<dt>Auteur</dt><dd><a href=/staff/…>"):
  // a "von"/"by" cell beside a user's link is a forum's or a shop's listing.
  if (parent.closest(TABLE_CELLS) && (!profile || BY_WORD.test(text))) return [];
  if (!profile && needsProfileLink(text, box!, next)) return [];
  if (/\s/.test(name)) return wholeNames(name);
  // A single word is a name only as a link to the person's profile, and then a username counts ("delta201").
  return profile ? splitAuthors(name, { allowLowercase: true }) : [];
}
