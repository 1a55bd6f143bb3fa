/**
 * Takes what is not the article out of a copy of the page, recording each removal and why.
 * Runs before Readability scores the page (so ads and promos cannot split or end the body) and
 * again over Readability's output for leftovers.
 */
import type { Removal, RemovalReason } from '../article';
import { BY_WITHOUT_CAPITALS } from '../metadata/authors';
import { normalizeDate } from '../metadata/dates';
import { BYLINE_SENTENCE } from '../metadata/visible-byline';
import { shortAncestors } from '../metadata/text-nodes';
import { textLines, type TextLine } from '../page-text';
import { elementsByTag, elementsWhere, forEachElement, linkDensity, nameSource, squash, textSample, tokensOf } from '../text';
import { removeCaptionCredits } from './caption-credits';
import { removeRepeatedDateLines } from './date-lines';
import { DISCLAIMER } from './disclaimers';
import { paragraphBefore, rejoinSplitParagraphs } from './split-paragraphs';
import { MAX_LINE, POST_META_LINE, templateLineAround } from './post-meta-lines';
import { AD_LABEL, AUTHOR_BIO, AUTHOR_BOX_TOKENS, NAME_TOKENS, NEGATING_TOKENS, NEVER_CONTENT_SELECTOR, PHOTO_CREDIT, PROMO_TEXT, RELATED_TOKENS, SAFE_TOKENS, TEMPLATE_PLACEHOLDER } from './patterns';

export interface CleanContext {
  authors: string[];
  /** The publication date the header shows: a date line in the body that repeats it goes. */
  publishedTime?: string | null;
  removed: Removal[];
  /** Keeps the links of a related-stories block found by its name, for the related list, before it goes. */
  keepRelatedLinks?: (block: Element) => void;
}

const BLOCK_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'UL', 'OL', 'LI', 'FIGURE', 'SPAN', 'HEADER', 'FOOTER', 'NAV', 'TABLE', 'DL', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'A']);

/** How much of a removed block's text its record keeps. */
const REMOVAL_SAMPLE_CHARS = 300;

/** Removes el from the copy, recording the start of its text and why it went. */
export function record(ctx: CleanContext, el: Element, reason: RemovalReason): void {
  const text = textSample(el, REMOVAL_SAMPLE_CHARS);
  if (text) ctx.removed.push({ reason, text });
  el.remove();
}

/**
 * Text length of the article-like paragraphs inside an element, counted until it passes `limit`:
 * guards against removing the story itself.
 */
function proseLength(el: Element, limit: number): number {
  let n = 0;
  // getElementsByTagName: jsdom answers it far faster than querySelectorAll.
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    const text = squash(p.textContent);
    if (text.length > 80 && linkDensity(p) < 0.3) n += text.length;
    if (n > limit) break;
  }
  return n;
}

/** Each clutter token's kind, as its rank in NAME_TOKENS (the first kind listed wins). */
const TOKEN_RANK = new Map(NAME_TOKENS.flatMap(([, words], rank) => words.map((w) => [w, rank] as const)));

/**
 * Responsive utility classes carry a breakpoint after an @ ("cf@tp-", "pb-5@m-", "grid@tl+"): the part after
 * it names a screen size, not the block, and would read as a clutter word ("tp" is also Piano's paywall prefix).
 */
function withoutBreakpointSuffixes(source: string): string {
  return source.replace(/@\S*/g, '');
}

function namesAnAuthorBox(tokens: readonly string[]): boolean {
  const { author, box, plugin } = AUTHOR_BOX_TOKENS;
  return tokens.some((t) => plugin.has(t)) || (tokens.some((t) => author.has(t)) && tokens.some((t) => box.has(t)));
}

function clutterKind(source: string): RemovalReason | null {
  const tokens = tokensOf(withoutBreakpointSuffixes(source));
  // Before the safe words: "author" is one of them, for the byline.
  if (namesAnAuthorBox(tokens)) return 'author-bio';
  const kind = kindOfNamedClutter(tokens);
  // "related-article" is no article, but a sponsored "related" widget (Taboola's) is an ad: its links are not related stories.
  if (kind !== 'ad' && tokens.some((t) => RELATED_TOKENS.has(t))) return 'related-list';
  return kind;
}

