/**
 * The writing direction of an article's language. Saved articles keep only `lang`, so the direction is
 * told from it: an Arabic or Hebrew story laid out left to right puts its full stops at the wrong end of
 * each line. With no language declared the browser guesses from the text itself (`auto`).
 */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export type TextDirection = 'ltr' | 'rtl' | 'auto';

export function textDirection(lang: string | null | undefined): TextDirection {
  if (!lang?.trim()) return 'auto';
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  // A script subtag overrides the language's usual one: "az-Arab" is right to left, "ur-Latn" is not.
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(tag)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(tag)) return 'ltr';
  const [language] = tag.split('-');
  return RIGHT_TO_LEFT.has(language!) ? 'rtl' : 'ltr';
}
