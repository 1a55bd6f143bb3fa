/**
 * Content script, injected on demand by the popup (activeTab + scripting). It answers "extract" with
 * the pipeline's result; the page itself is never modified.
 */
import { extractArticle } from '../extract';
import type { ExtractResponse, PageToContent } from '../shared/messages';
import { listen } from '../shared/messages';

declare global {
  interface Window {
    __clearpageContentReady?: boolean;
  }
}

function extract({ clean }: PageToContent['extract']['request']): ExtractResponse {
  try {
    const result = extractArticle(document, { url: location.href, clean, window });
    return result.ok ? result : { ok: false, reason: 'not-article', message: result.message };
  } catch (error) {
    return { ok: false, reason: 'failed', message: `The reader could not process this page: ${(error as Error)?.message ?? String(error)}` };
  }
}

// The popup injects this file every time it opens; listen only once per page.
if (!window.__clearpageContentReady) {
  window.__clearpageContentReady = true;
  listen<PageToContent>({ extract });
}
