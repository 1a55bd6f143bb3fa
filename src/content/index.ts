/**
 * Content script, injected on demand by the popup (activeTab + scripting). It answers "extract" with
 * the pipeline's result; the page itself is never modified.
 */
import { extractArticle } from '../extract';
import { articleFromSelection, selectedText } from '../extract/from-selection';
import { BlockTrace } from '../rules/block-trace';
import { deriveSelector, sampleOf } from '../rules/derive-selector';
import { articleParagraphs } from '../rules/main-text';
import type { ExtractResponse, PageToContent, RuleForBlockResponse } from '../shared/messages';
import { listen } from '../shared/messages';

declare global {
  interface Window {
    __clearpageContentReady?: boolean;
  }
}

/** The last article's map back to page elements, for hide mode. */
let trace: BlockTrace | null = null;

function extract({ clean, useSelection, rules, relaxed, force }: PageToContent['extract']['request']): ExtractResponse {
  try {
    if (useSelection) {
      trace = null;
      return articleFromSelection(document, window.getSelection(), { url: location.href });
    }
    trace = new BlockTrace(document);
    const result = extractArticle(document, { url: location.href, clean, rules, relaxed, force, trace });
    return result;
  } catch (error) {
    return { ok: false, reason: 'failed', message: `The reader could not process this page: ${(error as Error)?.message ?? String(error)}` };
  }
}

function ruleForBlock({ block }: PageToContent['ruleForBlock']['request']): RuleForBlockResponse {
  const element = trace?.find(block);
  if (!trace || !element?.isConnected) return { ok: false, reason: 'Hidden on this page only: the block is no longer on the page (the page may have changed).' };
  const derived = deriveSelector(element, articleParagraphs(trace.paragraphTexts()));
  return { ...derived, sample: sampleOf(element) };
}

// The popup injects this file every time it opens; listen only once per page.
if (!window.__clearpageContentReady) {
  window.__clearpageContentReady = true;
  listen<PageToContent>({ extract, ruleForBlock, selectionInfo: () => ({ chars: selectedText(window.getSelection()).length }) });
}
