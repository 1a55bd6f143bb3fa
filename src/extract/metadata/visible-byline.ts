/**
 * Authors and dates a reader can see on the page: byline elements (class, itemprop, rel=author),
 * <time> elements and byline sentences such as "Written by NAME on March 4, 2019" or "By A and B".
 */
import { squash } from '../text';
import { splitAuthors, uniqueNames } from './authors';
import { normalizeDate } from './dates';
import type { NumericOrder } from './numeric-date-order';
import { collectCandidates, type MetadataCandidates } from './candidates';
import { addressDisplayName } from './address-display-name';
import { copyrightHolder } from './copyright';
import { datedNameLine } from './dated-name-line';
import { opensRoute } from './from-to-label';
import { deskCredit, deskInDateline } from './desk-credit';
import { sourceCredit } from './source-credit';
import { endsWithLabel, hasBylineLabel, namesInLabelledLine, opensWithPublishingVerb } from './labelled-byline';
import { inImageCredit } from './image-credit';
import { listedCoauthors } from './listed-coauthors';
import { namesAfterLoneLabel } from './lone-label';
import { AUTHOR_LINK, BYLINE, COMMENT_OR_RELATED, DATE_ELEMENTS, inPageFooter, OTHER_STORIES, type ElementTest } from './marked-elements';
import { inSiteHeader } from './site-header';
import { closestInBody, lineAround, shortAncestors } from './text-nodes';
import { isAccountName } from './account-names';
import { textLines, type TextLine } from '../page-text';

export interface VisibleByline {
  authors: string[];
  /** The authors were read from a sentence in the text ("von NAME"), not from an element marked as a byline. */
  fromSentence: boolean;
  published: string | null;
  /** The date was read from a <time> element or an itemprop or RDFa date (see ElementDate). */
  publishedMarked: boolean;
  /** The byline element itself, so later steps can keep it out of the body. */
  element: Element | null;
  /** The person a copyright line names, for pages with no byline at all (see copyright.ts). */
  copyrightHolder: string[];
  /** A byline element that credits a desk or an agency ("By Staff Writer"), for pages that name no person (see desk-credit.ts). */
  desk: string | null;
  /** The source a "Quelle:" or "Herausgeber:" line credits, for pages that name no author at all (see source-credit.ts). */
  source: string | null;
}

/**
 * Bare links to an author's archive page serve themes that put no class on the byline; they are a
 * byline only when they all name one person: lists of other stories link
 * each story's author too ("Most read: … Robert Fisk").
 */
function oneAuthorLinked(candidates: Element[]): boolean {
  // The name as the link words it: "Martin Junker" and "Alles von Martin Junker" link the same person.
  const nameIn = (link: Element) => (splitAuthors(squash(link.textContent), { allowLowercase: true })[0] ?? squash(link.textContent)).toLowerCase();
  const names = new Set(candidates.filter(AUTHOR_LINK[1]).map(nameIn));
  return names.size === 1;
}

/** "Written by NAME on DATE", "By NAME | DATE", "By A and B", and labelled lines: "Autor: NAME", "Text: NAME". */
// Case is spelled out by hand: with the i flag, \p{Lu} would match lower-case words too.
export const BYLINE_SENTENCE = /^(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ww]ords|[Ss]tory|(?:[Ee]in\s+)?(?:[Bb]log\s+|[Gg]ast)?(?:[Bb]eitrag|[Aa]rtikel|[Tt]ext|[Pp]ost))?\s*(?:(?:[Bb][Yy]|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor)\s*:?|(?:[Aa]utor(?:in)?|AUTOR|[Aa]uthor|AUTHOR|[Aa]uteur|[Tt]ext)\s*:)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|del|la|le|and|&|,)){0,8})(?:(?:\s*(?:,|\||•|·|–|—|-)\s*|\s+(?:on|am|le|el)\s+)(.{4,60}))?$/u;

/** The first `max` candidates passing `test`, tested one at a time as the caller asks: callers stop at the first that answers. */
function* firstMatching(candidates: Element[], test: ElementTest, max: number): Generator<Element> {
  let found = 0;
  for (const el of candidates) {
    if (found === max) return;
    if (test(el)) {
      found++;
      yield el;
    }
  }
}

/** Names a byline may hold that name no person: the publication itself ("By The Planetary Press"). */
export type NotAPerson = (name: string) => boolean;

const MAX_BYLINE = 150;

