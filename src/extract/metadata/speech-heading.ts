/**
 * The speaker a speech's headline names: government and parliament sites publish a speech under "Rede von
 * Bundespräsident Johannes Rau beim Föderalismuskonvent …", "Speech by Prime Minister Jane Doe at …", with no byline,
 * and the speaker is the speech's author. Only a headline that opens with the phrase and goes on, after the name, with
 * the occasion ("beim", "at", "lors de") or nothing: a report on a speech goes on with a verb ("Rede von Greta
 * Thunberg sorgt für Empörung") or a colon ("Speech by Jane Doe: what it means").
 */

const OPENING = /^(?:(?:Rede|Ansprache|Grußwort|Festrede|Regierungserklärung)\s+(?:von|des|der)|(?:Speech|Remarks|Address|Statement|Keynote)\s+by|Discours\s+(?:de|du|d['’])|Discurso\s+(?:de|del)|Toespraak\s+van)\s+/u;
/** Offices before the name, in German as one compound ("Bundespräsident", "Ministerpräsidentin", "Oberbürgermeister"). */
const OFFICE = /^(?:\p{L}*(?:präsident|kanzler|minister|bürgermeister|senator|sekretär|beauftragte|botschafter)(?:in|en|s)?|President|Prime|Minister|Chancellor|Secretary|General|Governor|Mayor|Senator|Ambassador|Vice|Président|Présidente|Ministre|Premier|Première|Presidente|Ministro|Ministra|Dr\.|Prof\.)$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$|^\p{Lu}\.$/u;
const PARTICLE = /^(?:von|van|der|den|de|du|da|di|del|la|le)$/;
/** Words that start the occasion after the speaker's name. */
const OCCASION = /^(?:beim|bei|zum|zur|zu|auf|an|am|im|in|vor|anlässlich|während|aus|at|on|to|before|for|during|à|au|aux|lors|devant|pour|ante|a|al|en|bij|op|voor|tijdens)$/;

/** An office of one word or hyphenated ones ("Secretary-General", "Vice-President"). */
function isOffice(word: string): boolean {
  return word.split('-').every((part) => OFFICE.test(part));
}

export function speakerInHeading(heading: string): string | null {
  const opening = heading.match(OPENING);
  if (!opening) return null;
  const words = heading.slice(opening[0].length).split(/\s+/);
  let i = 0;
  while (i < words.length && isOffice(words[i]!)) i++;
  const name: string[] = [];
  for (; i < words.length && (NAME_WORD.test(words[i]!) || (name.length > 0 && PARTICLE.test(words[i]!))); i++) name.push(words[i]!);
  while (name.length && PARTICLE.test(name[name.length - 1]!)) name.pop();
  const endsRight = i === words.length || OCCASION.test(words[i]!);
  return name.length >= 2 && name.length <= 4 && endsRight ? name.join(' ') : null;
}
