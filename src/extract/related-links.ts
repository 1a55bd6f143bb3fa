/**
 * Related-article links, collected from the page before cleaning removes them, so the reader
 * keeps them as a separate list (Readability and other reader modes throw them away).
 */
import type { RelatedLink } from './article';
import { textLines, type TextLine } from './page-text';
import { absoluteHttpUrl, linkDensity, samePage, squash } from './text';

export const RELATED_HEADING = /^(related( articles?| stories| content| coverage| news| reading| posts| links)?|read more|read next|more on this (story|topic)|more (stories|news) (from|on|about)|more from .{1,40}|you (may|might) (also )?(like|be interested in|enjoy)|recommended( for you| reading| stories)?|see also|further reading|also read|lire aussi|à lire aussi|weitere artikel|mehr zum thema|lesen sie auch( die folgenden beiträge)?|auch lesen|zum weiterlesen|schon gelesen|(das|dieses thema) könnte (sie|dich) auch interessieren|auch interessant|empfohlene beiträge|verwandte artikel|weiterführende links?|beiträge zum thema|(die )?redaktion empfiehlt|empfehlungen der redaktion|editor'?s'? picks|siehe auch|mehr themen|mehr (zu|zum|zur|aus|von) .{1,40}|weitere beiträge( .{1,40})?|entdecke weitere .{1,40}|czytaj (też|także|również)|(te|le) puede interesar|leer más|lea también|veja também|leia também|leggi anche)\s*[:!?]?$/i;
/**
 * "Read also" lead-ins of a paragraph that is one link to another story ("Lea también: <a>…</a>", "<em>Read more</em>:
 * <a>…</a>", "À lire aussi » <a>…</a>"), in the languages of the news pages we meet.
 */
const ALSO_READ = '(related|read more|see also|also read|read also|more|watch|(à )?lire aussi|lire également|mehr zum thema|lesen sie auch|auch lesen|siehe auch|lee también|lea también|lea más|lea|vea también|ver también|(le|te) puede interesar|puedes ver|mira|mire|leia também|veja também|leggi anche|czytaj (też|także|również)|zobacz (też|także|również))';
const INLINE_RELATED = new RegExp(`^${ALSO_READ}\\s*[:»›]`, 'i');
/** The start of a text line that may open such a paragraph: the lead-in's words and its colon can be apart. */
const ALSO_READ_START = new RegExp(`^${ALSO_READ}(?![\\p{L}])`, 'iu');
const MAX_LINKS = 30;
/** A module that says it is paid for ("Sponsored links", "Promoted", "by Taboola"): ads that look like stories. */
const SPONSORED = /\b(sponsored|promoted|paid (content|post)|taboola|outbrain|anzeige|werbung|publicité|sponsorisé|patrocinado)\b/i;

export interface RelatedBlocks {
  links: RelatedLink[];
  /** Blocks in the page that hold them; clutter removal takes these out of the body. */
  blocks: Element[];
  /** Adds the links of a block found later (by its name) to `links`. */
  addLinksOf(block: Element): void;
}

const HEADING_TAGS = /^(H[2-6]|P|STRONG|B|SPAN|DIV|LI|HEADER)$/;
const INLINE_TAGS = /^(P|LI|DIV|H[2-6])$/;
/** Heading-like runs of text inside a larger element. */
const LEAD_IN_TAGS = new Set(['SPAN', 'STRONG', 'B']);
/**
 * A wiki heading's own edit control beside its text ("[edit]", "[bearbeiten | Quelltext bearbeiten]"): a section
 * heading's, never a module's. Known by the wiki's own markup, not by its brackets: a "[Video]" or "[more]" link
 * in a related module is one of its links.
 */
const SECTION_CONTROL = /^\[[^[\]]{1,40}\]$/;
const EDIT_CONTROL_MARKUP = '[class*="editsection"], a[href*="action=edit"]';

function isSectionControl(el: Element, text: string): boolean {
  return SECTION_CONTROL.test(text) && (el.matches(EDIT_CONTROL_MARKUP) || el.querySelector(EDIT_CONTROL_MARKUP) !== null);
}

/**
 * "Related articles" headings and "RELATED:" paragraph starts, found from the page's short text lines (which
 * leave out scripts and styles): reading every element's text instead is what makes this slow on large pages.
 */
function relatedMarkers(doc: Document, lines: readonly TextLine[]): { headings: Element[]; inlineStarts: Element[] } {
  const headings: Element[] = [];
  const inlineStarts: Element[] = [];
  for (const { node, text } of lines) {
    if (text.length < 4 || text.length > 60) continue;
    if (RELATED_HEADING.test(text)) {
      // The outermost element that is nothing but this text: <p><strong>Related articles:</strong></p> → the <p>.
      let heading: Element | null = null;
      for (let el = node.parentElement; el && HEADING_TAGS.test(el.tagName) && el.children.length <= 2 && squash(el.textContent) === text; el = el.parentElement) heading = el;
      if (heading && !heading.querySelector('a')) headings.push(heading);
    }
    // "<p><strong>Auch lesen:</strong> <a>…</a></p>": a lead-in that reads as a heading may open a link paragraph.
    if (ALSO_READ_START.test(text)) {
      let block: Element | null = node.parentElement;
      while (block && !INLINE_TAGS.test(block.tagName)) block = block.parentElement;
      if (block && block.children.length <= 3 && block !== doc.body) inlineStarts.push(block);
    }
  }
  return { headings, inlineStarts };
}

