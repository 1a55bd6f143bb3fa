/**
 * A personal site named for its owner: og:site_name "Dr. Alexander Klier" at alexander-klier.net. Its posts often
 * print no byline, and the owner wrote them; the host spelling the same name is what tells a person's site from a
 * publication with a two-word name. Only a last resort, after every byline source.
 */
import { splitAuthors } from './authors';

/** Academic titles before the name, which the host leaves out. */
const TITLES = /^(?:(?:dr|prof|mag|dipl)\.\s*)+/i;
const NAME_WORDS = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

export function personalSiteOwner(siteName: string | null, host: string | null): string[] {
  if (!siteName || !host) return [];
  const name = siteName.trim().replace(TITLES, '');
  if (!NAME_WORDS.test(name)) return [];
  const spelled = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  const labels = host.toLowerCase().split('.').map((label) => label.replace(/-/g, ''));
  return labels.includes(spelled) ? splitAuthors(name) : [];
}
