/**
 * Every message between the extension's parts, typed in one place and named by direction:
 * PageToContent (popup/reader → content script) and PageToBackground (popup/library → background).
 * Each side answers through a handler map, so a new message is one entry here and one handler there.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../extract/article';
import type { BlockRef } from '../rules/block-trace';
import type { SelectorBasis, SiteRule } from '../rules/rule';

export interface PageToContent {
  extract: { request: { clean: boolean; useSelection?: boolean; rules?: SiteRule[]; relaxed?: boolean; force?: boolean }; response: ExtractResponse };
  /** Hide mode: the page element behind an article block, as a rule selector (or why none is safe). */
  ruleForBlock: { request: { block: BlockRef }; response: RuleForBlockResponse };
  /** How much text the person selected on the page before opening the reader (0 = none). */
  selectionInfo: { request: Record<string, never>; response: { chars: number } };
}

export type ExtractResponse =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-article' | 'too-large' | 'failed'; message: string };

export type RuleForBlockResponse =
  | { ok: true; selector: string; basis: SelectorBasis; sample: string }
  | { ok: false; reason: string; sample?: string };

export type SaveResponse = { ok: true; savedAt: number; id: string } | { ok: false; error: string };

export interface PageToBackground {
  saveArticle: { request: { article: Article }; response: SaveResponse };
  savedStatus: { request: { url: string }; response: { saved: boolean; id: string } };
  openLibrary: { request: Record<string, never>; response: void };
}

type Envelope<M, K extends keyof M> = { type: K } & (M[K] extends { request: infer R } ? R : never);
type Response<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

export type Handlers<M> = { [K in keyof M]: (request: Envelope<M, K>) => Promise<Response<M, K>> | Response<M, K> };

export function sendToContent<K extends keyof PageToContent>(tabId: number, type: K, request: PageToContent[K]['request']): Promise<Response<PageToContent, K>> {
  return browser.tabs.sendMessage(tabId, { type, ...request }) as Promise<Response<PageToContent, K>>;
}

export function sendToBackground<K extends keyof PageToBackground>(type: K, request: PageToBackground[K]['request']): Promise<Response<PageToBackground, K>> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<Response<PageToBackground, K>>;
}

/** Registers a handler map on runtime.onMessage; messages of other types are left for other listeners. */
export function listen<M>(handlers: Handlers<M>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof M] as (m: unknown) => unknown;
    return Promise.resolve().then(() => handler(message));
  });
}
