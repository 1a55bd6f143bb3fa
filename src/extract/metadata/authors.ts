/** Cleans author strings into a list of person names; rejects URLs, e-mails and desk names. */
import { plainTitle } from '../title';

/** A name with a word of a desk's or an account's name in it ("Admin Team", "Technology Editor"): no person's. */
export const hasDeskWord = (name: string): boolean => name.split(/\s+/).some((word) => NOT_A_PERSON.test(word));

const NOT_A_PERSON = /^(staff|admin|administrator|editor|editors|editorial( team| staff| board)?|newsroom|news desk|web desk|desk|reuters|ap|afp|associated press|the associated press|agencies|guest|anonymous|unknown|author|autor|autorin|auteur|autore|team|wire|staff reporter|staff writer|by|von|par|por|door|no author|unknown author|kein autor)$/i;
/** "By" in scripts without capital letters: بقلم ("by the pen of") in Arabic and Persian, מאת in Hebrew. */
export const BY_WITHOUT_CAPITALS = String.raw`(?:به\s+)?بقلم|מאת`;
/**
 * What kind of piece the byline credits ("Pressemitteilung von NAME", "Ein Kommentar von NAME", "A column by NAME"):
 * the kind goes with the "von", and the name stays.
 */
const KIND_OF_PIECE = String.raw`(?:(?:ein|eine|a|an)\s+)?(?:press(?:e)?(?:mitteilung|meldung|information|release)|press\s+release|(?:blog\s*|gast)?beitrag|kommentar|kolumne|essay|rezension|reportage|column|commentary|review|op-ed)`;
/** "By" in the languages bylines are written in. */
const BY_PREFIX = new RegExp(String.raw`^(?:written\s+|posted\s+|reported\s+|words\s+|story\s+|${KIND_OF_PIECE}\s+)?(?:by|von|vom|par|por|di|door|av|af|${BY_WITHOUT_CAPITALS})\s*[:\-–—]?\s+`, 'i');
/** A label before the name, often screen-reader text in WordPress bylines ("<span class=screen-reader-text>Author </span>Name"). */
const AUTHOR_LABEL = /^(?:post\s+)?(?:author|autor|autorin|auteur|autore)\s*[:\-–—]?\s+/i;
/**
 * A label glued to the name when a hidden label element sits right before the name's link ("AuthorAndreas Kalt",
 * "Posted byJane Doe", "VonSina Giebel"): the label's last letter is lowercase, the name's first a capital.
 */
const GLUED_LABEL = /^(?:(?:written|posted|geschrieben|verfasst|publié|écrit)\s*(?:by|von|par)|post\s*author|author|autor|autorin|auteur|autore|by|von|par)$/i;
/** The text before the first small-to-capital letter turn of the opening words ("Author|Andreas", "Posted by|Jane"). */
const BEFORE_GLUED_NAME = /^((?:\p{L}+\s+)?\p{L}+?)(?=\p{Lu}\p{Ll})/u;

function withoutGluedLabel(text: string): string {
  const m = text.match(BEFORE_GLUED_NAME);
  return m && GLUED_LABEL.test(m[1]!) ? text.slice(m[1]!.length) : text;
}
/** The category a WordPress meta line names after the author ("VON NAME IN Fashion", "By NAME in News", "par NAME dans Mode"). */
const CATEGORY_AFTER = /\s+(?:in|IN|en|EN|dans|DANS|unter|UNTER)\s+.*$/u;
/** A role in parentheses after a name in a credit line ("NAME (Text), NAME (Bild)"). */
export const ROLE_IN_PARENS = /\s*\((?:text|texte|words|bild|bilder|fotos?|photos?|photography|fotografie|image|images|illustrations?|grafik|video|interview)\)/gi;
/**
 * A credential or post-nominal after a comma ("Grant Tinsley, PhD", "Perry Bacon, Jr.", "Jane Doe, M.D., MPH"): part
 * of the person's name as written, never a second author.
 */
const CREDENTIAL = /^(?:ph\.?\s?d\.?|m\.?d\.?|d\.?o\.?|r\.?d\.?n?\.?|l\.?d\.?n?|m\.?s\.?c?\.?|m\.?p\.?h\.?|m\.?b\.?a\.?|b\.?s\.?c?\.?|cscs|cpt|cde|cdces|rn|np|pa-c|pharm\.?d|dpt|lcsw|facs|frcp|dr\.?|prof\.?|jr\.?|sr\.?|ii|iii|iv|esq\.?)$/i;
/**
 * A credit for the words and something more, before a colon ("Text & Fotos: NAME", "Text und Interview: NAME",
 * "Words and pictures: NAME"): the name wrote the story, so the label goes and the name stays.
 */
