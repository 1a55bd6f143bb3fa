/**
 * Last-resort publication date: the first short line of page text that is a full date
 * ("3. Januar 2020", "March 4, 2019", "26.02.2020"), outside footers, navigation, comments and
 * related-article lists. Short lines only: a date inside a sentence is usually about something else.
 */
import { calendarDay, normalizeDate } from './dates';
import type { NumericOrder } from './numeric-date-order';
import { textLines, type TextLine } from '../page-text';
import { COMMENT_OR_RELATED } from './marked-elements';
import { inSiteHeader } from './site-header';
import { closestInBody } from './text-nodes';

const MAX_LINE = 80;
const HAS_YEAR = /(?:19|20)\d{2}/;
const SIDEBAR_CLASS = '[class*="sidebar"]';
const OTHER_OUTSIDE_STORY = 'footer, nav, aside, [class*="comment"], [id*="comment"], [class*="related"], [id*="sidebar"], [class*="widget"]';
const OUTSIDE_STORY = `${OTHER_OUTSIDE_STORY}, ${SIDEBAR_CLASS}`;

/**
 * The line sits in a footer, navigation, comments, related stories or a sidebar. A "sidebar" class on the block
 * that also holds the headline is the layout's ("content_block right-sidebar"), as is one inside the <article>
 * (a story's own side column with its credits and date): neither puts the line outside the story.
 */
function outsideStory(el: Element): boolean {
  for (let around = closestInBody(el, OUTSIDE_STORY); around; around = around.parentElement && closestInBody(around.parentElement, OUTSIDE_STORY)) {
    const layout = !around.matches(OTHER_OUTSIDE_STORY) && (around.getElementsByTagName('h1').length > 0 || around.closest('article') !== null);
    if (!layout) return true;
  }
  return false;
}

/**
 * A date set in separate elements, one per part ("<span class=monat>Feb</span><span class=tag>18</span>
 * <span class=jahr>2009</span>"): when a text node is only a year, read the short element around it.
 */
