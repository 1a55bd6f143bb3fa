/**
 * Finds a selector for a block the person hid, from the block's place in the original page. Stable
 * names first (id, then classes and data-* attributes, then the same scoped under a named ancestor),
 * position last; every candidate must match the block on this page and pass the main-text guard.
 */
import type { SelectorBasis } from './rule';
import { carriesArticleText, takesMainText } from './main-text';
import { pageProse } from './page-prose';
import { isStableDataAttribute, isStableName } from './stable-names';

export type Derived = { ok: true; selector: string; basis: SelectorBasis } | { ok: false; reason: string };

const MAX_MATCHES = 4;
const CANNOT = 'Hidden on this page only: nothing marks this block on the site’s other pages.';
const TOO_MUCH = 'Hidden on this page only: a rule for it would hide the article itself.';
const OVERLAPS = 'Hidden on this page only: every way of naming this block also matches part of the article.';

function tag(el: Element): string {
  return el.tagName.toLowerCase();
}

function stableId(el: Element): string | null {
  return el.id && isStableName(el.id) ? el.id : null;
}

function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter(isStableName).slice(0, 4);
}

function stableData(el: Element): string | null {
  for (const attr of Array.from(el.attributes)) {
    if (isStableDataAttribute(attr.name, attr.value)) return `[${attr.name}="${attr.value}"]`;
  }
  return null;
}

/** "aside.most-read[data-module=rail]", or null when the element has no stable names. */
function nameSignature(el: Element): string | null {
  const classes = stableClasses(el);
  const data = stableData(el);
  if (classes.length === 0 && !data) return null;
  return tag(el) + classes.map((c) => `.${c}`).join('') + (data ?? '');
}

function anchorSignature(el: Element): string | null {
  const id = stableId(el);
  return id ? `#${id}` : nameSignature(el);
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === el.tagName) n++;
  return `${tag(el)}:nth-of-type(${n})`;
}

/** Position counted among the story's own paragraphs changes with every article, so it cannot make a rule. */
function positionShiftsWithText(el: Element, article: Set<string>): boolean {
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (sib.tagName === el.tagName && carriesArticleText(sib, article, null)) return true;
  }
  return false;
}

function structuralPath(el: Element, article: Set<string>): string | null {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'HTML'; node = node.parentElement) {
    if (node !== el) {
      const anchor = anchorSignature(node);
      if (anchor) return [anchor, ...steps].join(' > ');
    }
    if (node.tagName === 'BODY') return ['body', ...steps].join(' > ');
    if (positionShiftsWithText(node, article)) return null;
    steps.unshift(nthOfType(node));
  }
  return null;
}

function safeQuery(doc: Document, selector: string): Element[] | null {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return null;
  }
}

/**
 * @param el the block in the original page
 * @param articleTexts paragraph texts of the article the person was reading when they hid the block
 */
export function deriveSelector(el: Element, articleTexts: Set<string>): Derived {
  const doc = el.ownerDocument;
  if (!doc.body || !doc.body.contains(el) || el === doc.body) return { ok: false, reason: CANNOT };
  const prose = pageProse(doc.body);
  if (takesMainText([el], prose.total, prose.lengthOf)) return { ok: false, reason: TOO_MUCH };

  const candidates: [string, SelectorBasis][] = [];
  const id = stableId(el);
  if (id) candidates.push([`#${id}`, 'id']);
  const own = nameSignature(el);
  if (own) candidates.push([own, 'names']);
  for (let up = el.parentElement, depth = 0; up && up.tagName !== 'BODY' && depth < 6; up = up.parentElement, depth++) {
    const anchor = anchorSignature(up);
    if (!anchor) continue;
    if (own) candidates.push([`${anchor} ${own}`, 'scoped']);
    break;
  }
  const structural = structuralPath(el, articleTexts);
  if (structural) candidates.push([structural, 'structural']);

  for (const [selector, basis] of candidates) {
    const matches = safeQuery(doc, selector);
    if (!matches || !matches.includes(el)) continue;
    // Utility classes ("flex mt-4") name half the page; a rule should name a kind of box, not a style.
    if (matches.length > MAX_MATCHES) continue;
    if (takesMainText(matches, prose.total, prose.lengthOf)) continue;
    if (matches.some((m) => carriesArticleText(m, articleTexts, el))) continue;
    return { ok: true, selector, basis };
  }
  return { ok: false, reason: candidates.length ? OVERLAPS : CANNOT };
}

const BLOCK_TAGS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|LI|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

const SAMPLE_CHARS = 120;

/**
 * Text with a space where one block ends and the next begins ("Weather Fog…", not "WeatherFog…"), read
 * only until it is longer than `enough`: a block may be a wrapper around most of a large page.
 */
function blockText(el: Element, enough: number): string {
  // Kept squashed but for its ends, so its length says how much text has been read.
  let text = '';
  const add = (piece: string) => {
    text = (text + piece).replace(/\s+/g, ' ');
  };
  const walk = (node: Node): boolean => {
    if (node.nodeType === 3) add(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test((node as Element).tagName)) {
      const block = BLOCK_TAGS.test((node as Element).tagName);
      if (block) add(' ');
      for (let child = node.firstChild; child; child = child.nextSibling) if (walk(child)) return true;
      if (block) add(' ');
    }
    return text.trim().length > enough;
  };
  walk(el);
  return text.trim();
}

/** A short description of the block for the settings page. */
export function sampleOf(el: Element): string {
  const text = blockText(el, SAMPLE_CHARS);
  if (text) return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 3)}…` : text;
  const img = el.querySelector('img');
  return img ? `Image: ${img.getAttribute('alt') || img.getAttribute('src') || ''}`.slice(0, 120) : `<${tag(el)}> block`;
}