function kindOfNamedClutter(tokens: readonly string[]): RemovalReason | null {
  let rank = Infinity;
  let negated = false;
  for (const t of tokens) {
    if (SAFE_TOKENS.has(t)) return null;
    if (!negated) rank = Math.min(rank, TOKEN_RANK.get(t) ?? Infinity);
    negated = NEGATING_TOKENS.has(t);
  }
  return rank === Infinity ? null : NAME_TOKENS[rank]![0];
}

const NEVER_CONTENT_TAGS = new Set(NEVER_CONTENT_SELECTOR.split(/,\s*/).filter((s) => /^[a-z]+$/.test(s)).map((s) => s.toUpperCase()));

/**
 * Elements never in the reading flow; tag and attribute tests instead of the selector: jsdom scans the whole page
 * for an attribute-only selector like [hidden]. `names`: the element's attribute names, read once per element.
 */
function isNeverContent(el: Element, names: readonly string[]): boolean {
  return NEVER_CONTENT_TAGS.has(el.tagName) || names.includes('hidden');
}

/**
 * A form is a search box, login or comment box, except where it wraps the page, story included (ASP.NET pages,
 * some shop and recipe templates): then it holds the page's headline or story prose.
 */
function wrapsThePage(form: Element): boolean {
  return form.getElementsByTagName('h1').length > 0 || proseLength(form, 600) > 600;
}

/** Inline styles that hide an element. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Hidden from the person by an inline style, as Readability's visibility test reads it. Readability drops
 * these blocks whatever they hold; taken out earlier, they neither cost it time nor come back as a left-out
 * part of the story. (aria-hidden is left to Readability: it marks countless small icons, and testing and
 * removing each of them here cost more time than it saved.)
 */
