/**
 * A blog template's lines about the post rather than in it: "This entry was posted in News and tagged … Bookmark the
 * permalink.", "Der Beitrag wurde am Mittwoch, 3. Mai 2017 um 12:00 veröffentlicht.", "Kommentare geschlossen",
 * "(Noch keine Bewertungen)", "War der Artikel nützlich?", "Category : Press Releases", "4 Min Read". The header shows
 * date and author already; these lines sit above or below the story and carry none of it. Found from the text lines:
 * only a line that opens with one of these phrases is looked at in the page.
 */
import { shortAncestors } from '../metadata/text-nodes';

export const POST_META_LINE = /^(this (entry|post) was posted\b|filed under:?\s[^.!?]{0,120}$|(der|dieser) (beitrag|eintrag|artikel) wurde (am|in|unter)\b.{0,150}?\b(veröffentlicht|abgelegt|kategorisiert|gepostet|verfasst)\b|erstellt am:?\s+((\p{L}+,?\s+)?\d.{0,40}$|.{0,150}?\b(abgelegt|veröffentlicht|kategorisiert)\b)|((die )?kommentare (sind )?(geschlossen|deaktiviert)|comments (are )?(closed|off)|keine kommentare|no comments( yet)?)(\s*\(.{0,80}\))?\.?$|\(?noch keine bewertungen\)?|war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)\b|was this (article|post|page) (helpful|useful)\b|valora esta noticia|hier können sie den artikel bewerten|(kategorien?|categor(y|ies))\s*:\s*[^.!?]{0,80}$|\d+\s*min(ute)?s?\s+read$)/iu;

/** Longest line the phrases open: a WordPress "This entry was posted in…" line with its tags and date, a disclaimer. */
export const MAX_LINE = 400;
const LINE_TAGS = /^(P|DIV|SPAN|SMALL|H[2-6]|HEADER|FOOTER|LABEL|STRONG|B|EM)$/;

/**
 * The outermost short element around the text node that the phrase opens, or nearly ("<strong>NOW Grenada</strong> is
 * not responsible…"): a block where the phrase comes later holds more than this line (the end of the story's last
 * sentence) and stops the climb.
 */
export function templateLineAround(node: Text, text: string, root: Element, pattern: RegExp): Element | null {
  let line: Element | null = null;
  for (const { el, text: elText } of shortAncestors(node, 5, MAX_LINE, root)) {
    // A list item is a field of a list ("Kategorie: Erste Versuche" among a photo's "Optik:", "ISO-Zahl:"…), not a line about the post.
    const at = elText.indexOf(text.slice(0, 20));
    if (el.tagName === 'LI' || at < 0 || at > 40) break;
    // The block must read as the note from the phrase on ("24.01.2022 11:38Kategorie: News"): a story sentence can hold
    // the phrase in a link ("The documents, <a>filed under seal</a> last week, show …").
    if (LINE_TAGS.test(el.tagName) && pattern.test(elText.slice(at)) && !el.querySelector('img, picture, video')) line = el;
  }
  return line;
}