interface ElementByline {
  authors: string[];
  element: Element | null;
  desk: string | null;
  /** A display name that is the blog's own address (address-display-name.ts): shown only when no line names a person. */
  address: { name: string; element: Element } | null;
}

export function fromElements(candidates: Element[], notAPerson: NotAPerson = () => false): ElementByline {
  const test: ElementTest = oneAuthorLinked(candidates) ? (el) => BYLINE[1](el) || AUTHOR_LINK[1](el) : BYLINE[1];
  let desk: string | null = null;
  let address: ElementByline['address'] = null;
  for (const el of firstMatching(candidates, test, 30)) {
    // An <h1> is the headline or the site's title, even where a theme marks it up as the owner's hCard ("<h1 class="vcard author">Krimiblog-Archiv</h1>").
    if (el.localName === 'h1' || closestInBody(el, OTHER_STORIES) || inPageFooter(el) || inTeaserLink(el) || inImageCredit(el)) continue;
    const { text, names } = namesInElement(el, notAPerson);
    if (names.length) return { authors: namesOfInnerByline(el, names, candidates, test, notAPerson), element: el, desk, address };
    const name: string | null = text && !address ? addressDisplayName(el) : null;
    if (name) address = { name, element: el };
    if (text) desk ??= deskCredit(text);
  }
  return { authors: [], element: null, desk, address };
}

/** The names a byline element holds, and its text as a reader hears it (null when too long or a sentence). */
function namesInElement(el: Element, notAPerson: NotAPerson): { text: string | null; names: string[] } {
  const plain = squash(el.textContent);
  // Setting a hidden label apart only adds spaces: a text too long for a byline stays too long, and looking
  // for the label inside a long container (a class naming "author" can wrap the whole post) costs the most.
  if (plain.length > MAX_BYLINE) return { text: null, names: [] };
  const text = bylineText(el, plain);
  if (!text || text.length > MAX_BYLINE || readsAsSentence(text)) return { text: null, names: [] };
  // rel=author, itemprop=author and hCard's "fn" (formatted name) name a person by markup, so a lowercase username counts.
  const marked = el.matches('[rel~="author"], [itemprop~="author"], [itemprop~="name"], a[href*="/author/"], .vcard, .fn') || Boolean(el.querySelector('a[rel~="author"], a[href*="/author/"], .fn'));
  return { text, names: splitAuthors(text, { allowLowercase: marked }).filter((name) => !notAPerson(name)) };
}

/**
 * An author box also holds the date and a reading time, which glue onto the last name ("… y José Miguel
 * WilsonHace 13 horas"): a byline element inside it that names the same people and more is read instead.
 */
function namesOfInnerByline(box: Element, names: string[], candidates: Element[], test: ElementTest, notAPerson: NotAPerson): string[] {
  for (let i = candidates.indexOf(box) + 1; i < candidates.length && box.contains(candidates[i]!); i++) {
    const inner = candidates[i]!;
    if (!test(inner)) continue;
    const more = namesInElement(inner, notAPerson).names;
    if (more.length > names.length && names.every((name) => more.includes(name))) return more;
  }
  return names;
}

/**
 * A teaser card wraps another story's headline, summary and byline in one link ("<a href=/jung-cool-blasmusik>…
 * <span class=media-box__article__autor>Von Clara Müller</span></a>"): that byline is the other story's. A link
 * to the author's profile is the author's card, however long the bio it holds.
 */
function inTeaserLink(el: Element): boolean {
  let link = el.parentElement;
  while (link && link.localName !== 'a') link = link.parentElement;
  return link !== null && !AUTHOR_LINK[1](link) && (link.textContent ?? '').length > (el.textContent ?? '').length + 60;
}

/** Text only screen readers get: WordPress's "<span class=screen-reader-text>Author</span><a>NAME</a>". */
const SCREEN_READER_ONLY = '.screen-reader-text, .sr-only, .visually-hidden, .visuallyhidden, .screenreader, [class*="sr-only"]';

/**
 * A byline element's text as a reader hears it, a hidden label set apart from the name it sits against with no
 * space ("Author" + "Andreas Kalt", not "AuthorAndreas Kalt").
 */
function bylineText(el: Element, plain: string): string {
  if (!el.querySelector(SCREEN_READER_ONLY)) return plain;
  const clone = el.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll(SCREEN_READER_ONLY)) hidden.replaceWith(` ${hidden.textContent ?? ''} `);
  return squash(clone.textContent);
}

