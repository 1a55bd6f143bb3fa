/**
 * German "Von:" is "by" on a byline and "from" on a route or a period: a "Nach:" (to) or "Bis:" (until) label after
 * it ("<b>Von:</b> Hamburg Hauptbahnhof <b>Nach:</b> Berlin", "Von: Montag Bis: Freitag") makes it the start of a
 * journey or a time span, and what follows it a station or a day, never an author.
 */
import { squash } from '../text';

/** The label with its colon: a byline "Von Anna Schmidt" has none, so a "Bis: 31.12." or "Nach: dem Urteil" near it is no route. */
const FROM = /^von\s*:/i;
/** "Nach:" as a word of its own, or glued to the station before it where a <br> stood ("HauptbahnhofNach:"). */
const TO_LABEL = /(?:(?:^|[^\p{L}])(?:[Nn]ach|NACH|[Bb]is|BIS)|(?<=\p{Ll})(?:Nach|NACH|Bis|BIS))\s*:/u;
/** A route box is short; a longer block holding the label is the story, and a "Nach:" in it proves nothing. */
const MAX_ROUTE = 200;

/**
 * A text opening with "Von:" opens a route: the element holding it, a block up to two elements up, or the block right
 * after one of them holds a "Nach:" or "Bis:" label ("<div><b>Von:</b> A</div><div><b>Nach:</b> B</div>").
 */
export function opensRoute(text: string, holder: Element): boolean {
  if (!FROM.test(text)) return false;
  for (let up: Element | null = holder, depth = 0; up && depth < 3; up = up.parentElement, depth++) {
    // Raw text is cut before squashing: the block after a label can be the whole story.
    const raw = up.textContent ?? '';
    if (raw.length > 10 * MAX_ROUTE) return false;
    const block = squash(raw);
    if (block.length > MAX_ROUTE) return false;
    if (TO_LABEL.test(block) || TO_LABEL.test(squash((up.nextElementSibling?.textContent ?? '').trimStart().slice(0, 80)).slice(0, 20))) return true;
  }
  return false;
}
