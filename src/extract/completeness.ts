/**
 * Honest results. Readability often stops where an ad slot, a "most read" box or an inline promo splits
 * the story into sibling containers. After Readability, this module looks back at a copy of the cleaned
 * page: story prose the extract left out is joined back when it is clearly the same story (prose of the
 * same kind, few links, close in the same container chain), and whatever substantial prose is still
 * left out earns the `possibly-incomplete` warning instead of a silently partial article.
 *
 * It also holds the benchmark's measurement API (completenessSample / completenessOutcome /
 * completenessFigures) so the bench and the product count "recovered" and "warned" the same way.
 */
import type { ArticleWarning } from './article';
import type { ExtractOptions, ExtractResult } from './index';
import { linkDensity, nameTokens, squash, wordCount } from './text';

export interface CompletenessOptions {
  /** false = only look (the benchmark's "before recovery" run); true by default. */
  recover?: boolean;
  /** "Show the rest": join every left-out story passage, not only the clearly same-story parts. */
  relaxed?: boolean;
}

export interface CompletenessResult {
  /** Characters of story prose joined back into the article. */
  recoveredChars: number;
  /** Characters of story prose still left out. */
  missingChars: number;
  warning: ArticleWarning | null;
}

/** Regions whose prose belongs to the page, not the story. */
const OUTSIDE_STORY = 'nav, aside, footer, header, form, figcaption, a, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"]';
const OUTSIDE_TOKENS = /^(comment|comments|related|recommended|recirc|more|most|popular|trending|sidebar|rail|widget|newsletter|promo|teaser|teasers|card|cards|bio|biography|footer|nav|menu|breadcrumb|share|social|caption|credit|credits|disclaimer|copyright|cookie|consent|ad|ads|advert|advertisement|sponsored|outbrain|taboola|signup|subscribe|paywall|modal|popup|toolbar|tags|author|authors)$/;

/** Left-out prose below both thresholds is normal page furniture; above them the story may be cut. */
const WARN_MIN_CHARS = 600;
const WARN_MIN_SHARE = 0.3;
/** How far (in parent steps) a part may sit from the extract's paragraphs and still be the same story. */
const MAX_CHAIN_DISTANCE = 6;
const MIN_PART_CHARS = 150;