/**
 * An author box's bio, not a byline: a sentence of a dozen words or more ("Hallo, ich bin Lena und schreibe hier
 * seit …."). A byline listing several names with their roles stays shorter.
 */
function readsAsSentence(text: string): boolean {
  return /[.!?]$/.test(text) && text.split(' ').length >= 12;
}

/** Where a byline sentence can start: "By", "Written by", "Von", "Par", "Autor:"… at the start of a text node. */
const BYLINE_START = /^(?:(?:(?:written|posted|reported|words|story|(?:ein\s+)?(?:blog\s+|gast)?(?:beitrag|artikel|text|post))\s+)?(?:by|von|par|por|door)\b|(?:autor(?:in)?|author|auteur|text)\s*:)/i;
const SENTENCE_TAGS = /^(P|DIV|SPAN|ADDRESS|H4|H5|H6|LI|SMALL|TD|BYLINE)$/;
/** Meta lines are short; a label inside a longer text node is prose ("… was written by …"). */
const MAX_LABELLED_NODE = 140;

type BylineSentence = Omit<VisibleByline, 'copyrightHolder' | 'fromSentence' | 'desk' | 'source' | 'publishedMarked'>;

/**
 * A username set in its own element right after a label ("Gespeichert von <span class=username>rasos</span>",
 * "Verfasst von: <strong>mitundvoneinander</strong>"): the markup sets it apart as a name, so lowercase counts.
 */
function nameElementAfterLabel(node: Text, text: string): string[] {
  const next = node.nextSibling;
  if (!next || next.nodeType !== 1 || !endsWithLabel(text)) return [];
  const name = squash(next.textContent);
  return /^\S{2,30}$/.test(name) ? splitAuthors(name, { allowLowercase: true }) : [];
}

/** Tags that end a line of text inside a long block: a byline set as "<br>Autor: <a>Rechtsanwalt</a> NAME</div>". */
const LINE_BREAK = /^(?:BR|P|DIV|UL|OL|LI|H[1-6]|TABLE|SECTION|ARTICLE|ASIDE|FIGURE|BLOCKQUOTE)$/;
const MAX_LINE_AFTER_LABEL = 100;

/**
 * A text node ending in a label, with what follows it up to the next line break: the line a long block sets its
 * byline in, when every element around the label also holds the story.
 */
function lineAfterLabel(node: Text, text: string): string {
  if (!endsWithLabel(text)) return '';
  let line = text;
  for (let next = node.nextSibling; next && line.length <= MAX_LINE_AFTER_LABEL; next = next.nextSibling) {
    if (next.nodeType === 1 && LINE_BREAK.test((next as Element).tagName)) break;
    line += next.textContent ?? '';
  }
  return line.length <= MAX_LINE_AFTER_LABEL ? squash(line) : '';
}

/**
 * The name set right after a label element ("<span class=label>Autor:</span> Fritz Imhof<span class=label>Quelle:</span>"):
 * the line's text glues the name to the next label ("Fritz ImhofQuelle:"), the text node after the label does not.
 */
function nameAfterLabelElement(node: Text, text: string): string[] {
  const label = node.parentElement;
  const next = label?.nextSibling;
  if (!next || next.nodeType !== 3 || squash(label!.textContent) !== text || !endsWithLabel(text)) return [];
  const name = squash(next.nodeValue);
  // Read as the rest of the labelled line, which ends the name at a slash or a separator ("Peter Maahn/SP-X").
  return name.length <= 60 ? namesInLabelledLine(`${text} ${name}`) : [];
}

/** The line of `el` holding the byline's label, unless the label stands alone on it and the name follows the <br> ("Von:<br><a>NAME</a>"). */
function bylineLine(el: Element, node: Text, full: string): string {
  const line = lineAround(el, node, full);
  return endsWithLabel(line) ? full : line;
}

