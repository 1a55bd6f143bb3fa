/**
 * "Use my selection": the text the person selected becomes the article, with the page's own metadata.
 * Also the way into reader mode on a page the pipeline judged not to be an article.
 */
import type { ExtractResult } from './index';
import { NOT_ARTICLE_MESSAGE, warningsFor } from './index';
import { fixLazyImages } from './lazy-images';
import { readMetadata } from './metadata';
import { readingTimeMinutes } from './reading-time';
import { shownText, squash } from './text';
import { chooseTitle } from './title';

/** Shorter than this, a selection is a stray click-drag rather than something to read. */
export const MIN_SELECTION_CHARS = 40;

export function selectedText(selection: Selection | null): string {
  return selection && !selection.isCollapsed ? squash(selection.toString()) : '';
}

export function articleFromSelection(doc: Document, selection: Selection | null, options: { url: string }): ExtractResult {
  if (selectedText(selection).length < MIN_SELECTION_CHARS || !selection) {
    return { ok: false, reason: 'not-article', message: `${NOT_ARTICLE_MESSAGE} Select the text you want to read on the page, then open the reader again.` };
  }
  const container = doc.createElement('div');
  // cloneContents copies: the page and its selection stay as they were.
  for (let i = 0; i < selection.rangeCount; i++) container.append(selection.getRangeAt(i).cloneContents());
  fixLazyImages(container);
  const meta = readMetadata(doc.cloneNode(true) as Document, options.url);
  const textContent = shownText(container);
  const siteName = meta.siteName ?? (new URL(options.url).hostname.replace(/^www\./, '') || null);
  return {
    ok: true,
    article: {
      url: options.url,
      title: chooseTitle(meta.titleCandidates, null, doc.title, siteName),
      byline: meta.authors.length ? meta.authors.join(', ') : null,
      authors: meta.authors,
      publishedTime: meta.publishedTime,
      siteName,
      lang: meta.lang,
      excerpt: textContent.slice(0, 200) || null,
      readingTimeMinutes: readingTimeMinutes(textContent),
      content: container.innerHTML,
      textContent,
      relatedLinks: [],
      removed: [],
      cleaned: false,
      warnings: warningsFor({ authors: meta.authors, publishedTime: meta.publishedTime }),
    },
  };
}