/** The list of links that belongs to a "Related" heading: its container, or the siblings after it. */
function blockFor(heading: Element): Element[] {
  // Climb while the container is still a small link block, so the whole module goes, not just its heading.
  let container: Element = heading;
  while (container.parentElement && container.parentElement !== container.ownerDocument.body) {
    const parent = container.parentElement;
    if (/^(ARTICLE|MAIN|BODY)$/.test(parent.tagName)) break;
    const text = squash(parent.textContent).length;
    const linked = Array.from(parent.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent).length, 0);
    if (text > 1500 || linked / Math.max(text, 1) < 0.5) break;
    container = parent;
  }
  if (container !== heading && container.querySelector('a')) return [container];
  // Heading and links are siblings in the article flow: take the following link-only siblings.
  const blocks: Element[] = [heading];
  let next = heading.nextElementSibling;
  while (next) {
    const text = squash(next.textContent);
    const linked = Array.from(next.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent).length, 0) + (next.tagName === 'A' ? text.length : 0);
    if (!text && !next.querySelector('img')) {
      next = next.nextElementSibling;
      continue;
    }
    if (!text || linked / text.length < 0.6 || /^H[1-6]$/.test(next.tagName) || isSectionControl(next, text)) break;
    blocks.push(next);
    next = next.nextElementSibling;
  }
  return blocks.length > 1 ? blocks : [];
}

/**
 * A "more on this" heading whose teasers blockFor could not take (each with its summary, or in a grid elsewhere):
 * it ends its block, or only blocks with links follow it. A wiki's "Further reading" heading over a list of plain
 * book titles heads a section of the page and stays with it; so does a span or bold run inside a larger heading
 * ("See also [edit]"), and a heading beside its edit control: its list follows the heading's wrapper.
 */
function headsNoStory(heading: Element): boolean {
  if (LEAD_IN_TAGS.has(heading.tagName)) return false;
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const text = squash(next.textContent);
    if (isSectionControl(next, text) || (text && !next.getElementsByTagName('a').length && next.tagName !== 'A')) return false;
  }
  return true;
}

/**
 * The module a related block belongs to: the block, widened while the wider box stays module-sized and adds text
 * but no links of its own (another module's). A "Sponsored" label often sits beside the heading and its links rather than among them.
 */
function moduleAround(block: Element): Element {
  const links = (el: Element) => el.getElementsByTagName('a').length + (el.tagName === 'A' ? 1 : 0);
  let module = block;
  for (let up = block.parentElement; up && !/^(ARTICLE|MAIN|BODY)$/.test(up.tagName) && links(up) === links(module) && squash(up.textContent).length <= 1500; up = up.parentElement) module = up;
  return module;
}

/** `lines`: the page's text lines (page-text.ts), when the caller has read them for other steps too. */
export function collectRelatedLinks(doc: Document, pageUrl: string, lines: readonly TextLine[] = doc.body ? textLines(doc.body) : []): RelatedBlocks {
  const links: RelatedLink[] = [];
  const blocks: Element[] = [];
  const seen = new Set<string>();
  const add = (a: HTMLAnchorElement) => {
    // "#comments" on the same story is the same story.
    const url = absoluteHttpUrl(a.getAttribute('href'), doc.baseURI || pageUrl)?.replace(/#.*$/, '');
    const title = squash(a.textContent) || squash(a.getAttribute('title'));
    if (!url || !title || title.length < 12 || samePage(url, pageUrl) || seen.has(url) || links.length >= MAX_LINKS) return;
    seen.add(url);
    links.push({ url, title });
  };
  // A module found by its name is the whole module; one found by its heading may have its label beside it.
  const addLinksOf = (block: Element, module: Element = block) => {
    if (SPONSORED.test(module.textContent ?? '')) return;
    for (const a of Array.from(block.getElementsByTagName('a'))) add(a);
    if (block.tagName === 'A') add(block as HTMLAnchorElement);
  };
  const { headings, inlineStarts } = relatedMarkers(doc, lines);
  for (const heading of headings) {
    if (blocks.some((b) => b.contains(heading))) continue;
    const found = blockFor(heading);
    if (!found.length && headsNoStory(heading)) blocks.push(heading);
    for (const block of found) {
      blocks.push(block);
      addLinksOf(block, moduleAround(block));
    }
  }
  // "RELATED: <a>…</a>" paragraphs inside the story.
  for (const p of inlineStarts) {
    const text = squash(p.textContent);
    const a = p.querySelector('a');
    // Mostly the link: a lead-in word with a colon that opens a sentence of the story is not one.
    if (a && text.length < 250 && INLINE_RELATED.test(text) && linkDensity(p, text.length) >= 0.5 && !blocks.some((b) => b.contains(p))) {
      blocks.push(p);
      add(a);
    }
  }
  return { links, blocks, addLinksOf };
}
