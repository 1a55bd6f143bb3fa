/**
 * The site's own header: a masthead that prints the date of the day above the page ("Donnerstag, 16. Februar 2012"
 * in stol.it's header, nachtkritik.de's "Mittwoch, 01. November 2023"), and the Wayback Machine's toolbar on an
 * archived page ("10 Nov 2013", the capture's day). Their dates say when the page was seen, not when the story was
 * published.
 */

/** Ids and class words of page headers: "header", "headerContainer", "site-header", "masthead", "head", "top-header". */
const HEADER_WORD = /^(?:(?:site|page|main|global|top)[-_]?)?(?:header|masthead|head)(?:[-_]?(?:container|wrap|wrapper|inner|top|bar))?$/i;
/** The toolbar web.archive.org sets above every archived page ("wm-ipp-base", "wm-ipp"). */
const WAYBACK_TOOLBAR = /^wm-ipp/;

function namesHeader(el: Element): boolean {
  if (el.localName === 'header') return true;
  const words = `${el.id} ${el.getAttribute('class') ?? ''}`.split(/\s+/);
  return words.some((w) => HEADER_WORD.test(w));
}

/**
 * The element sits in the site's header: a <header>, or a block named as one, where no block around it holds an <h1>
 * or <h2> (a story's own header holds its headline), no <article> does (there a <header> is the story's, with its
 * date and byline), and the page's first <h1> does not come before it (a header under the headline is the story's
 * "entry-meta" line).
 */
export function inSiteHeader(el: Element): boolean {
  let header: Element | null = null;
  for (let at: Element | null = el; at && at.localName !== 'body'; at = at.parentElement) {
    if (WAYBACK_TOOLBAR.test(at.id)) return true;
    if (at.localName === 'article') return false;
    if (namesHeader(at)) {
      if (at.getElementsByTagName('h1').length || at.getElementsByTagName('h2').length) return false;
      header = at;
    }
  }
  const headline = header?.ownerDocument.getElementsByTagName('h1')[0];
  return header !== null && !(headline && headline.compareDocumentPosition(header) & header.DOCUMENT_POSITION_FOLLOWING);
}
