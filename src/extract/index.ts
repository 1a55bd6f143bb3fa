/**
 * The extraction recipe. Pure DOM: runs the same in the content script, in Node over jsdom and in the CLI.
 * The page is never modified; every step works on a clone.
 */
import type { Article, ArticleWarning, Removal } from './article';
import { unpackArticleTemplate } from './article-template';
import { boundedCopy } from './bounded-copy';
import { removeComments } from './comment-nodes';
import { completeArticle, snapshotStory } from './completeness';
import { elementsAfterMain } from './clutter/after-main';
import { record, removeClutterFromArticle, removeClutterFromPage, type CleanContext } from './clutter/remove-clutter';
import { removeRepeatedTitle } from './clutter/repeated-title';
import { looksLikeArticle } from './is-article';
import { fixLazyImages } from './lazy-images';
import { LeanReadability } from './lean-readability';
import { readMetadata } from './metadata';
import { combineMetadata } from './metadata/combine';
import { textLines } from './page-text';
import { readingTimeMinutes } from './reading-time';
import { collectRelatedLinks } from './related-links';
import type { BlockTrace } from '../rules/block-trace';
import { applySiteRules } from '../rules/apply-rules';
import type { SiteRule } from '../rules/rule';
import { shownText, squash } from './text';

export type { Article } from './article';

export interface ExtractOptions {
  url: string;
  /** false = Readability's own output plus the metadata. */
  clean?: boolean;
  /**
   * The caller hands the document over (the CLI and the benchmark parse a page just for this): the
   * pipeline may take it apart instead of working on a copy. Never set it for a live page.
   */
  ownsDocument?: boolean;
  /** The site's hide-with-a-click rules; applied with clutter removal (clean off shows everything). */
  rules?: readonly SiteRule[];
  /** Join story parts Readability left out (default true; the benchmark turns it off to measure). */
  recover?: boolean;
  /** "Show the rest": also join left-out story prose that is not clearly the same story. */
  relaxed?: boolean;
  /** "Try anyway": return what Readability found even when it does not look like an article. */
  force?: boolean;
  /** Remembers which page element each article block came from (hide mode in the content script). */
  trace?: BlockTrace;
}

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-article' | 'too-large'; message: string };

export const NOT_ARTICLE_MESSAGE = 'No article found on this page.';

function tooLargeMessage(elements: number): string {
  return `This page is too large for the reader (${elements.toLocaleString('en')} elements), and nothing on it marks where the article is.`;
}

export function warningsFor(article: Pick<Article, 'authors' | 'publishedTime'>): ArticleWarning[] {
  const warnings: ArticleWarning[] = [];
  if (article.authors.length === 0) warnings.push({ code: 'no-author', message: 'The page names no author.' });
  if (!article.publishedTime) warnings.push({ code: 'no-date', message: 'The page gives no publication date.' });
  return warnings;
}

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const clean = options.clean ?? true;
  const documentTitle = doc.title;
  const copy = boundedCopy(doc, { inPlace: options.ownsDocument });
  if (!copy.ok) return { ok: false, reason: 'too-large', message: tooLargeMessage(copy.elements) };
  const page = copy.page;
  options.trace?.tag(page);
  // Read once for bylines, text dates, related-link headings and clutter labels alike.
  const comments: Comment[] = [];
  const scripts: Element[] = [];
  let lines = page.body ? textLines(page.body, comments, scripts) : [];
  // A post shipped as a template holds its byline and date too: the page is read again once it is unpacked.
  if (page.body && unpackArticleTemplate(scripts)) {
    comments.length = 0;
    lines = textLines(page.body, comments);
  }
  const meta = readMetadata(page, options.url, lines);
  const related = collectRelatedLinks(page, options.url, lines);
  const removed: Removal[] = [];
  const ctx: CleanContext = { authors: meta.authors, publishedTime: meta.publishedTime, removed, keepRelatedLinks: related.addLinksOf };
  // Rules are found on the live page, so they run on the copy before anything moves (clean off shows everything).
  if (clean && page.body && options.rules?.length) applySiteRules(page.body, options.rules, removed);

  if (page.body) fixLazyImages(page.body);
  removeComments(comments);
  if (clean && page.body) {
    for (const block of related.blocks) {
      if (block.isConnected) record(ctx, block, 'related-list');
    }
    removeClutterFromPage(page.body, ctx, lines);
  }

  // Readability takes the page copy apart; the completeness check needs to know what it held.
  const snapshot = page.body ? snapshotStory(page.body) : null;

  // Readability takes the page apart; is-article compares the article with what the page had to offer.
  const pageChars = squash(page.body?.textContent).length;
  // Readability's own element, not its HTML: serializing it only to parse it back cost a tenth of the extraction.
  const result = new LeanReadability(page, { charThreshold: 500, keepClasses: false, serializer: (el) => el as Element }).parse();
  const container = result?.content;
  if (!container) return { ok: false, reason: 'not-article', message: NOT_ARTICLE_MESSAGE };
  const afterMain = clean ? elementsAfterMain(container) : [];
  const completeness = snapshot ? completeArticle(snapshot, container, { recover: options.recover, relaxed: options.relaxed }) : { warning: null };
  const { title, authors, publishedTime, siteName } = combineMetadata(meta, result, documentTitle);
  if (clean) {
    for (const el of afterMain) record(ctx, el, 'after-main');
    removeClutterFromArticle(container, ctx);
    removeRepeatedTitle(container, title, (heading) => record(ctx, heading, 'repeated-title'));
  }
  options.trace?.collect(container);
  const textContent = shownText(container);
  if (!options.force && !looksLikeArticle(container, { declaredArticle: meta.declaredArticle, titled: meta.titleCandidates.length > 0, dated: meta.publishedTime !== null, pageChars, text: textContent })) return { ok: false, reason: 'not-article', message: NOT_ARTICLE_MESSAGE };

  return {
    ok: true,
    article: {
      url: options.url,
      title,
      byline: authors.length ? authors.join(', ') : null,
      authors,
      publishedTime,
      siteName: siteName ?? hostOf(options.url),
      lang: meta.lang ?? result.lang ?? null,
      excerpt: squash(result.excerpt) || null,
      readingTimeMinutes: readingTimeMinutes(textContent),
      content: container.innerHTML,
      textContent,
      relatedLinks: related.links,
      removed,
      cleaned: clean,
      warnings: [...(completeness.warning ? [completeness.warning] : []), ...warningsFor({ authors, publishedTime })],
    },
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
