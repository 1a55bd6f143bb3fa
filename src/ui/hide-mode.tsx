/**
 * Hide mode, in the popup and the reader tab: hovering a block of the article outlines it, a click (or
 * Enter on a focused block) removes it and records a rule for the site, and Undo puts it back and forgets
 * the rule. Where the rule comes from is the page's business (HideTarget.originOf): the popup asks the
 * live page, the reader tab looks up what the page answered when the article was saved.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import './hide-mode.css';
import { newRuleId } from '../rules/merge';
import type { SiteRule } from '../rules/rule';
import { addRule, deleteRule } from '../rules/store';
import type { BlockRef } from '../rules/block-trace';
import { validateRule } from '../rules/schema';
import type { RuleForBlockResponse } from '../shared/messages';
import { ARTICLE_BODY, blockAt, blockRef, keyboardBlocks } from './hide-mode-blocks';

export interface HideTarget {
  url: string;
  site: string;
  /** Where the block came from in the original page, as a rule selector; or why no rule is safe. */
  originOf(block: BlockRef): Promise<RuleForBlockResponse | undefined>;
  /** Why no block here can get a rule, said as hide mode starts (a saved copy with no record of origins). */
  limitation?: string;
}

type Outcome = { element: Element; rule: SiteRule | null; message: string };

function body(): Element | null {
  return document.querySelector(ARTICLE_BODY);
}

export function useHideMode(target: HideTarget | null, articleKey: unknown) {
  const [active, setActive] = useState(false);
  const [last, setLast] = useState<Outcome | null>(null);
  // Pages rebuild their target on every render; hide mode must not restart (and move focus) each time.
  const latest = useRef(target);
  latest.current = target;

  useEffect(() => {
    setActive(false);
    setLast(null);
  }, [articleKey]);

  const hide = useCallback(
    async (element: Element) => {
      const root = body();
      const target = latest.current;
      if (!target || !root || !root.contains(element)) return;
      const ref = blockRef(element, root);
      element.classList.remove('hide-target');
      element.classList.add('hidden-by-reader');
      let rule: SiteRule | null = null;
      let message: string;
      try {
        const answer = await target.originOf(ref);
        const checked = answer?.ok ? validateRule({ id: newRuleId(), site: target.site, selector: answer.selector, basis: answer.basis, exampleUrl: target.url, sample: answer.sample, createdAt: new Date().toISOString() }, 'The rule', document) : null;
        if (checked?.ok) {
          rule = checked.value;
          await addRule(rule);
          message = `Hidden on ${target.site} from now on.`;
        } else {
          message = answer && !answer.ok ? answer.reason : 'Hidden on this page only.';
        }
      } catch (error) {
        message = `Hidden on this page only (${(error as Error).message}).`;
      }
      setLast({ element, rule, message });
    },
    [],
  );

  const undo = useCallback(async () => {
    if (!last) return;
    last.element.classList.remove('hidden-by-reader');
    if (last.rule) await deleteRule(last.rule.id);
    setLast(null);
  }, [last]);

  useEffect(() => {
    const root = body();
    if (!active || !root) return;
    root.classList.add('hide-mode');
    const blocks = keyboardBlocks(root);
    for (const b of blocks) {
      b.setAttribute('tabindex', '0');
      b.setAttribute('role', 'button');
      b.setAttribute('aria-label', `Hide: ${(b.textContent ?? '').trim().slice(0, 60)}`);
    }
    let outlined: Element | null = null;
    const outline = (el: Element | null) => {
      outlined?.classList.remove('hide-target');
      outlined = el;
      el?.classList.add('hide-target');
    };
    const over = (e: Event) => outline(blockAt(e.target as Element, root));
    const click = (e: Event) => {
      const block = blockAt(e.target as Element, root);
      if (!block) return;
      e.preventDefault();
      e.stopPropagation();
      void hide(block);
    };
    const key = (e: KeyboardEvent) => {
      const el = e.target as Element;
      if ((e.key === 'Enter' || e.key === ' ' || e.key === 'Delete') && blocks.includes(el)) {
        e.preventDefault();
        e.stopPropagation();
        // The hidden block takes focus with it; keep the keyboard user in the article.
        const i = blocks.indexOf(el);
        const next = blocks.slice(i + 1).concat(blocks.slice(0, i).reverse()).find((b) => !b.classList.contains('hidden-by-reader'));
        void hide(el);
        (next as HTMLElement | undefined)?.focus();
      }
    };
    const focus = (e: Event) => outline(blocks.includes(e.target as Element) ? (e.target as Element) : null);
    root.addEventListener('mouseover', over);
    root.addEventListener('click', click, true);
    root.addEventListener('keydown', key as EventListener);
    root.addEventListener('focusin', focus);
    (blocks[0] as HTMLElement | undefined)?.focus();
    return () => {
      outline(null);
      root.classList.remove('hide-mode');
      for (const b of blocks) ['tabindex', 'role', 'aria-label'].forEach((a) => b.removeAttribute(a));
      root.removeEventListener('mouseover', over);
      root.removeEventListener('click', click, true);
      root.removeEventListener('keydown', key as EventListener);
      root.removeEventListener('focusin', focus);
    };
  }, [active, hide, articleKey]);

  return { active, setActive, last, undo, dismiss: () => setLast(null), limitation: target?.limitation };
}

export function HideModeBar({ mode }: { mode: ReturnType<typeof useHideMode> }) {
  if (!mode.active && !mode.last) return null;
  return (
    <div class="hide-bar" role="status">
      {mode.last ? (
        <>
          <span class="hide-message">{mode.last.message}</span>
          <button type="button" class="undo" onClick={() => void mode.undo()}>
            Undo
          </button>
        </>
      ) : (
        <span class="hide-message">{mode.limitation ?? 'Click a block to hide it on this site (Tab to a block, Enter to hide). Esc when done.'}</span>
      )}
      <button type="button" class="ghost manage-rules" onClick={() => void browser.runtime.openOptionsPage()}>
        Manage rules
      </button>
      {mode.active && (
        <button type="button" class="ghost" onClick={() => mode.setActive(false)}>
          Done
        </button>
      )}
    </div>
  );
}
