/**
 * Chooses the headline. The visible heading (<h1>, else an early <h2>) wins when the page's
 * declared titles (JSON-LD headline, og:title, <title>) agree with it; otherwise the declared
 * headline, without " | Site Name" tails (title-site.ts), unless it is only a search-engine line
 * beside the page's one <h1>.
 */
import { squash } from './text';
import { headlineInFirstH2 } from './title-h2';
import { contentWords, namesOnlySite, spellsHostName, stripSiteSegment, titleKey, words } from './title-site';

const SEPARATOR = /\s+[|–—\-:»›·•]\s+|\s+::\s+/;
/**
 * Where a headline splits into parts: the separators above plus a colon that ends a word ("Project: Better…") and the
 * slashes of a breadcrumb ("site: Das Amt / Reden / Headline").
 */
const PART_SEPARATOR = /\s+[|–—\-»›·•/]\s+|\s*:\s+|\s+::\s+/;

/** The page's title sources, read before cleaning (see metadata/index.ts). */
export interface TitleSources {
  headline: string | null;
  ogTitle: string | null;
  h1s: string[];
  /** The first few <h2>s: blogs put the site name in the <h1> and the post title in an <h2>. */
  h2s: string[];
  hostname: string | null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', hellip: '…' };

/** Combining marks of the accent entities: "&oacute;" is "o" with an acute accent. */
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };

/** "&oacute;", "&Uuml;", "&ccedil;": the accented letters of Western languages, without a table of each. */
function accentedLetter(name: string): string | null {
  const m = name.match(/^([a-z])(acute|grave|uml|circ|tilde|cedil|ring)$/i);
  return m ? `${m[1]}${ACCENTS[m[2]!.toLowerCase()]}`.normalize('NFC') : null;
}

/**
 * A title as a reader should see it: CMSs that escape twice leave "&#8211;" or "&amp;" in og:title and
 * JSON-LD (the HTML parser decodes only once).
 */
