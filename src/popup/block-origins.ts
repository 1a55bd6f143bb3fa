/**
 * Records, while the page is still open, where each block of the shown article came from, so the copy
 * saved to the library can make site rules in the reader tab later (see rules/block-origins.ts). The page
 * is asked in the background once the article is on screen. Save sends whatever has arrived, so a save is
 * never held up; "Open in reader tab", which closes the popup anyway, waits for it a little.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../extract/article';
import { blockKey, type KeyedOrigin, type WithBlockOrigins } from '../rules/block-origins';
import { sendToContent } from '../shared/messages';
import { ARTICLE_BODY, blockRef, hideableBlocks } from '../ui/hide-mode-blocks';

const COLLECT_BUDGET_MS = 3000;
const WAIT_BEFORE_OPENING_MS = 4000;

/**
 * One block at a time: the first answer costs the page a pass over its text (about 0.1 s on a 1 MB page;
 * later ones reuse it until the page changes), and a queue of them must neither freeze the page nor hold
 * up a block the person hides meanwhile. Blocks not reached within the budget stay unrecorded, which the
 * reader tab says when one of them is hidden.
 */
async function collectBlockOrigins(tabId: number, root: Element, wanted: () => boolean): Promise<KeyedOrigin[]> {
  const started = Date.now();
  const origins: KeyedOrigin[] = [];
  for (const block of hideableBlocks(root)) {
    // A new article (the clutter switch, Show the rest) replaces the page's trace: stop asking about the old one.
    if (!wanted() || Date.now() - started > COLLECT_BUDGET_MS) break;
    const ref = blockRef(block, root);
    const origin = await sendToContent(tabId, 'ruleForBlock', { block: ref }).catch(() => undefined);
    if (origin) origins.push({ key: blockKey(ref), origin });
  }
  return origins;
}

/** @param traced false when the article is not the page's own (the person's selection): its blocks have no origin to ask for. */
export function useBlockOrigins(tabId: number | null, article: Article | null, traced: boolean) {
  const [origins, setOrigins] = useState<KeyedOrigin[] | null>(null);
  const pending = useRef<Promise<KeyedOrigin[] | null>>(Promise.resolve(null));

  useEffect(() => {
    setOrigins(null);
    const root = document.querySelector(ARTICLE_BODY);
    if (!article || tabId === null || !traced || !root) {
      pending.current = Promise.resolve(null);
      return;
    }
    let live = true;
    const asked = collectBlockOrigins(tabId, root, () => live).catch(() => null);
    pending.current = asked;
    void asked.then((found) => live && setOrigins(found));
    return () => {
      live = false;
    };
  }, [article, tabId, traced]);

  return useMemo(() => {
    if (!article) return null;
    const withOrigins = (found: KeyedOrigin[] | null): Article & WithBlockOrigins => (found ? { ...article, blockOrigins: found } : article);
    const complete = async () => withOrigins(await Promise.race([pending.current, new Promise<null>((done) => setTimeout(() => done(null), WAIT_BEFORE_OPENING_MS))]));
    return { current: withOrigins(origins), complete };
  }, [article, origins]);
}