/** The innermost short line around a text node that names authors after a label in the middle of it. */
function labelledLine(node: Text, text: string, body: HTMLElement, notAPerson: NotAPerson, order: NumericOrder): BylineSentence | null {
  if (text.length > MAX_LABELLED_NODE || !hasBylineLabel(text)) return null;
  const afterLabel = nameAfterLabelElement(node, text).filter((name) => !notAPerson(name));
  if (afterLabel.length) return { authors: afterLabel, published: null, element: node.parentElement!.parentElement };
  for (const { el, text: full } of shortAncestors(node, 3, 160, body)) {
    if (!SENTENCE_TAGS.test(el.tagName) || el.children.length > 6) continue;
    const authors = namesInLabelledLine(bylineLine(el, node, full)).filter((name) => !notAPerson(name));
    // The line that names the author often dates the story too ("Posted on September 21, 2020 by NAME").
    if (authors.length) return { authors, published: normalizeDate(full, order), element: el };
  }
  // The text node alone, when every element around it is longer ("<h2>Title</h2> Posted by NAME under <a>…</a>, <a>…</a>"):
  // only a line opening with a publishing verb, since a bare "by NAME" node ends many a footer credit ("Theme: X by NAME").
  const own = opensWithPublishingVerb(text) ? namesInLabelledLine(text).filter((name) => !notAPerson(name)) : [];
  if (own.length) return { authors: own, published: null, element: node.parentElement };
  const inLine = namesInLabelledLine(lineAfterLabel(node, text)).filter((name) => !notAPerson(name));
  if (inLine.length) return { authors: inLine, published: null, element: node.parentElement };
  const username = nameElementAfterLabel(node, text).filter((name) => !notAPerson(name));
  return username.length ? { authors: username, published: null, element: node.parentElement } : null;
}

/** A label standing alone, the name after it (lone-label.ts). */
function loneLabel(node: Text, text: string, notAPerson: NotAPerson): BylineSentence | null {
  const authors = namesAfterLoneLabel(node, text).filter((name) => !notAPerson(name));
  return authors.length ? { authors, published: null, element: node.parentElement } : null;
}

/** A line that is only a date and a name ("11.12.2019 - Amelie Loevenich"). */
function datedLine(node: Text, text: string, notAPerson: NotAPerson, order: NumericOrder): BylineSentence | null {
  const dated = datedNameLine(text);
  const authors = dated?.authors.filter((name) => !notAPerson(name)) ?? [];
  return authors.length ? { authors, published: normalizeDate(dated!.date, order), element: node.parentElement } : null;
}

interface SentenceWalk {
  byline: BylineSentence | null;
  copyright: string[];
  /** The first line crediting a desk or an agency ("Von: det/dpa", "Hamburg (dpa/lno) – …"), when no line names a person. */
  desk: string | null;
  /** The first "Quelle:" line's credit, when no line names a person. */
  source: string | null;
}

/**
 * A byline sentence, else (no line reading as one) the person a copyright line names or a desk a line credits.
 * `lines`: the page body's text lines, when the caller has read them already; `order`: how the page writes numeric dates.
 */
export function fromSentences(doc: Document, notAPerson: NotAPerson = () => false, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : [], order: NumericOrder = 'month-first'): SentenceWalk {
  const body = doc.body;
  let copyright: string[] = [];
  let desk: string | null = null;
  let source: string | null = null;
  if (!body) return { byline: null, copyright, desk, source };
  // A lone label anywhere on the page is only the last resort: a flight search's "<span>Von</span><span>Berlin Tegel</span>"
  // in the header must not beat the "Von Anna Berg" under the headline.
  let lone: BylineSentence | null = null;
  // A line naming only a CMS account ("Gespeichert von human") yields to a later one naming the person ("Blog Beitrag von Margarita Koreneva").
  let account: BylineSentence | null = null;
  for (const { node, text } of lines) {
    if (!copyright.length) copyright = copyrightHolder(text);
    if (opensRoute(text, node.parentElement!)) continue;
    const byline = bylineSentenceAt(node, text, body, notAPerson, order) ?? labelledLine(node, text, body, notAPerson, order) ?? datedLine(node, text, notAPerson, order);
    if (byline && !byline.authors.every(isAccountName)) {
      // Comments and other stories' boxes print the same "Submitted by" lines: not who the account stands for.
      if (!account || !closestInBody(node.parentElement!, OTHER_STORIES)) return { byline, copyright, desk: null, source: null };
      continue;
    }
    if (byline) account ??= byline;
    if (account) continue;
    lone ??= loneLabel(node, text, notAPerson);
    desk ??= (BYLINE_START.test(text) ? deskCredit(text) : null) ?? deskInDateline(text);
    source ??= sourceCredit(node, text);
  }
  const fallback = account ?? lone;
  return fallback ? { byline: fallback, copyright, desk: null, source: null } : { byline: null, copyright, desk, source };
}