const TEXT_AND_MORE_LABEL = /^(?:text|texte|words)\s*(?:(?:&|\+|,|\/|\bund\b|\band\b|\bet\b|\by\b)\s*(?:fotos?|photos?|bilder?|bild|images?|pictures|illustrations?|interview|grafik|video))+\s*:\s*/i;
/** The words around a name in an author-archive link: "All posts by NAME", "Alles von NAME", "NAME's Discussions". */
const ARCHIVE_LINK_PREFIX = /^(?:(?:(?:view\s+)?all|alle|more|mehr|tous\s+les)?\s*(?:posts|articles|stories|beiträge|artikel)|alles|mehr|more|all)\s+(?:by|from|von|de)\s+/i;
const ARCHIVE_LINK_SUFFIX = /['’]s\s+(?:discussions|posts|articles|stories|profile)$/i;

/**
 * Words that turn up in byline boxes but never in a person's name ("Posted on", "Veröffentlicht am",
 * "Gesponserte Inhalte", "3 Comments"), a medical reviewer's credit ("Geprüft von Dr. med. NAME", "Reviewed by NAME":
 * the reviewer checked the story, the author wrote it), and an editor's credit for the source a page quotes ("The Deleuze
 * Dictionary. Revised Edition Edited by NAME", marked itemprop=author): the editor did not write the entry.
 */
const NOT_NAME_WORD = /^(posted|published|updated|edited|edition|reviewed|geprüft|überprüft|herausgegeben|hrsg|on|comments?|kommentare?|share|teilen|read|more|views?|min|mins|minutes?|reading|time|gesponserte|inhalte|sponsored|content|follow|email|print|drucken|home|startseite|menu|search|suche|login|about|uhr|ago|news|veröffentlicht|publiziert|aktualisiert|zuletzt|geändert|datum|am|last)$/i;

/** A photo or image credit ("Foto: NAME", "Bild © hr", "Photo: NAME"), which byline boxes often hold next to the author. */
const PHOTO_CREDIT = /(?:^|\s)(?:fotos?|photos?|bild|bilder|image|images|credit|fotografie|illustration)\s*:|©|\(c\)/i;

const SOCIAL_HANDLE = /\s+@[\w.]{2,}(?=\s|$)/g;

/**
 * An interview's credit names the guest and the host ("Richard David Precht im Gespräch mit Karin Fischer", "Jane
 * Doe in conversation with John Smith"): both made the piece, so the phrase joins two names as "and" does.
 */
const IN_CONVERSATION_WITH = /\s+(?:im\s+(?:gespräch|interview|dialog)\s+mit|in\s+conversation\s+with|en\s+(?:conversation|entretien|dialogue)\s+avec|en\s+conversación\s+con)\s+/gi;
/** What follows the phrase must be a person's name to the end ("Karin Fischer"), not an office ("the Mayor of London"). */
const NAME_TO_THE_END = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u;

function withInterviewNamesJoined(text: string): string {
  return text.replace(IN_CONVERSATION_WITH, (phrase, at: number) => (NAME_TO_THE_END.test(text.slice(at + phrase.length)) ? ', ' : phrase));
}

/** Weekday names, which date lines put next to a byline ("Donnerstag", "Monday"); never a name by themselves. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;
/** A word and a day number, what is left of a date line in a byline box ("Dezember 10", "10 Dezember"), or a bare number. */
const DATE_REMNANT = /^\S+\s\d{1,2}\.?$|^\d{1,2}\.?\s\S+$|^[\d\s.:/-]+$/;
/** A blog handle ending in a number ("freeman1984", "Marianne1"): a name only where markup says it is the author. */
const NUMBERED_HANDLE = /^(?=\p{L}*\p{Ll})\p{L}[\p{L}._-]{2,}\d{1,4}$/u;

/**
 * The small words of French, Spanish and Italian names and groups' names ("du", "de la"); not "von", which is "by" as
 * often ("Claudio Kummerfeld Twitter Account von Claudio Kummerfeld").
 */
const NAME_PARTICLE = /^(?:de|da|di|du|des|dos|del|la|le)$/;

function looksLikeName(name: string, allowLowercase = false): boolean {
  if (name.length < 2 || name.length > 60 || PHOTO_CREDIT.test(name)) return false;
  if (/https?:|www\.|@|\.(com|org|net)\b|[<>{}=|#]/.test(name)) return false;
  if (NOT_A_PERSON.test(name)) return false;
  if (/\d{3,}/.test(name) && !(allowLowercase && NUMBERED_HANDLE.test(name))) return false;
  if (DATE_REMNANT.test(name)) return false;
  const words = name.split(/\s+/);
  // The particles of a name do not make it longer: "Les Membres du Choeur de Radio France" is five names' words.
  if (words.filter((word) => !NAME_PARTICLE.test(word)).length > 6) return false;
  if (words.some((w) => {
    const word = w.replace(/[.:,]+$/, '');
    return NOT_NAME_WORD.test(word) || WEEKDAY.test(word);
  })) return false;
  // Blog usernames ("gnaddrig") are names when the page marks them as the author (JSON-LD, rel=author).
  return /\p{Lu}/u.test(name) || /\p{Lo}/u.test(name) || (allowLowercase && words.length <= 3 && /^[\p{L}\p{N}._-]+$/u.test(words.join('')));
}

/**
 * A sentence's full stop goes ("Jane Doe."); a credential's dots stay ("Grant Tinsley, Ph.D."), and so does an
 * abbreviation's last letter's ("Deutscher Caritasverband e. V.", "John F.").
 */
function withoutClosingDots(name: string): string {
  const comma = name.lastIndexOf(', ');
  if ((comma > 0 && CREDENTIAL.test(name.slice(comma + 2))) || /(?:^|[\s.])\p{L}\.$/u.test(name)) return name;
  return name.replace(/[.\s]+$/, '');
}

/**
 * The publication a writer works for, after the name ("Brendan Carlin For The Mail On Sunday", "Jane Doe for
 * Dailymail.com"): the person is the author. A name that is one word before "for" is an organisation's own
 * ("Campaign for Nuclear Disarmament").
 */
const AFFILIATION = /^(\p{Lu}\S*(?:\s+\p{Lu}\S*)+?)\s+(?:[Ff]or|FOR)\s+\p{Lu}.*$/u;
const withoutAffiliation = (name: string) => name.replace(AFFILIATION, '$1');

/** Strips "By", trailing dates/roles and splits "A, B and C" into names. */
export function splitAuthors(raw: string | null | undefined, options: { allowLowercase?: boolean } = {}): string[] {
  if (!raw) return [];
  // Decoded first: a name escaped twice ("Redacci&oacute;n") would otherwise split at the entity's ";".
  let text = plainTitle(raw);
  // A social handle after the name ("Williams Perdomo @wperdomod") is contact detail, not part of the name.
  text = withInterviewNamesJoined(text.replace(SOCIAL_HANDLE, ''));
  text = withoutGluedLabel(text.replace(ROLE_IN_PARENS, ''));
  text = text.replace(ARCHIVE_LINK_PREFIX, '').replace(ARCHIVE_LINK_SUFFIX, '').replace(TEXT_AND_MORE_LABEL, '').replace(AUTHOR_LABEL, '').replace(BY_PREFIX, '');
  // A date or "on <date>" glued after the name (readability#938), also in German, French and Spanish ("NAME am 29.12.2010").
  text = text.replace(/\s*(?:[,|•·–—-]\s*|\s+(?:on|am|le|el)\s+|\s+)(?:updated|published|posted)?\s*:?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*).*$/i, '');
  // What follows a bar or a spaced dash is a role, desk or date, "at 18:52" a time ("Kiran C Nair - Chrome Safe Browsing team").
  text = text.replace(CATEGORY_AFTER, '');
  text = text.replace(/\s*[|•·]\s*.*$|\s+[-–—]\s+.*$|\s+(?:at|um|à)\s+\d{1,2}[:.]\d{2}\b.*$/i, '');
  // The "e" of Portuguese and Italian bylines joins two names; the "e." of an association's "e. V." does not.
  const split = text
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b(?!\.\s?\p{Lu}\.?(?:\s|$)))\s*/iu)
    .map((p) => p.trim())
    .filter(Boolean);
  // A credential after a comma stays with the name before it ("Grant Tinsley, PhD"): the person once, with the degree.
  const joined: string[] = [];
  for (const p of split) {
    // Standing alone, the letters are the name itself (a handle "LD" that rel=author marks).
    if (CREDENTIAL.test(p) && joined.length) joined[joined.length - 1] += `, ${p}`;
    else joined.push(p);
  }
  const parts = joined
    .map((p) => withoutAffiliation(p.replace(BY_PREFIX, '').replace(/^[-–—:\s]+|[-–—:,\s]+$/g, '').trim())).map(withoutClosingDots)
    .filter(Boolean);
  // "Jane Doe, Staff Writer": drop role words that follow a comma.
  // Markup that names a person (rel=author, hCard) lets a two-letter handle through when it stands alone ("oz",
  // "LD"); after a name it is a degree or a desk code ("Brenda Goodman, MA").
  const minLength = options.allowLowercase && parts.length === 1 ? 2 : 3;
  return parts.filter((p) => p.length >= minLength && looksLikeName(p, options.allowLowercase) && !/^(staff|senior|chief|contributing|special)\b.*\b(writer|reporter|editor|correspondent)$/i.test(p) && !/^(reporter|correspondent|columnist|editor|writer|contributor)$/i.test(p));
}

/** Capitalized words and the particles of names: not a phrase such as "deinen Hochzeitsbloggern" ("your wedding bloggers"). */
export const CAPITALIZED_NAME = /^\p{Lu}\S*(?:\s+(?:\p{Lu}\S*|de|da|di|van|von|der|den|del|la|le|du|dos|y))+$/u;

export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(n);
    }
  }
  return out;
}