function isStoryProse(p: Element): boolean {
  const text = squash(p.textContent);
  return text.length >= 80 && wordCount(text) >= 12 && /[.!?。！？:"”»)]/.test(text) && linkDensity(p) < 0.25;
}

class StoryMap {
  private outside = new Map<Element, boolean>();
  private readonly bodyChars: number;

  constructor(private readonly body: Element) {
    this.bodyChars = squash(body.textContent).length;
  }

  /** Inside a box named or marked as not the story (boxes only: a page-wide wrapper named "has-sidebar" says nothing). */
  isOutside(el: Element): boolean {
    if (el.closest(OUTSIDE_STORY)) return true;
    for (let up = el.parentElement; up && up !== this.body; up = up.parentElement) {
      let known = this.outside.get(up);
      if (known === undefined) {
        known = nameTokens(up).some((t) => OUTSIDE_TOKENS.test(t)) && squash(up.textContent).length < 0.5 * this.bodyChars;
        this.outside.set(up, known);
      }
      if (known) return true;
    }
    return false;
  }

  storyParagraphs(): Element[] {
    return Array.from(this.body.querySelectorAll('p')).filter((p) => isStoryProse(p) && !this.isOutside(p));
  }
}

/** The <article> element most of the extract's paragraphs sit in, if they sit in one. */
function homeArticle(extracted: Element[]): Element | null {
  const counts = new Map<Element, number>();
  for (const p of extracted) {
    const a = p.closest('article');
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  let best: Element | null = null;
  for (const [a, n] of counts) if (n > extracted.length / 2 && (!best || n > counts.get(best)!)) best = a;
  return best;
}

function coveredBy(articleText: string, paragraph: string): boolean {
  if (articleText.includes(paragraph)) return true;
  // Cleaning trims placeholders and credits inside paragraphs; the head or tail still shows it is there.
  return paragraph.length > 120 && (articleText.includes(paragraph.slice(0, 60)) || articleText.includes(paragraph.slice(-60)));
}

function depth(el: Element): number {
  let n = 0;
  for (let up = el.parentElement; up; up = up.parentElement) n++;
  return n;
}

/** The largest ancestor of a left-out paragraph that holds none of the extract's paragraphs: the "part" it belongs to. */
function partOf(p: Element, extracted: Element[], body: Element, map: StoryMap): Element {
  let part = p;
  for (let up = p.parentElement; up && up !== body; up = up.parentElement) {
    if (extracted.some((e) => up.contains(e)) || map.isOutside(up)) break;
    part = up;
  }
  return part;
}

function proseChars(paragraphs: Element[]): number {
  return paragraphs.reduce((n, p) => n + squash(p.textContent).length, 0);
}

function sameStory(part: Element, paragraphs: Element[], anchor: Element | undefined, relaxed: boolean): boolean {
  const chars = proseChars(paragraphs);
  if (chars < (relaxed ? 80 : MIN_PART_CHARS)) return false;
  const partChars = squash(part.textContent).length || 1;
  // A part that is mostly paragraphs, with few links: a story's text, not a widget with a blurb.
  if (chars / partChars < (relaxed ? 0.4 : 0.6) || linkDensity(part) > (relaxed ? 0.3 : 0.2)) return false;
  if (relaxed) return true;
  // A part with its own headline is a story of its own.
  if (!anchor || part.querySelector('h1')) return false;
  const lca = part.parentElement;
  if (!lca || !lca.contains(anchor)) return false;
  return depth(paragraphs[0]!) - depth(lca) <= MAX_CHAIN_DISTANCE && depth(anchor) - depth(lca) <= MAX_CHAIN_DISTANCE;
}

/** Where a recovered part goes in the article: right after the block holding the paragraph that precedes it on the page. */
function placeOf(container: Element, anchorText: string): Element | null {
  const key = anchorText.slice(0, 60);
  const hit = Array.from(container.querySelectorAll('p')).find((p) => squash(p.textContent).includes(key));
  if (!hit) return null;
  let at: Element = hit;
  while (at.parentElement && at.parentElement !== container && !/^(DIV|SECTION|ARTICLE|MAIN)$/.test(at.parentElement.tagName)) at = at.parentElement;
  return at;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}

/**
 * Checks the article (`container`, Readability's output) against `reference`, a copy of the page taken
 * after page-level cleaning and before Readability; joins same-story parts into `container` in place.
 */
export function completeArticle(reference: Document, container: Element, options: CompletenessOptions = {}): CompletenessResult {
  const recover = options.recover ?? true;
  const relaxed = options.relaxed ?? false;
  const body = reference.body;
  if (!body) return { recoveredChars: 0, missingChars: 0, warning: null };
  const map = new StoryMap(body);
  let articleText = squash(container.textContent);
  const all = map.storyParagraphs();
  const home = homeArticle(all.filter((p) => coveredBy(articleText, squash(p.textContent))));
  // Prose in another <article> is another story (the next one, preloaded below): neither joined nor missed.
  const story = home ? all.filter((p) => { const a = p.closest('article'); return !a || a === home || home.contains(a) || a.contains(home); }) : all;
  const extracted = story.filter((p) => coveredBy(articleText, squash(p.textContent)));
  let missing = story.filter((p) => !extracted.includes(p));

  let recoveredChars = 0;
  if (recover && missing.length && (extracted.length || relaxed)) {
    const parts = new Map<Element, Element[]>();
    for (const p of missing) {
      const part = partOf(p, extracted, body, map);
      parts.set(part, [...(parts.get(part) ?? []), p]);
    }
    const lastPlaced = new Map<Element, Element>();
    for (const [part, paragraphs] of parts) {
      const before = [...extracted].reverse().find((e) => precedes(e, part));
      const after = extracted.find((e) => precedes(part, e));
      const anchor = before ?? after;
      if (!sameStory(part, paragraphs, anchor, relaxed)) continue;
      const copy = part.cloneNode(true) as Element;
      const place = anchor ? placeOf(container, squash(anchor.textContent)) : null;
      if (place && before) {
        (lastPlaced.get(place) ?? place).after(copy);
        lastPlaced.set(place, copy);
      } else if (place) {
        place.before(copy);
      } else {
        (container.firstElementChild ?? container).append(copy);
      }
      recoveredChars += proseChars(paragraphs);
      for (const p of paragraphs) extracted.push(p);
    }
    if (recoveredChars) {
      articleText = squash(container.textContent);
      missing = story.filter((p) => !coveredBy(articleText, squash(p.textContent)));
    }
  }

  const missingChars = proseChars(missing);
  const shownChars = Math.max(proseChars(story) - missingChars, articleText.length * 0.5);
  const cut = missingChars >= WARN_MIN_CHARS && missingChars >= WARN_MIN_SHARE * shownChars;
  const words = missing.reduce((n, p) => n + wordCount(squash(p.textContent)), 0);
  return {
    recoveredChars,
    missingChars,
    warning: cut ? { code: 'possibly-incomplete', message: `About ${Math.round(words / 10) * 10 || words} words of text on the page were left out; the article may be cut short.` } : null,
  };
}

// ---- Benchmark API --------------------------------------------------------------------------

/** One page, as the benchmark sees it. */
export interface CompletenessOutcome {
  /** The extract without recovery missed at least one must-have segment. */
  incomplete: boolean;
  /** …and recovery brought every missed segment back. */
  recovered: boolean;
  /** The shipped extract carries the possibly-incomplete warning. */
  warned: boolean;
  /** The shipped extract (with recovery) holds every must-have segment. */
  complete: boolean;
}

const holdsAll = (text: string | null, segments: string[]) => {
  const t = squash(text);
  return segments.every((s) => t.includes(squash(s)));
};

export function completenessOutcome(input: { mustHave: string[]; plainText: string | null; recoveredText: string | null; warned: boolean }): CompletenessOutcome {
  const incomplete = !holdsAll(input.plainText, input.mustHave);
  const complete = holdsAll(input.recoveredText, input.mustHave);
  return { incomplete, recovered: incomplete && complete, warned: input.warned, complete };
}

/**
 * Runs `extract` twice on one parsed page (recovery off, then the shipped default) and scores it.
 * `extract` is the pipeline's extractArticle, passed in so this module does not import the pipeline that imports it.
 */
export function completenessSample(
  doc: Document,
  options: Pick<ExtractOptions, 'url' | 'window'> & { mustHave: string[] },
  extract: (doc: Document, options: ExtractOptions) => ExtractResult,
): CompletenessOutcome {
  const plain = extract(doc, { url: options.url, window: options.window, clean: true, recover: false });
  const shipped = extract(doc, { url: options.url, window: options.window, clean: true });
  return completenessOutcome({
    mustHave: options.mustHave,
    plainText: plain.ok ? plain.article.textContent : null,
    recoveredText: shipped.ok ? shipped.article.textContent : null,
    warned: shipped.ok && shipped.article.warnings.some((w) => w.code === 'possibly-incomplete'),
  });
}

export interface CompletenessFigures {
  pages: number;
  /** Pages whose extract (before recovery) misses a must-have segment. */
  incompletePages: number;
  recoveredOrWarned: number;
  /** recoveredOrWarned / incompletePages (target ≥ 0.80); null with no incomplete page. */
  recoveredOrWarnedShare: number | null;
  recovered: number;
  /** Pages whose shipped extract holds every must-have segment. */
  completePages: number;
  falselyWarned: number;
  /** falselyWarned / completePages (target ≤ 0.03); null with no complete page. */
  falseWarningShare: number | null;
}

export function completenessFigures(outcomes: CompletenessOutcome[]): CompletenessFigures {
  const incomplete = outcomes.filter((o) => o.incomplete);
  const complete = outcomes.filter((o) => o.complete);
  const recoveredOrWarned = incomplete.filter((o) => o.recovered || o.warned).length;
  const falselyWarned = complete.filter((o) => o.warned).length;
  return {
    pages: outcomes.length,
    incompletePages: incomplete.length,
    recoveredOrWarned,
    recoveredOrWarnedShare: incomplete.length ? recoveredOrWarned / incomplete.length : null,
    recovered: incomplete.filter((o) => o.recovered).length,
    completePages: complete.length,
    falselyWarned,
    falseWarningShare: complete.length ? falselyWarned / complete.length : null,
  };
}
