/**
 * What the completeness check needs to know about the cleaned page, taken in one walk before Readability
 * takes the page apart: every element's place (document order, depth, parent), its text and link
 * lengths, whether it is a box that is not the story, and the page's paragraphs with their text.
 * Copying the whole page for this cost about a third of the extraction time; the elements themselves are
 * only copied later, for the few parts recovery joins back.
 */
import { linkDensity, nameSource, nameTokens, squash, tokensOf, wordCount } from '../text';

/**
 * Regions whose prose belongs to the page, not the story. An embedded social post (the embed code of
 * Twitter, Instagram or TikTok) quotes someone else's words: the story's text is around it. A byline box
 * may go on with the author's bio ("By Alex Heath, a deputy editor…") or its dates, which read as a sentence
 * (French sites call it the "signature": "Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par …"); an alert
 * is the site's own notice ("Introducing author profiles"), set above the story and dismissed with a click.
 */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGCAPTION', 'A']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner']);
const FURNITURE_TOKENS = /^(related|recommended|recirc|more|most|popular|trending|sidebar|rail|widget|newsletter|promo|card|cards|bio|biography|footer|nav|subnav|menu|breadcrumb|breadcrumbs|share|social|caption|credit|credits|disclaimer|copyright|cookie\w*|consent|privacy|gdpr|dsgvo|rgpd|rodo|ad|ads|advert|advertisement|sponsored|outbrain|taboola|signup|subscribe|paywall|donate|donation|affiliate|disclosure|infobox|navigation|modal|popup|overlay|carousel|toolbar|tags|author|authors|byline|bylines|signature|alert|tweet|instagram|tiktok)$/;
/**
 * Left off the printed page by the site's own style sheet ("no-print", "noprint", "d-print-none",
 * "hidden-print"): the site says it is not the story — a contact invitation, a share bar, a box of links.
 * Read from the name's tokens joined again, as the words come apart when split.
 */
const NOT_PRINTED = /(^|-)(no-?print|print-none|print-hidden|hidden-print|hide-print|print-hide)(-|$)/;

function furnitureName(tokens: string[]): boolean {
  return tokens.some((t) => FURNITURE_TOKENS.test(t)) || NOT_PRINTED.test(tokens.join('-'));
}

/**
 * Headers and teasers hold a story's standfirst as often as a site's masthead or another story's blurb:
 * their prose is not counted as the story, but a standfirst may be joined from them.
 */
const HEADER_TAG = 'HEADER';
/** Reader comments (a forum under the story, as content systems like SPIP name it), also in French, German, Spanish, Italian and Polish. */
const COMMENT_TOKENS = /^(comment|comments|commentlinks|commentlist|forum|commentaires|kommentare|comentarios|commenti|komentarze)$/;
const TEASER_TOKENS = /^(teaser|teasers)$/;

/** An element of the cleaned page, as it was before Readability. */
export interface Box {
  el: Element;
  parent: Box | null;
  /** Document order of the element and of its last descendant: `a` holds `b` when a.start < b.start ≤ a.end. */
  start: number;
  end: number;
  depth: number;
  /** Text length (whitespace collapsed) and the part of it inside links. */
  chars: number;
  linkChars: number;
  hasH1: boolean;
  /** Holds an image (a photo, its frame or its link, or a figure with its caption). */
  hasImage: boolean;
  /**
   * The first text after an image-only box, at its level or as the first text inside the box that follows
   * it: where a caption sits ("<div class=photo><img></div><div class=text><p>caption</p></div>").
   */
  afterImage: boolean;
  /** An <article> or <main>: where the page says its story is. */
  isArticle: boolean;
  isMain: boolean;
  /** Marked or named as not the story (a header or teaser included), itself or through a box above it. */
  outside: boolean;
  /** Outside as page furniture: navigation, asides, footers, forms, comments, ads… (headers and teasers are not). */
  furniture: boolean;
}

/**
 * A block of text of the cleaned page, with the text it had then: a <p>, a subheading, or a <div> holding
 * only text and inline elements (which Readability treats as a paragraph).
 */
export interface Paragraph {
  box: Box;
  kind: 'p' | 'heading' | 'div' | 'item';
  text: string;
  /** A <p> that reads as story prose: long enough, whole sentences, few links. */
  prose: boolean;
}

const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR']);

export interface StorySnapshot {
  body: Box;
  paragraphs: Paragraph[];
  /** List items holding only text and inline elements: a story's points, steps or quotes set as a list. */
  items: Paragraph[];
  /**
   * Boxes named as the comments that hold most of the page: a page-wide wrapper ("with-comments") or a
   * thread longer than the story. Only the extract tells which: see storyScope.
   */
  wideComments: Box[];
  /** Document order of a page element as it was before Readability (`Box.start`); null for an element Readability made. */
  pageOrderOf(el: Element): number | null;
}

/** Less than this is whitespace between tags, not text. */
const MIN_TEXT_CHARS = 10;

/** A photo, its frame or its link: an image and no text but links (a gallery's, its tags'). */
function imageOnly(box: Box): boolean {
  return box.hasImage && box.chars - box.linkChars < MIN_TEXT_CHARS;
}

export function holds(outer: Box, inner: Box): boolean {
  return outer.start < inner.start && inner.start <= outer.end;
}

/** The nearest box above `a` that also holds `b`. */
export function commonBox(a: Box, b: Box): Box | null {
  for (let up = a.parent; up; up = up.parent) if (holds(up, b)) return up;
  return null;
}

/** The innermost <article> that is `box` or holds it. */
export function articleOf(box: Box): Box | null {
  for (let up: Box | null = box; up; up = up.parent) if (up.isArticle) return up;
  return null;
}