export function plainTitle(t: string | null | undefined): string {
  const decoded = (t ?? '').replace(/&(?:#(\d{1,6})|#x([\da-f]{1,5})|([a-z]{2,6}));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? accentedLetter(name) ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
  return squash(decoded);
}

function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? titleKey(siteName) : '';
  const kept = parts.filter((p) => !site || !titleKey(p).includes(site) || titleKey(p).length > site.length + 12);
  // Only drop a tail when what is left still reads as a headline.
  const best = kept.length ? kept.reduce((a, b) => (b.length > a.length ? b : a)) : title;
  return best.split(/\s+/).length >= 3 ? best : title;
}

function headingScore(h: string, sources: TitleSources, docTitle: string, siteKeys: string[], isH1: boolean): number {
  const k = titleKey(h);
  if (k.length < 3 || siteKeys.includes(k)) return 0;
  if (!sources.headline && !sources.ogTitle && blogNameInDocTitle(h, docTitle)) return 0;
  const docKey = titleKey(docTitle);
  // "Site: Headline" as well as "Headline | Site".
  const segments = docTitle.split(PART_SEPARATOR).map(titleKey);
  let score = 0;
  // The looser agreements below count once: JSON-LD and og:title usually carry the same wording.
  let looseAgreement = false;
  for (const declared of [sources.headline, sources.ogTitle]) {
    if (!declared) continue;
    const d = titleKey(declared);
    if (d === k) score += 3;
    else if (isSiteHeading(k, d, docTitle) || namesTopicOf(k, declared)) return 0;
    else if (k.length > 8 && declared.split(PART_SEPARATOR).some((part) => titleKey(part) === k)) score += 1.5;
    else if (isH1 && !looseAgreement && k.length > 8 && d.includes(k)) {
      // The topic of a declared question or explainer ("Leadership Styles" for "What are Leadership Styles?
      // definition and meaning"): agreement only when the document title holds it too.
      looseAgreement = true;
      score += 1;
    } else if (isH1 && !looseAgreement && continuesHeadline(h, declared)) {
      looseAgreement = true;
      score += 2;
    } else if (isH1 && !looseAgreement && !k.includes(d) && rewordedHeadline(h, declared)) {
      // An <h1> that holds the whole declared title holds a kicker or a subtitle too, and is no rewording.
      looseAgreement = true;
      score += 1.5;
    }
  }
  if (docKey === k || segments.includes(k) || (k.length > 8 && docKey.startsWith(k))) score += 2;
  else if (k.length > 8 && docKey.includes(k)) score += 1;
  return score;
}

/**
 * og:title cut short for search results: "Ultium Cells erhöht Gigafactory-Kapazität" for the <h1> "Ultium Cells erhöht
 * Gigafactory-Kapazität in Tennessee". The heading starts with the declared title and goes on for a few words, with no
 * separator between (a date, a category list or a glued subtitle runs on longer; a kicker stands before).
 */
function continuesHeadline(heading: string, declared: string): boolean {
  const h = heading.toLowerCase().normalize('NFKC');
  const d = declared.toLowerCase().normalize('NFKC');
  if (words(d) < 3 || !h.startsWith(d + ' ')) return false;
  const rest = h.slice(d.length).trim();
  return words(rest) <= 3 && !/[|–—:•·»/]/.test(rest);
}

/**
 * A heading that is only the topic before the colon of the declared title ("Dezuka Suisan" in the <h2>s of a post
 * declared "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh") heads a section about the topic, not the story.
 */
function namesTopicOf(headingKey: string, declared: string): boolean {
  const colon = declared.search(/\s*:\s/);
  if (colon <= 0 || titleKey(declared.slice(0, colon)) !== headingKey) return false;
  // "Headline: 31.10.2023, 10.19 Uhr" or "Headline: Die Erklärung" put the headline first and a short addition after.
  const topic = declared.slice(0, colon);
  const rest = declared.slice(colon).replace(/^\s*:\s*/, '');
  return words(rest) > words(topic) && words(rest) >= 3;
}

/**
 * The same story headline worded for search engines: og:title "Brexit: Nervenkrieg geht in nächste Runde" for the
 * <h1> "Der Nervenkrieg um den Brexit geht in die nächste Runde". Most of the shorter one's words recur in the
 * other, and the heading has words of its own (a heading made only of the declared title's words is a fragment
 * of it, such as its first half, unless it leaves out at most one word in five: "VW-Chef warnt vor Tesla" for
 * "VW-Chef Diess warnt vor Tesla"); a site name or a section heading shares none or one. Readers see the <h1>.
 */
export function rewordedHeadline(heading: string, declared: string): boolean {
  const a = contentWords(heading);
  const b = contentWords(declared);
  if (a.size < 2 || b.size < 2) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const notFragment = shared < a.size || (a.size >= 4 && shared >= 0.8 * b.size);
  return shared >= 2 && notFragment && shared / Math.min(a.size, b.size) >= 0.5;
}

/**
 * Blogs put their own name in the <h1> and the post title in a smaller heading: "Blog Name: Post
 * title" as <title>, "Post title" as og:title, "Blog Name" as <h1>. A heading that is one part of
 * the document title while the declared title is another part names the site, not the story.
 */
function isSiteHeading(headingKey: string, declaredKey: string, docTitle: string): boolean {
  const parts = docTitle.split(PART_SEPARATOR).map(titleKey);
  return parts.length > 1 && parts.includes(headingKey) && parts.includes(declaredKey);
}

/**
 * Old blog themes declare no title and put the blog's name in the <h1>: "Post title | Blog Name" or
 * WordPress's "Blog Name » Blog Archive » Post title" as <title>, "Blog Name" as the <h1>. A short heading
 * that is a later part of the document title, after a first part at least as long ("Muffin Grundrezept : Muffin
 * Rezepte"), names the blog, not the post; so does the first part before "Blog Archive". (A heading that is the
 * first part is the headline: "Ben Wilson Surf - Point of Sail - Segelmacher, Surf und Kite Shop" puts the site's
 * long description last.)
 */
function blogNameInDocTitle(heading: string, docTitle: string): boolean {
  const parts = docTitle.split(SEPARATOR);
  const at = parts.findIndex((p) => titleKey(p) === titleKey(heading));
  if (parts.length < 2 || at < 0 || words(heading) > 5) return false;
  const asLong = (p: string) => words(p) >= 2 && words(p) >= words(heading);
  return at > 0 ? asLong(parts[0]!) : parts.some((p) => /^blog\s?archiv/i.test(p)) && parts.some(asLong);
}

/** The longest part of a document title, for pages whose only heading names the blog. */
function longestPart(docTitle: string): string {
  return docTitle.split(SEPARATOR).reduce((a, b) => (words(b) > words(a) ? b : a));
}

/**
 * SEO plugins fill <title> and og:title from one field written for search results ("Privatkredit-Zinsen: So
 * ermitteln Sie Ihre Kosten"); the page's one <h1> is the headline its readers see ("Wie hoch sind die Zinsen für
 * einen Privatkredit?"). When the two search titles agree and the <h1> is a different line of at least three words
 * (not the site's name, and neither holding the other: an <h1> that holds the declared title adds a kicker),
 * the <h1> is the headline.
 */
function editorialHeadline(h1s: string[], declared: string, docTitle: string, siteKeys: string[]): string | null {
  // Themes print the same <h1> twice, for wide and narrow screens.
  const distinct = new Set(h1s);
  const h1 = distinct.size === 1 ? h1s[0]! : null;
  if (!h1 || words(h1) < 3 || siteKeys.includes(titleKey(h1))) return null;
  const [k, d] = [titleKey(h1), titleKey(declared)];
  if (k.includes(d) || d.includes(k)) return null;
  return titleKey(stripSiteSegment(docTitle, siteKeys)) === d ? h1 : null;
}

/**
 * Decoration before or after a title's words: a word of only arrows, brackets and bars ("[> Jens Weber", "» Title",
 * ">> Title", ":: Title ::", "Title |"). Punctuation inside or against a word stays ("»Zitat«", "[Update] …", "C++"),
 * and so do guillemets that open and close a quote ("« Il y a … ». Sur les migrations").
 */
const DECORATION = String.raw`[\[\]<>|:~*=#•·→←⟩⟨/\\–—-]`;
const EDGE_DECORATION = new RegExp(String.raw`^(?:${DECORATION}+\s+)+|(?:\s+${DECORATION}+)+$`, 'gu');
const EDGE_DECORATION_OR_GUILLEMETS = new RegExp(String.raw`^(?:[«»‹›]*${DECORATION}*[«»‹›]*\s+)+|(?:\s+[«»‹›]*${DECORATION}*[«»‹›]*)+$`, 'gu');

export function withoutDecoration(title: string): string {
  const quotes = /[«‹]/.test(title) && /[»›]/.test(title);
  const trimmed = title.replace(quotes ? EDGE_DECORATION : EDGE_DECORATION_OR_GUILLEMETS, '').trim();
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : title;
}

export function chooseTitle(candidates: string[], readabilityTitle: string | null, documentTitle: string, siteName: string | null, sources?: TitleSources): string {
  return withoutDecoration(chosenTitle(candidates, readabilityTitle, documentTitle, siteName, sources));
}

function chosenTitle(candidates: string[], readabilityTitle: string | null, documentTitle: string, siteName: string | null, sources?: TitleSources): string {
  if (sources) return chooseFromSources(sources, readabilityTitle, documentTitle, siteName);
  const declared = candidates.map((c) => squash(c)).filter(Boolean);
  const fromDoc = squash(readabilityTitle) || squash(documentTitle);
  // An <h1> or declared headline that the document title also contains is the page's own headline.
  const docKey = titleKey(documentTitle);
  const agreed = declared.find((c) => titleKey(c).length > 8 && docKey.includes(titleKey(c)));
  const title = agreed ?? declared[0] ?? fromDoc;
  return stripSiteName(title, siteName) || 'Untitled';
}

function chooseFromSources(sources: TitleSources, readabilityTitle: string | null, documentTitle: string, siteName: string | null): string {
  const docTitle = plainTitle(documentTitle);
  const host = sources.hostname?.replace(/^www\./, '') ?? '';
  const siteKeys = [siteName ? titleKey(siteName) : '', titleKey(host), titleKey(host.split('.').slice(0, -1).join('.'))].filter(Boolean);
  // The declared titles as headlines: a site name or date beside them would keep them from matching the <h1>.
  const clean = (t: string | null) => (t && !namesOnlySite(t, siteKeys) ? stripSiteSegment(t, siteKeys) : null);
  sources = { ...sources, headline: clean(sources.headline), ogTitle: clean(sources.ogTitle) };
  // The visible heading the declared titles agree with; <h1>s before <h2>s, earlier before later.
  let best: { text: string; score: number } | null = null;
  for (const [list, bonus] of [[sources.h1s, 0.5], [sources.h2s, 0]] as const) {
    for (const h of list) {
      if (spellsHostName(h, host)) continue;
      const score = headingScore(h, sources, docTitle, siteKeys, list === sources.h1s) + bonus;
      // Of two equally agreed headings the longer is the headline: "Site - Section - Headline" holds both.
      if (score >= 2 && (!best || score > best.score || (score === best.score && words(h) > words(best.text)))) best = { text: h, score };
    }
  }
  // A heading can carry the date too ("23.01.2022 - Story"); no site name is dropped from what readers see.
  if (best) return stripSiteSegment(best.text, []);
  const declared = squash(sources.headline) || squash(sources.ogTitle);
  const editorial = declared ? editorialHeadline(sources.h1s, declared, docTitle, siteKeys) : null;
  if (editorial) return editorial;
  if (declared) return stripSiteSegment(declared, siteKeys) || declared;
  const inH2 = headlineInFirstH2(sources.h1s, sources.h2s, docTitle);
  if (inH2) return inH2;
  const onlyH1 = sources.h1s.length === 1 && !siteKeys.includes(titleKey(sources.h1s[0]!)) ? sources.h1s[0]! : null;
  if (onlyH1 && blogNameInDocTitle(onlyH1, docTitle)) return longestPart(docTitle);
  if (onlyH1) return onlyH1;
  const fallback = docTitle || squash(readabilityTitle);
  return (fallback && stripSiteSegment(fallback, siteKeys)) || 'Untitled';
}