function dateInParts(node: Text, text: string, order: NumericOrder): string | null {
  if (!/^(?:19|20)\d{2}$/.test(text)) return null;
  const around = node.parentElement?.parentElement;
  // Parts are often not separated by spaces ("<span>18</span><span>2009</span>").
  const line = around ? Array.from(around.children, (part) => part.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() : '';
  return line.length <= 40 ? normalizeDate(line, order) : null;
}

/**
 * A dateline opening the story's first paragraph: "27.1.2022 - Bei der Erinnerung …", "29.11.2022 – Mehrfach …".
 * Only a numeric date followed by a dash, which is how press releases and small news sites start a story.
 */
const DATED_OPENING = String.raw`(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\s+[-–—]\s+\S`;
const DATELINE = new RegExp(`^${DATED_OPENING}`);

/** A line labelled as the page's last change ("Letzte Änderung: 31.10.2023 - 14:49:39", "Last updated: …", "Última actualización: …"). */
const LAST_CHANGE = /^(?:letzte [äa]nderung|zuletzt (?:ge[äa]ndert|aktualisiert)|last (?:modified|updated|changed)|derni[èe]re mise à jour|[úu]ltima (?:actualizaci[óo]n|atualiza[çc][ãa]o)|ultimo aggiornamento|laatst bijgewerkt)(?!\p{L})/iu;

/** Text lines from an update line to the publication line right below it: a label and its date can be two lines each. */
const PUBLICATION_BELOW_UPDATE = 3;

/**
 * A line opening with a plain update label ("Updated …", "Aktualisiert am …", "Actualizado: …", "Atualizado em …",
 * "Aggiornato il …", "Mis à jour le …"). Unlike a labelled last change it is often the story's only date, so it yields
 * only to a publication line right after it ("Actualizado: 11/05/2022" over "Publicado: 10/05/2022").
 */
const UPDATE_LINE = /^(?:updated|aktualisiert|actualizado|atualizado|aggiornato|mis à jour|bijgewerkt)(?!\p{L})/iu;

/** A short line's date: the publication's when an update line gives it too ("Actualizado: 11/05/2022 | Publicado: 10/05/2022"). */
function shortLineDate(text: string, order: NumericOrder): string | null {
  return (UPDATE_LINE.test(text) ? labelledPublication(text, order) : null) ?? normalizeDate(text, order);
}

/** The page's short date lines outside footers, navigation, comments, related stories, sidebars and the site's header (site-header.ts), in page order. */
function* datedLines(lines: readonly TextLine[], order: NumericOrder): Generator<{ text: string; date: string; at: number }> {
  for (const [at, { node, text }] of lines.entries()) {
    const dateline = text.length > MAX_LINE ? text.match(DATELINE) : null;
    if ((text.length > MAX_LINE && !dateline) || !HAS_YEAR.test(text)) continue;
    const date = (dateline ? normalizeDate(dateline[1]!.replace(/\s/g, ''), order) : shortLineDate(text, order)) ?? dateInParts(node, text, order);
    if (date && !(node.parentElement && (outsideStory(node.parentElement) || inSiteHeader(node.parentElement)))) yield { text, date, at };
  }
}

/**
 * A line labelled as the page's last change is read only when no other line dates the page: a
 * footer often gives it just above "Erschienen am: 01.11.2023". `lines`: the page body's text lines, when the caller
 * has read them already; `order`: how the page writes numeric dates.
 */
export function dateFromText(doc: Document, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : [], order: NumericOrder = 'month-first'): string | null {
  let lastChange: string | null = null;
  let update: { date: string; at: number } | null = null;
  for (const { text, date, at } of datedLines(lines, order)) {
    if (LAST_CHANGE.test(text)) lastChange ??= date;
    else if (UPDATE_LINE.test(text) && !PUBLISHED_LABEL.test(text)) update ??= { date, at };
    else {
      // After an update line only a publication line right below it dates the story; a publication line further
      // down belongs to something else (a book box, an older story's teaser, a sentence about a first edition).
      const publishedBelowUpdate = update && PUBLISHED_LABEL.exec(text)?.index === 0 && at - update.at <= PUBLICATION_BELOW_UPDATE;
      return update && !publishedBelowUpdate ? update.date : date;
    }
  }
  return update?.date ?? lastChange;
}

/** How a story's own dateline opens: "Stand: 28.04.2020 18:00 Uhr", "Stand - 12.11.2021", "05.02.2020 - Redaktion: …". */
const STORY_DATELINE = new RegExp(`^(?:stand\\b|${DATED_OPENING})`, 'i');

/**
 * The page's first date line, when it is shaped as the story's dateline. A bare date line ("Termin" over
 * "05.03.2020") may be an event's date or anything else; a "Stand:" line or a date opening the story with a dash
 * dates the text itself.
 */
export function storyDateline(doc: Document, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : [], order: NumericOrder = 'month-first'): string | null {
  for (const { text, date } of datedLines(lines, order)) return STORY_DATELINE.test(text) ? date : null;
  return null;
}

/** How many text lines under the headline still belong to its block (kicker, byline, date, reading time). */
const HEADLINE_BLOCK_LINES = 4;

/**
 * The date line printed in the headline's block: one of the few short lines right under the page's first <h1>,
 * before the story's first paragraph; or the line right below a standfirst ("<h1>Vanlife in Schweden</h1><p>Der
 * Traum vieler Camping-Fans …</p><div>06.01.2022</div>"). Unlike dateFromText, never a
 * masthead's date of the day above the headline, a sidebar's or a site footer's date, nor a line labelled as a last
 * change ("Last updated: …"), which a page prints whenever its CMS touches it.
 */
export function dateUnderHeadline(doc: Document, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : [], order: NumericOrder = 'month-first'): string | null {
  const h1 = Array.from(doc.body?.getElementsByTagName('h1') ?? []).find((h) => !inMasthead(h));
  if (!h1) return null;
  let at = lines.findIndex(({ node }) => h1.contains(node));
  if (at < 0) return null;
  while (at < lines.length && h1.contains(lines[at]!.node)) at++;
  let label = '';
  let standfirst = false;
  for (const { node, text } of lines.slice(at, at + HEADLINE_BLOCK_LINES)) {
    if (text.length > MAX_LINE) {
      if (standfirst) return null;
      [standfirst, label] = [true, ''];
      continue;
    }
    // Another story's teaser or a comment set right under the headline dates that one, not this one.
    if (node.parentElement && (outsideStory(node.parentElement) || closestInBody(node.parentElement, COMMENT_OR_RELATED))) continue;
    // The label may be an element of its own: "<em>Last Updated:</em> January 7, 2025".
    const date = HAS_YEAR.test(text) && !LAST_CHANGE.test(text) && !LAST_CHANGE.test(label) ? shortLineDate(text, order) : null;
    if (date) return date;
    // After a standfirst only the line right below it: further down are the story's boxes ("Today", "12 March 2023").
    if (standfirst) return null;
    label = text;
  }
  return null;
}

/**
 * A site's logo or name set as an <h1> in its masthead ("<header class=site-header><h1 class=logo>"), or hidden for
 * screen readers: the lines under it are the site's ticker or date of the day, not the story's headline block.
 */
const MASTHEAD = 'nav, [role="banner"], .site-header, .masthead, #masthead, .site-branding, .site-title, .logo, .sr-only, .visually-hidden, .screen-reader-text';
const inMasthead = (h1: Element) => h1.closest(MASTHEAD) !== null;

/**
 * A publication label in a long line ("First published on January 5, 2021 at 10:00 am and last updated …",
 * "Publicado el 10 de mayo de 2022 …"): the date right after it is the publication's, however long the line.
 */
// Letter lookarounds, not \b: \b sees no word boundary after "é" without the u flag ("Publié le").
const PUBLISHED_LABEL = /(?<!\p{L})(?:published|ver[öo]ffentlicht|erschienen|publiziert|publi[ée]e?|publicad[oa]|pubblicat[oa]|gepubliceerd)(?!\p{L})(?:\s+(?:on|am|le|el|em|il|op))?:?\s*/iu;
/** Room for the longest date after the label ("Tuesday 5 January 2021"). */
const LABELLED_DATE_CHARS = 40;

function labelledPublication(text: string, order: NumericOrder): string | null {
  const label = PUBLISHED_LABEL.exec(text);
  return label ? normalizeDate(text.slice(label.index + label[0].length, label.index + label[0].length + LABELLED_DATE_CHARS), order) : null;
}

/**
 * A short line of the page's text gives one of these calendar days ("2019-10-15"), or a longer one gives it after a
 * publication label: the page prints that date somewhere. One walk for all the days: reading every dated line is
 * the cost.
 */
export function printsDay(doc: Document, days: readonly string[], lines: readonly TextLine[] = doc.body ? textLines(doc.body) : [], order: NumericOrder = 'month-first'): boolean {
  return lines.some(({ text }) => HAS_YEAR.test(text) && days.includes(calendarDay((text.length <= MAX_LINE ? shortLineDate(text, order) : labelledPublication(text, order)) ?? '')));
}
