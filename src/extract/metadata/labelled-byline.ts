/**
 * A byline label inside a short meta line rather than at its start: "Posted on September 21, 2020 by NAME",
 * "yas! | By NAME | April 13, 2020", "05.02.2020 - Redaktion: NAME (Pressesprecher)", "Geschrieben von NAME am
 * 25.08.2015", "Gespeichert von NAME am 24. Juli 2017", "Auteur : NAME". A label counts only where a byline can
 * start: at the start of the line, after a separator, a date or a time, or after a publishing verb ("Posted in
 * News by …"); "Ein Projekt von NAME" or "Fotos von NAME" in running text are not bylines. A role word without
 * its colon ("Autoren NAME und NAME") counts only when the names fill the line.
 */
import { splitAuthors } from './authors';

/** "Written by", "Geschrieben von", "Gespeichert von" (Drupal's "Submitted by"), "Publié par"…: the verb says it is the author. */
const VERB = String.raw`(?:written|posted|submitted|published|geschrieben|verfasst|gespeichert|erstellt|eingestellt|veröffentlicht|écrit|publié|escrito|publicado|scritto|pubblicato)`;
const BY = String.raw`(?:by|von|par|por|door)`;
/** A credit for the words and the pictures ("Text & Fotos:", "Text und Bilder:"): whoever it names wrote the story; "Fotos:" alone does not. */
const TEXT_AND_PICTURES = String.raw`(?:text|texte|words)\s*(?:&|\+|/|und|and|et|y)\s*(?:fotos?|photos?|bilder?|pictures|images?)`;
const ROLE = String.raw`(?:autor(?:in|en)?|author|auteur|autore|redaktion|verfasser(?:in)?|${TEXT_AND_PICTURES})`;
const LABEL = new RegExp(String.raw`(?:\b${VERB}\s+${BY}\b\s*:?|\b${BY}\b\s*:?|\b${ROLE}\s*:)\s*`, 'gi');
/** The label words alone, a quick test that lets most text nodes through without the full pattern. */
const LABEL_WORD = /by|von|par|por|door|aut|redaktion|verfasser|text|words/i;
const VERB_LABEL = new RegExp(`^${VERB}`, 'i');

/** What may stand before a label: a separator, a year, a time, or a publishing verb's phrase ("Posted in News"). */
const SEPARATOR_BEFORE = /(?:[|·•–—-]|(?:19|20)\d{2}|\d{1,2}[:.]\d{2}(?:\s*uhr)?)$/i;
const PUBLISHING_PHRASE = /^(?:posted|submitted|published|filed|veröffentlicht|gepostet|publié|publicado)\b.{0,50}$/i;
/**
 * An interview's credit ("Ein Interview von NAME mit GUEST"): the interviewer wrote it, and the guest after "mit" is
 * no author. Not "Kommentar von NAME", the line over each reader's comment; and only here does "mit" end a name:
 * "Von PUBLIC VOICE mit osAlliance zur ALLMENDA" is a history, not a byline.
 */
const INTERVIEW_BY = /^(?:ein|an)\s+interview$/i;
/** The guest's name ends the credit: "… mit Peter Müller erschien gestern im Spiegel" is a sentence about an interview. */
const INTERVIEW_GUEST = /\s+(?:mit|with)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[.:]?$/u;

