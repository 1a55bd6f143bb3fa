/**
 * A blogger who chose a web address as the name the blog shows ("Autor: <a href=/author/koffergepackt/>
 * www.koffergepackt.com</a>"). Names leave addresses out, since a link's text is mostly where it leads; an author-archive
 * link whose address spells the account it archives is the author's own display name.
 */
import { squash } from '../text';
import { authorArchiveSlug, ownLink } from './candidates';

const ADDRESS = /^(?:https?:\/\/)?(?:www\.)?([\p{L}\d-]+)\.\p{L}{2,6}\/?$/u;

export function addressDisplayName(byline: Element): string | null {
  const slug = authorArchiveSlug(byline);
  const text = squash(ownLink(byline)?.textContent);
  const account = text.match(ADDRESS)?.[1];
  return slug && account && account.toLowerCase() === slug.toLowerCase() ? text : null;
}