function isInvisible(el: Element, names: readonly string[]): boolean {
  return names.includes('style') && HIDING_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Landmarks that are page furniture by their tag alone: site menus and footers (a footer inside the
 * story holds its tags, share links and author box). Readability scores their links and text like any
 * other block, so they leak into short stories and cost it time on every page.
 */
const LANDMARK_KINDS: ReadonlyMap<string, RemovalReason> = new Map([
  ['NAV', 'navigation'],
  ['FOOTER', 'navigation'],
]);

/**
 * One walk for the steps that judge an element by its tag and names: never-content and hidden elements, furniture
 * landmarks and blocks named as clutter ("share-bar", "ad-slot"). A named block or landmark that holds
 * story prose is a layout box, not clutter, and stays.
 */
export function removeByTagAndName(root: Element, ctx: CleanContext): void {
  const never: Element[] = [];
  const doomed: [Element, RemovalReason][] = [];
  // Pages repeat the same few class names on thousands of elements.
  const kinds = new Map<string, RemovalReason | null>();
  // Elements are collected during the walk and removed after it.
  forEachElement(root, (el) => {
    // One call for the attribute names instead of a lookup per attribute tested: most elements have none of them.
    const names = el.getAttributeNames();
    if (isNeverContent(el, names)) {
      never.push(el);
      return true;
    }
    if (el.tagName === 'FORM' && !wrapsThePage(el)) {
      never.push(el);
      return true;
    }
    // A hidden block that holds story prose may be a collapsed story ("Read more"): left for the completeness check.
    if (isInvisible(el, names) && proseLength(el, 600) <= 600) {
      never.push(el);
      return true;
    }
    // Code is shown as written: syntax highlighters name its parts "token comment", "hljs-meta", "tag"…
    if (el.tagName === 'PRE' || el.tagName === 'CODE') return true;
    let kind = LANDMARK_KINDS.get(el.tagName) ?? null;
    if (!kind && names.length && BLOCK_TAGS.has(el.tagName)) {
      const source = nameSource(el, names);
      kind = kinds.get(source) ?? null;
      if (!kinds.has(source)) kinds.set(source, (kind = clutterKind(source)));
    }
    if (!kind || proseLength(el, 600) > 600) return false;
    doomed.push([el, kind]);
    return true;
  });
  for (const el of never) el.remove();
  for (const [el, kind] of doomed) {
    if (kind === 'related-list') ctx.keepRelatedLinks?.(el);
    record(ctx, el, kind);
  }
}

const AD_LABEL_TAGS = /^(DIV|P|SPAN|SMALL|ASIDE|SECTION|H6|H5|H4)$/;

/** "Advertisement" labels: the outermost small block around the text node that is only the label. */
function adLabelAround(node: Text, root: Element): Element | null {
  let best: Element | null = null;
  for (const { el, text } of shortAncestors(node, 6, 60, root)) {
    if (AD_LABEL_TAGS.test(el.tagName) && AD_LABEL.test(text) && el.querySelectorAll('p, div').length < 3) best = el;
  }
  return best;
}

function removeTemplatePlaceholders(hits: Text[], ctx: CleanContext): void {
  for (const node of hits) {
    const before = node.nodeValue ?? '';
    const after = before.replace(TEMPLATE_PLACEHOLDER, '');
    ctx.removed.push({ reason: 'template-placeholder', text: squash(before.match(TEMPLATE_PLACEHOLDER)?.join(' ')) });
    node.nodeValue = after;
    const parent = node.parentElement;
    if (parent && !squash(parent.textContent) && !parent.querySelector('img, video, picture')) parent.remove();
  }
}

const PROMO_TAGS = /^(H[1-6]|P|STRONG|B|DIV|SPAN|A|BUTTON)$/;
/** First words of PROMO_TEXT, loosely: a cheap filter for text nodes worth climbing from. */
const PROMO_OPENING = /^(subscribe|become|get|sign|join|support|already|you|this|donate|never|enter|follow|download|hat|gefällt|artikel|beitrag|möchten|möchtest|willst|jetzt|abonniere[nr]?|hazte|suscríbete|¿ya|¡?mira|abonnez|pour lire|zapraszamy|(der|dieser) (artikel|beitrag)|to (view|read|continue)|for the latest|if you)(?![\p{L}])/iu;

/** Where a promo pitch starts: the outermost short element around the text node that reads as one. */
function promoAround(node: Text, root: Element): Element | null {
  let best: Element | null = null;
  for (const { el, text } of shortAncestors(node, 5, 199, root)) {
    if (PROMO_TAGS.test(el.tagName) && el.children.length <= 3 && text.length > 4 && PROMO_TEXT.test(text)) best = el;
  }
  return best;
}

/**
 * A pitch that is a few words of a story paragraph's sentence ("Check back for regular news roundups and <a>subscribe
 * to our YouTube channel</a> for video updates.") belongs to that sentence: taking the paragraph would take the story.
 */
function inStoryParagraph(start: Element): boolean {
  const p = start.tagName === 'P' ? null : start.closest('p');
  if (!p) return false;
  const text = squash(p.textContent);
  return text.length > 200 && linkDensity(p, text.length) < 0.3;
}

/**
 * The classes blog engines and microformats mark a post with. A promo box never holds one, and a poem or a song's
 * lyrics set in <br>-separated lines has no paragraphs for proseLength to count (a blog's "Subscribe to: Post
 * Comments" line once widened over the whole post).
 */
const POST_ENTRY = '.hentry, .h-entry, .entry-content, .post-body, [itemprop~="articleBody"]';

function holdsPostEntry(el: Element): boolean {
  return el.matches(POST_ENTRY) || el.querySelector(POST_ENTRY) !== null;
}

/** Promo boxes found by their words, for pages whose class names say nothing. */
function removePromos(starts: Element[], root: Element, ctx: CleanContext): void {
  for (const start of starts) {
    if (!root.contains(start) || inStoryParagraph(start)) continue;
    // Widen to the whole promo box while it stays small and holds no story prose. An <aside> is the whole box:
    // a short story around it holds less prose than that limit.
    let box: Element = start;
    while (box.tagName !== 'ASIDE' && box.parentElement && !/^(BODY|ARTICLE|MAIN)$/.test(box.parentElement.tagName)) {
      const parent = box.parentElement;
      if (squash(parent.textContent).length > 1200 || proseLength(parent, 700) > 700 || parent === root || holdsPostEntry(parent)) break;
      box = parent;
    }
    const reason: RemovalReason = /newsletter|inbox|e-?mail/i.test(box.textContent ?? '') ? 'newsletter' : /\b(teilen|share)\b/i.test(squash(start.textContent)) ? 'share-bar' : 'promo';
    // A promo heading loose in the article flow: its pitch and button follow it up to the next heading of its rank.
    if (box === start && /^H[1-6]$/.test(start.tagName)) removePitchAfter(start, reason, ctx);
    record(ctx, box, reason);
  }
}

/**
 * Clutter found by its words, from the text lines under root: unrendered template tags ({loadposition x}),
 * "Advertisement" labels, subscription or newsletter pitches, and the lines a template sets around a story about the
 * post (meta lines, disclaimers). `lines` may have been read before earlier steps took blocks out (page-text.ts): the
 * lines no longer under root are passed over.
 */
export function removeByText(root: Element, ctx: CleanContext, lines: readonly TextLine[] = textLines(root)): void {
  const placeholders: Text[] = [];
  const labels: Element[] = [];
  const pitches: Element[] = [];
  const notes: [Element, RemovalReason][] = [];
  for (const { node, text } of lines) {
    TEMPLATE_PLACEHOLDER.lastIndex = 0;
    const placeholder = TEMPLATE_PLACEHOLDER.test(node.nodeValue ?? '');
    const labelled = AD_LABEL.test(text);
    const pitched = PROMO_OPENING.test(text);
    const note: RemovalReason | null = text.length > MAX_LINE ? null : POST_META_LINE.test(text) ? 'post-meta' : DISCLAIMER.test(text) ? 'disclaimer' : null;
    if (!(placeholder || labelled || pitched || note) || !root.contains(node)) continue;
    const line = note ? templateLineAround(node, text, root, note === 'post-meta' ? POST_META_LINE : DISCLAIMER) : null;
    if (line && !notes.some(([el]) => el === line)) notes.push([line, note!]);
    if (placeholder) placeholders.push(node);
    const label = labelled ? adLabelAround(node, root) : null;
    if (label && !labels.some((h) => h.contains(label))) labels.push(label);
    const pitch = pitched ? promoAround(node, root) : null;
    if (pitch && !pitches.includes(pitch)) pitches.push(pitch);
  }
  removeTemplatePlaceholders(placeholders, ctx);
  for (const el of labels) if (root.contains(el)) record(ctx, el, 'ad');
  for (const [el, reason] of notes) if (root.contains(el)) record(ctx, el, reason);
  removePromos(pitches, root, ctx);
}

function removePitchAfter(heading: Element, reason: RemovalReason, ctx: CleanContext): void {
  const rank = Number(heading.tagName[1]);
  let budget = 1200;
  for (let next = heading.nextElementSibling; next; ) {
    const heading2 = /^H([1-6])$/.exec(next.tagName);
    if (heading2 && Number(heading2[1]) <= rank) break;
    budget -= squash(next.textContent).length;
    if (budget < 0) break;
    const following = next.nextElementSibling;
    record(ctx, next, reason);
    next = following;
  }
}

/**
 * Root and those of its elements that hold a descendant of one of `tags`: one pass up from each
 * such descendant instead of a querySelector per candidate.
 */
function holdersOf(root: Element, tags: readonly string[]): Set<Element> {
  const holders = new Set<Element>();
  for (const d of elementsByTag(root, tags)) {
    for (let up = d.parentElement; up && !holders.has(up); up = up === root ? null : up.parentElement) holders.add(up);
  }
  return holders;
}

/**
 * A byline in a script without capitals, which BYLINE_SENTENCE's capitalised names cannot see: "بقلم ليلى حسن"
 * (Arabic, Persian), "מאת דנה כהן" (Hebrew). Only removed when it names the author shown above it.
 */
const UNCASED_BYLINE = new RegExp(String.raw`^(?:${BY_WITHOUT_CAPITALS})\s*:?\s+([^\s\d.,:;!?،]+(?:\s+[^\s\d.,:;!?،]+){0,3})$`, 'u');

/** Byline lines repeated in the body (after a page break) and the header byline itself, which the popup shows. */
export function removeBylines(root: Element, ctx: CleanContext): Element[] {
  const beforeBreaks: Element[] = [];
  const holdBlocks = holdersOf(root, ['p', 'div']);
  for (const el of elementsByTag(root, ['p', 'div', 'span', 'address', 'h4', 'h5', 'h6'])) {
    if (holdBlocks.has(el) || !root.contains(el)) continue;
    const text = squash(el.textContent);
    const m = text.length <= 140 ? BYLINE_SENTENCE.exec(text) ?? UNCASED_BYLINE.exec(text) : null;
    // "By X on <date>": the tail must be a date, or this is a sentence that merely starts with "By".
    if (!m || (m[2] && !normalizeDate(m[2]))) continue;
    const named = ctx.authors.length === 0 || ctx.authors.some((a) => text.includes(a));
    if (!named) continue;
    const before = paragraphBefore(el);
    if (before) beforeBreaks.push(before);
    record(ctx, el, 'repeated-byline');
  }
  return beforeBreaks;
}

function insideFigure(el: Element): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (up.tagName === 'FIGURE') return true;
  return false;
}