/** The short element around a text node starting "By …" that reads as a byline sentence ("By <a>Name</a> on <time>"). */
function bylineSentenceAt(node: Text, text: string, body: HTMLElement, notAPerson: NotAPerson, order: NumericOrder): BylineSentence | null {
  if (!BYLINE_START.test(text)) return null;
  let best: { el: Element; m: RegExpMatchArray } | null = null;
  for (const { el, text: full } of shortAncestors(node, 4, 140, body)) {
    if (!SENTENCE_TAGS.test(el.tagName) || el.children.length > 4 || full.length < 6) continue;
    const m = bylineLine(el, node, full).match(BYLINE_SENTENCE);
    // The innermost line that reads as a byline, widened only to pick up a date ("By <a>Name</a> on <time>").
    if (m && (!best || (m[2] && !best.m[2] && m[1] === best.m[1]))) best = { el, m };
  }
  if (!best) return null;
  const [line, names, rest] = best.m as unknown as [string, string, string | undefined];
  const coauthors = rest && /^\s*,/.test(line.slice(line.indexOf(names) + names.length)) ? listedCoauthors(rest) : [];
  const authors = [...splitAuthors(names), ...coauthors].filter((name) => !notAPerson(name));
  return authors.length ? { authors, published: coauthors.length ? null : normalizeDate(rest, order), element: best.el } : null;
}

/** A date element's date, and whether markup dates the story on purpose: a <time> element, an itemprop or RDFa date. */
export interface ElementDate {
  date: string;
  marked: boolean;
}

export function fromTimeElements(candidates: Element[], order: NumericOrder = 'month-first'): ElementDate | null {
  for (const [, test] of DATE_ELEMENTS) {
    for (const el of firstMatching(candidates, test, 5)) {
      if (closestInBody(el, COMMENT_OR_RELATED) || inPageFooter(el) || inSiteHeader(el)) continue;
      // An attribute is the CMS's spelling, month first whatever the page's language (numeric-date-order.ts).
      const attribute = el.getAttribute('datetime') ?? el.getAttribute('content');
      const date = attribute !== null ? normalizeDate(attribute) : normalizeDate(el.textContent, order);
      if (date) return { date, marked: el.localName === 'time' || el.hasAttribute('itemprop') || el.hasAttribute('property') };
    }
  }
  // Any other short element whose class says date/time/posted ("entry-meta", "posted-on", "content__meta__date").
  for (const el of candidates) {
    if (el.children.length > 6 || closestInBody(el, COMMENT_OR_RELATED) || inPageFooter(el) || inSiteHeader(el)) continue;
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    const text = attr ?? squash(el.textContent);
    if (text.length > 120) continue;
    const date = normalizeDate(text, attr === null ? order : 'month-first');
    if (date) return { date, marked: false };
  }
  return null;
}

/**
 * `lines`: the page body's text lines, and `candidates`: its byline and date elements (candidates.ts), when the
 * caller has read them already (readMetadata reads the page a second time when the first byline names the site);
 * `order`: how the page writes numeric dates (numeric-date-order.ts).
 */
export function readVisibleByline(doc: Document, notAPerson?: NotAPerson, lines?: readonly TextLine[], candidates: MetadataCandidates = collectCandidates(doc), order: NumericOrder = 'month-first'): VisibleByline {
  const element = fromElements(candidates.byline, notAPerson);
  const time = fromTimeElements(candidates.date, order);
  // A byline element and a dated element answer all the sentence walk could (a copyright holder only
  // counts when no byline names anyone), and that walk reads the whole page when it finds no sentence.
  const { byline: sentence, copyright, desk, source } = element.authors.length && time ? { byline: null, copyright: [], desk: null, source: null } : fromSentences(doc, notAPerson, lines, order);
  const named = element.authors.length ? element.authors : (sentence?.authors ?? []);
  const authors = uniqueNames(named.length || !element.address ? named : [element.address.name]);
  return {
    authors,
    fromSentence: !element.authors.length && named.length > 0,
    published: time?.date ?? sentence?.published ?? null,
    publishedMarked: time?.marked ?? false,
    element: element.element ?? sentence?.element ?? (named.length ? null : (element.address?.element ?? null)),
    copyrightHolder: copyright,
    desk: element.desk ?? desk,
    source,
  };
}
