/**
 * Old templates and small CMS sites set the headline in an <h2> and give the page no <h1> and no declared title
 * (og:title, JSON-LD): the <title> then holds the site's name and a section ("der Schreibstil - chadim.net -
 * Webdesign", "National Rail Enquiries -"), and the first <h2> is the headline a reader sees.
 */
import { words } from './title-site';

/** A separator in the <title>, or one it ends with: the <title> names the site, so it is not the headline itself. */
const SITE_PART_SEPARATOR = /\s(?:[|–—»›·•-]|\/\/?|::)(?:\s|$)/;
/** Screen-reader headings that open a page's navigation ("Navigation mit Access Keys", "Hauptmenü"). */
const NAVIGATION_HEADING = /navigation|navigazione|men[uü]\b|sprungmarken|skip to/i;

/** The first <h2>, when there is no <h1> and the <title> is made of site parts (the caller has found no declared title). */
export function headlineInFirstH2(h1s: readonly string[], h2s: readonly string[], docTitle: string): string | null {
  const first = h2s[0];
  if (!first || h1s.length || !SITE_PART_SEPARATOR.test(docTitle)) return null;
  return words(first) >= 2 && !NAVIGATION_HEADING.test(first) ? first : null;
}