export function removePhotoCredits(root: Element, ctx: CleanContext): void {
  const holdBlocks = holdersOf(root, ['p', 'div', 'img']);
  for (const el of elementsByTag(root, ['p', 'span', 'small', 'div', 'figcaption'])) {
    if (holdBlocks.has(el) || el.tagName === 'FIGCAPTION' || !root.contains(el) || insideFigure(el)) continue;
    if (PHOTO_CREDIT.test(squash(el.textContent))) record(ctx, el, 'photo-credit');
  }
}

/**
 * Class names of author boxes, matched anywhere in the class attribute as [class*="bio"] would. Readability strips
 * classes from its output, so only blocks the completeness check joined back still carry them.
 */
const AUTHOR_BOX_CLASS = /bio|about-author|author-info|authorinfo/;

/** A short paragraph near the end that describes the author ("Bob is a regular contributor… reach him at…"). */
export function removeAuthorBios(root: Element, ctx: CleanContext): void {
  // A class test per element instead of the [class*=…] selector, which jsdom's selector engine answers five times slower.
  const boxes = elementsWhere(root, (el) => AUTHOR_BOX_CLASS.test(el.getAttribute('class') ?? ''));
  for (const el of boxes) {
    if (root.contains(el) && proseLength(el, 800) < 800 && squash(el.textContent).length < 1000) record(ctx, el, 'author-bio');
  }
  const paragraphs = Array.from(root.getElementsByTagName('p'));
  const firstNames = ctx.authors.map((a) => a.split(/\s+/)[0]!).filter((n) => n.length > 1);
  for (const p of paragraphs.slice(-6)) {
    const text = squash(p.textContent);
    if (text.length > 600 || !AUTHOR_BIO.test(text)) continue;
    const aboutAuthor = firstNames.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) || /@|\b(he|she|they) can be reached\b/i.test(text);
    if (aboutAuthor) record(ctx, p, 'author-bio');
  }
}

