/**
 * The source a page credits for the whole story when it names no author: "Quelle: MDR THÜRINGEN/ls" under a
 * regional news story, "Herausgeber: <a>Nordex SE</a>" above a press release, "Quelle: <a>kathpress</a>" after an
 * agency story. Only a last resort, after every byline source; a credit in a figure caption names the photo's source.
 */
import { squash } from '../text';

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
  const name = credit.split(/,\s*(?=\d)/)[0]!.trim();
  return name.length >= 2 && name.length <= MAX_CREDIT && /\p{L}/u.test(name) ? name : null;
}
