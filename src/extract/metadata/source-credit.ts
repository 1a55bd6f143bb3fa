/**
 * The source a page credits for the whole story when it names no author: "Quelle: MDR THÜRINGEN/ls" under a
 * regional news story, "Herausgeber: <a>Nordex SE</a>" above a press release, "Quelle: <a>kathpress</a>" after an
 * agency story. Only a last resort, after every byline source; a credit in a figure caption names the photo's source.
 */
import { squash } from '../text';
import { ROLE_IN_PARENS } from './authors';

/** "Quelle:", "Quellen:", "Source:", "Herausgeber:" (publisher), "Fuente:", "Fonte:", "Bron:". */
const SOURCE_LABEL = /^(?:quellen?|sources?|herausgeber(?:in)?|fuente|fonte|bron)\s*:\s*/i;
const MAX_CREDIT = 60;
const CAPTION = 'figure, figcaption, [class*="caption"]';

export function sourceCredit(node: Text, text: string): string | null {
  const label = text.match(SOURCE_LABEL);
  if (!label || text.length > MAX_CREDIT + label[0].length || node.parentElement?.closest(CAPTION)) return null;
  // The credit follows the label in the same text or in the next element ("Quelle: <a>kathpress</a>").
  const credit = text.slice(label[0].length) || squash(node.nextSibling?.textContent);
  // What follows a comma and a number is the credit's date ("Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin").
  const name = withoutRoles(credit.split(/,\s*(?=\d)/)[0]!.trim());
  return name.length >= 2 && name.length <= MAX_CREDIT && /\p{L}/u.test(name) ? name : null;
}

/** A role in parentheses for the words ("NAME (Text)"), as against the pictures ("NAME (Bild)"). */
const WORDS_ROLE = /\((?:text|texte|words|interview)\)/i;

/**
 * "Raphael Bischof (Text), Stefan Scheuteri (Bild)": the people credited for the words, without their roles; the
 * photographer did not write the story. A credit with no role for the words keeps all its names.
 */
function withoutRoles(credit: string): string {
  if (!credit.match(ROLE_IN_PARENS)) return credit;
  const people = credit.split(/\s*[,;]\s*/);
  const writers = people.filter((p) => WORDS_ROLE.test(p));
  return (writers.length ? writers : people).map((p) => p.replace(ROLE_IN_PARENS, '').trim()).filter(Boolean).join(', ');
}