// Name words: capitalized words and the particles of names (de, van, von der…), joined by "and"/"und"/commas.
const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PARTICLE = String.raw`(?:de|da|di|van|von|der|den|del|la|le|du|dos)`;
export const ONE_NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE}))*`;
const JOINER = String.raw`(?:\s*,\s*|\s*&\s*|\s+(?:and|und|et|y|e)\s+)`;
const NAMES = String.raw`${ONE_NAME}(?:${JOINER}${ONE_NAME})*`;
/**
 * Where a name ends: the line's end, a separator, "on/am/le + date", a parenthesis, a slash, a digit, or the next
 * label of a meta line ("Autor: NAME Tags: …", "Autor: NAME Quelle: …").
 */
const NAME_END = String.raw`(?=$|\s*[,|•·–—(/;]|\s+[-–—]|\s+(?:on|am|le|el|il|um|at|à|in|im|the|for|für|under)\b|\s*\d|\s+\p{Lu}\p{L}*\s*:)`;
/** A capitalized handle ending in a number ("von Marianne1 am 20.09.2020"): the name is the whole word. */
const NUMBERED_HANDLE = String.raw`\p{Lu}\p{L}{2,}\d{1,4}`;
const NAMES_AFTER_LABEL = new RegExp(String.raw`^(${NUMBERED_HANDLE}(?=\s|$)|${NAMES})${NAME_END}`, 'u');
/** A blog username after a publishing verb's label ("Posted in Datenschutz by damianduchamps on August 3, 2019"). */
const USERNAME_AFTER_LABEL = new RegExp(String.raw`^([\p{Ll}\p{N}][\p{L}\p{N}._-]{2,29})${NAME_END}`, 'u');
/** A line that is only "Autoren NAME und NAME": the role word without a colon, so the names must fill the line. */
const ROLE_LINE = new RegExp(String.raw`^(?:Autor(?:en|in|innen)?|Authors?|Auteurs?|Autores?|Autori)\s+(${NAMES})$`, 'u');

function labelMayStandAfter(before: string, label: string): boolean {
  const prefix = before.trim();
  return !prefix || SEPARATOR_BEFORE.test(prefix) || PUBLISHING_PHRASE.test(prefix) || INTERVIEW_BY.test(prefix) || (VERB_LABEL.test(label) && prefix.length <= 60);
}

/**
 * A short text holds a label where a byline can start, judged on the text alone: the test run on every short
 * text node, so that the elements around one are read only for a likely byline ("| By ", "Geschrieben von ").
 */
export function hasBylineLabel(text: string): boolean {
  if (!LABEL_WORD.test(text)) return false;
  if (ROLE_LINE.test(text)) return true;
  for (const m of text.matchAll(LABEL)) if (labelMayStandAfter(text.slice(0, m.index), m[0])) return true;
  return false;
}

/** The text ends with a label where a byline can start, its name set in the next element ("Gespeichert von <span>…"). */
export function endsWithLabel(text: string): boolean {
  for (const m of text.matchAll(LABEL)) {
    if (m.index! + m[0].length === text.length && labelMayStandAfter(text.slice(0, m.index), m[0])) return true;
  }
  return false;
}

/** The authors a labelled meta line names, or [] when no label in it stands where a byline can start. */
export function namesInLabelledLine(line: string): string[] {
  if (line.length > 160) return [];
  const roleLine = line.match(ROLE_LINE);
  if (roleLine) return splitAuthors(roleLine[1]);
  for (const m of line.matchAll(LABEL)) {
    const before = line.slice(0, m.index);
    if (!labelMayStandAfter(before, m[0])) continue;
    const rest = line.slice(m.index! + m[0].length);
    const interview = INTERVIEW_BY.test(before.trim());
    if (interview && !INTERVIEW_GUEST.test(rest)) continue;
    const after = interview ? rest.replace(INTERVIEW_GUEST, '') : rest;
    const names = leadingNames(after);
    const authors = names.length ? names : publishedBy(before, m[0]) ? usernameIn(after) : [];
    if (authors.length) return authors;
  }
  return [];
}

/** The capitalized names a text opens with, up to where a name ends ("Nikolai Huke, …"; not "Hamburg Hauptbahnhof nach Berlin"). */
export function leadingNames(text: string): string[] {
  const names = text.match(NAMES_AFTER_LABEL);
  return names ? splitAuthors(names[1]) : [];
}

/** "Posted by …", "Veröffentlicht von …": a line that opens with a publishing verb. */
export function opensWithPublishingVerb(text: string): boolean {
  return VERB_LABEL.test(text) || PUBLISHING_PHRASE.test(text);
}

/** The label follows a publishing verb ("Posted by", "Posted in News by"), which vouches for a lowercase username after it. */
function publishedBy(before: string, label: string): boolean {
  return VERB_LABEL.test(label) || PUBLISHING_PHRASE.test(before.trim());
}

function usernameIn(text: string): string[] {
  const m = text.match(USERNAME_AFTER_LABEL);
  return m ? splitAuthors(m[1], { allowLowercase: true }) : [];
}
