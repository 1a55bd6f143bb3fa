/** Author, date, title candidates and site name, gathered from the untouched page before any cleaning. */
import { textLines, type TextLine } from '../page-text';
import { squash } from '../text';
import { plainTitle, type TitleSources } from '../title';
import { isAccountName, printedAccountName } from './account-names';
import { CAPITALIZED_NAME, splitAuthors, uniqueNames } from './authors';
import { collectCandidates } from './candidates';
import { ORGANISATION } from './copyright';
import { fullerNames, nameKey, namesSite } from './fuller-names';
import { headingText } from './heading-text';
import { headlineCredit } from './headline-credit';
import { numericDateOrder, pageLanguage } from './numeric-date-order';
import { readLinkedData } from './json-ld';
import { readMetaTags } from './meta-tags';
import { postAuthorComment } from './post-author-comment';
import { choosePublishedDate } from './published-date';
import { printedFullName } from './short-display-name';
import { dateFromText, dateUnderHeadline, printsDay, storyDateline } from './text-date';
import { lowerPageText, noneShown, standsAsByline } from './unprinted-names';
import { readVisibleByline, type VisibleByline } from './visible-byline';

export interface PageMetadata {
  authors: string[];
  /** JSON-LD authors typed Organization, or typed Person but named as the site is ("happyface313"), for pages that name no person. */
  organizationAuthors: string[];
  /** The person a copyright line names: the last resort for a personal site's author. */
  copyrightHolder: string[];
  /** The name on the post author's own comment (post-author-comment.ts), for blogs that print no byline. */
  postAuthorComment: string[];
  /** A desk or agency a byline element credits ("Staff Writer"), for pages that name no person. */
  deskCredit: string[];
  /** The agency, desk or organisation credited beside the headline (headline-credit.ts): the last resort. */
  headlineCredit: string[];
  /** The source a "Quelle:" line credits (source-credit.ts), for pages that name no author at all. */
  sourceCredit: string[];
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  /** Titles the page declares, best first; the final title is chosen against Readability's. */
  titleCandidates: string[];
  /** The same titles by source, for chooseTitle's heading-agreement rule. */
  titleSources: TitleSources;
  bylineElement: Element | null;
  /** og:type=article, a JSON-LD Article or an article:published_time says this page is an article. */
  declaredArticle: boolean;
}

/** `lines`: the page body's text lines, when the caller has read them already (see page-text.ts). */
export function readMetadata(doc: Document, url: string, lines?: readonly TextLine[]): PageMetadata {
  const ld = readLinkedData(doc);
  const meta = readMetaTags(doc);
  const site = [meta.siteName, ld.publisher, hostnameOf(url)];
  const notAPerson = (name: string) => namesSite(name, site);
  const metaAuthors = splitAuthors(meta.authors);
  const declared = ld.authors.filter((name) => !notAPerson(name));
  const candidates = collectCandidates(doc);
  const order = numericDateOrder(pageLanguage(doc, meta.locale));
  // Read at most once, and only when a date source or an account name needs them: four of them walk the page's text lines.
  let readLines = lines;
  const pageLines = () => (readLines ??= doc.body ? textLines(doc.body) : []);
  let pageText: string | undefined;
  // A visible byline outranks declared names the page never prints (unprinted-names.ts).
  // A page that declares no author skips the byline's checks, which walk the page's paragraphs.
  const unshown = (seen: VisibleByline, names: string[]) => names.length > 0 && standsAsByline(seen) && noneShown(names, (pageText ??= lowerPageText(pageLines())));
  const pick = (seen: VisibleByline, tagged: string[]) => {
    if (unshown(seen, declared.length ? declared : tagged)) return uniqueNames(seen.authors);
    return uniqueNames(declared.length ? fullerNames(declared, [seen.authors, tagged]) : preferredVisible(seen, tagged, site));
  };
  let visible = readVisibleByline(doc, undefined, lines, candidates, order);
  let authors = pick(visible, metaAuthors);
  // A byline naming the publication ("By The Planetary Press") stands for its author only when no person is named elsewhere.
  if (authors.length && authors.every(notAPerson)) {
    const people = readVisibleByline(doc, notAPerson, lines, candidates, order);
    const named = pick(people, metaAuthors.filter((name) => !notAPerson(name)));
    if (named.length) [visible, authors] = [people, named];
  }
  authors = uniqueNames(authors.map((name) => (isAccountName(name) && printedAccountName(name, pageLines())) || printedFullName(name, visible.element, hostnameOf(url), pageLines) || name));
  const publishedTime = choosePublishedDate({
    linkedData: ld.datePublished, metaPublished: meta.published, metaDated: meta.dated, otherDeclared: [ld.dateModified, ...meta.modified, meta.published], visible: visible.published, visibleMarked: visible.publishedMarked, underHeadline: () => dateUnderHeadline(doc, pageLines(), order), storyDateline: () => storyDateline(doc, pageLines(), order), url, textDate: () => dateFromText(doc, pageLines(), order), printsDay: (days) => printsDay(doc, days, pageLines(), order),
  });
  const headings = (elements: Element[], max: number) => elements.slice(0, max).map(headingText).filter((t) => t.length > 1 && t.length < 300);
  const allH1s = headings(candidates.h1, 10);
  const h1s = allH1s.filter((t) => t.length > 5);
  return {
    authors,
    organizationAuthors: uniqueNames([...ld.organizationAuthors, ...ld.authors.filter(notAPerson)]),
    copyrightHolder: visible.copyrightHolder,
    postAuthorComment: authors.length ? [] : postAuthorComment(candidates.byline),
    deskCredit: visible.desk ? [visible.desk] : [],
    headlineCredit: authors.length ? [] : credited(headlineCredit(candidates.h1[0])),
    sourceCredit: visible.source ? [visible.source] : [],
    publishedTime,
    siteName: squash(meta.siteName ?? ld.publisher) || null,
    lang: doc.documentElement.getAttribute('lang')?.trim() || null,
    titleCandidates: [ld.headline, meta.title, ...h1s].map(plainTitle).filter(Boolean),
    titleSources: { headline: plainTitle(ld.headline) || null, ogTitle: plainTitle(meta.title) || null, h1s: allH1s, h2s: headings(candidates.h2, 6), hostname: hostnameOf(url) },
    bylineElement: visible.element,
    declaredArticle: ld.isArticle || /article|post/i.test(meta.type ?? '') || Boolean(meta.published ?? meta.dated),
  };
}

/**
 * A byline element outranks a meta author; a byline sentence found by walking the text does not: "von NAME"
 * lines also credit photos, quotes and the next story in a sidebar, while the meta tag names this story's author.
 * Unless the meta tag names the publication itself ("Badische Zeitung", "Hanns-Seidel-Stiftung").
 */
function preferredVisible(visible: VisibleByline, metaAuthors: string[], site: (string | null)[]): string[] {
  const metaNamesPeople = metaAuthors.length > 0 && metaAuthors.every((name) => isPersonalName(name, site));
  return visible.fromSentence && metaNamesPeople ? metaAuthors : visible.authors.length ? visible.authors : metaAuthors;
}

/** First and last name, and neither the site's name or host nor an organisation ("GmbH", "Stiftung", "Media"). */
function isPersonalName(name: string, site: (string | null)[]): boolean {
  if (!CAPITALIZED_NAME.test(name) || ORGANISATION.test(name)) return false;
  const key = nameKey(name);
  return !site.some((s) => s && s.split('.').some((part) => part.length > 3 && key.includes(nameKey(part))));
}

function credited(name: string | null): string[] {
  return name ? [name] : [];
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