/** Parent steps from `from` up to `to`, a box above it. */
export function stepsUpTo(from: Box, to: Box): number {
  let steps = 0;
  for (let b: Box | null = from; b && b !== to; b = b.parent) steps++;
  return steps;
}

export function precedes(a: Box, b: Box): boolean {
  return a.start < b.start;
}

/** Long enough, whole sentences, few links. `linkShare` is only asked for when the text passes the cheaper tests. */
export function isStoryProse(text: string, linkShare: () => number): boolean {
  return text.length >= 80 && wordCount(text) >= 12 && /[.!?。！？:"”»)]/.test(text) && linkShare() < 0.25;
}

// The tag is passed in and attributes are only read when there are some: in jsdom every tagName and
// getAttribute call costs a string conversion, and these run for every element of the page.
function markedFurniture(el: Element, tag: string): boolean {
  return FURNITURE_TAGS.has(tag) || (el.hasAttributes() && (FURNITURE_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-hidden') === 'true'));
}

/** Page furniture by its tag, role or name: what a joined story part leaves behind (its captions, its ad slot). */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName;
  if (tag !== 'A' && markedFurniture(el, tag)) return true;
  const tokens = el.hasAttributes() ? nameTokens(el) : [];
  return furnitureName(tokens) || tokens.some((t) => COMMENT_TOKENS.test(t));
}

type Naming = 'comments' | 'furniture' | 'teaser' | 'story';

function namingOf(tokens: string[]): Naming {
  if (tokens.some((t) => COMMENT_TOKENS.test(t))) return 'comments';
  if (furnitureName(tokens)) return 'furniture';
  return tokens.some((t) => TEASER_TOKENS.test(t)) ? 'teaser' : 'story';
}

export function snapshotStory(body: Element): StorySnapshot {
  const boxes: Box[] = [];
  const paragraphs: Paragraph[] = [];
  const items: Paragraph[] = [];
  const named: { box: Box; naming: Naming; paragraph: boolean }[] = [];
  // Pages repeat the same few class strings on thousands of elements: each is split into words once.
  const namings = new Map<string, Naming>();
  const walk = (el: Element, tag: string, parent: Box | null, inLink: boolean, afterImage: boolean): Box => {
    const furniture = (parent?.furniture ?? false) || markedFurniture(el, tag);
    const outside = furniture || (parent?.outside ?? false) || tag === HEADER_TAG;
    const box: Box = { el, parent, start: boxes.length, end: 0, depth: parent ? parent.depth + 1 : 0, chars: 0, linkChars: 0, hasH1: false, hasImage: tag === 'IMG' || tag === 'PICTURE', afterImage, isArticle: tag === 'ARTICLE', isMain: tag === 'MAIN', outside, furniture };
    boxes.push(box);
    const link = inLink || tag === 'A';
    let onlyInline = true;
    // Whether the next child is the first text after an image: until a child with text is met, a box
    // passes on what its own place says.
    let nextAfterImage = afterImage;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const len = (n.nodeValue ?? '').replace(/\s+/g, ' ').length;
        box.chars += len;
        if (link) box.linkChars += len;
      } else if (n.nodeType === 1) {
        const childTag = (n as Element).tagName;
        const child = walk(n as Element, childTag, box, link, nextAfterImage);
        if (imageOnly(child)) nextAfterImage = true;
        else if (child.chars >= MIN_TEXT_CHARS) nextAfterImage = false;
        box.hasImage ||= child.hasImage;
        onlyInline &&= INLINE.has(childTag);
        box.chars += child.chars;
        box.linkChars += child.linkChars;
        box.hasH1 ||= child.hasH1 || childTag === 'H1';
      }
    }
    box.end = boxes.length - 1;
    const kind = tag === 'P' ? 'p' : HEADINGS.has(tag) ? 'heading' : tag === 'DIV' && onlyInline && box.chars > 1 ? 'div' : null;
    if (kind) {
      const text = squash(el.textContent);
      // With no link text counted inside, the block has no links to measure.
      paragraphs.push({ box, kind, text, prose: kind === 'p' && isStoryProse(text, () => (box.linkChars ? linkDensity(el) : 0)) });
    } else if (tag === 'LI' && onlyInline && box.chars > 1 && !furniture) {
      // Menus are lists too, thousands of items on some pages: those marked as navigation are not read.
      items.push({ box, kind: 'item', text: squash(el.textContent), prose: false });
    }
    if (parent && el.hasAttributes()) {
      const source = nameSource(el);
      let naming = namings.get(source);
      if (naming === undefined) {
        naming = namingOf(tokensOf(source));
        namings.set(source, naming);
      }
      if (naming !== 'story') named.push({ box, naming, paragraph: kind !== null });
    }
    return box;
  };
  const root = walk(body, body.tagName, null, false, false);
  const wideComments: Box[] = [];
  // A box named as not the story only counts as one when it is not most of the page: a page-wide wrapper
  // named "has-sidebar" says nothing. What it holds is outside; its own place on the page is not, unless
  // it is a paragraph itself (a <p class="disclosure">, a <div class="media-caption">).
  for (const { box, naming, paragraph } of named) {
    const furniture = naming !== 'teaser';
    if (box.chars >= 0.5 * root.chars) {
      if (naming === 'comments') wideComments.push(box);
      continue;
    }
    for (let i = paragraph ? box.start : box.start + 1; i <= box.end; i++) {
      boxes[i]!.outside = true;
      boxes[i]!.furniture ||= furniture;
    }
  }
  // Asked only where text is joined before the extract's first block: the lookup is built then, not for every page.
  let order: Map<Element, number> | null = null;
  const pageOrderOf = (el: Element) => {
    order ??= new Map(boxes.map((b) => [b.el, b.start]));
    return order.get(el) ?? null;
  };
  return { body: root, paragraphs, items, wideComments, pageOrderOf };
}
