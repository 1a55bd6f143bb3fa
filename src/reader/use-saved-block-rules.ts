/**
 * Hides the blocks of a saved article that the site's rules name, by the origin the page gave each block
 * when it was saved; again whenever the rules change (a rule made or undone here, or deleted in settings).
 * A copy saved without origins is shown as saved.
 */
import { useEffect } from 'preact/hooks';
import { blockKey, keysHiddenByRules, savedOrigins } from '../rules/block-origins';
import { onRulesChanged, rulesForSite } from '../rules/store';
import { hostOf } from '../shared/restricted-pages';
import type { SavedArticle } from '../store/saved-article';
import { ARTICLE_BODY, blockRef, hideableBlocks } from '../ui/hide-mode-blocks';

export function useSavedBlockRules(article: SavedArticle | null): void {
  useEffect(() => {
    const origins = savedOrigins(article);
    const site = article ? hostOf(article.url) : '';
    if (!origins || !site) return;
    let live = true;
    const apply = async () => {
      const hidden = keysHiddenByRules(origins, await rulesForSite(site).catch(() => []));
      const root = document.querySelector(ARTICLE_BODY);
      if (!live || !root) return;
      for (const block of hideableBlocks(root)) block.classList.toggle('hidden-by-rule', hidden.has(blockKey(blockRef(block, root))));
    };
    void apply();
    const stop = onRulesChanged(() => void apply());
    return () => {
      live = false;
      stop();
    };
  }, [article?.id]);
}