const EMPTY_CANDIDATES = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'SPAN', 'UL', 'OL', 'LI', 'FIGURE']);
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'svg', 'iframe', 'hr', 'table']);

/** Blocks with neither text nor media, decided bottom-up in one pass; returns whether `el` holds either. */
function removeEmptyIn(el: Element): boolean {
  let filled = false;
  for (let child = el.firstChild; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === 3) filled ||= /\S/.test(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const childEl = child as Element;
      const childFilled = removeEmptyIn(childEl) || MEDIA.has(childEl.localName);
      // A blank <span>　</span> between two words is their only space: it stays as a space.
      if (!childFilled && EMPTY_CANDIDATES.has(childEl.tagName)) childEl.replaceWith(...(childEl.textContent ? [' '] : []));
      filled ||= childFilled;
    }
    child = next;
  }
  return filled;
}

export function removeEmptyBlocks(root: Element): void {
  removeEmptyIn(root);
}

/** Steps safe on the whole page before Readability. `lines`: the page's text lines, read before any removal. */
export function removeClutterFromPage(root: Element, ctx: CleanContext, lines: readonly TextLine[] = textLines(root)): void {
  removeByTagAndName(root, ctx);
  removeByText(root, ctx, lines);
  removeCaptionCredits(root, ctx, lines);
}

/** Steps that need to see the article alone: bylines, credits and bios are only clutter inside the body. */
export function removeClutterFromArticle(root: Element, ctx: CleanContext): void {
  removeByText(root, ctx);
  const beforeBreaks = removeBylines(root, ctx);
  removeRepeatedDateLines(root, ctx.publishedTime, ctx.authors, (line) => record(ctx, line, 'repeated-date'));
  removePhotoCredits(root, ctx);
  removeAuthorBios(root, ctx);
  removeEmptyBlocks(root);
  rejoinSplitParagraphs(beforeBreaks);
}
