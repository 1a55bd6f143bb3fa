/** Stories rendered inside web components (open shadow roots) are read like any other. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';
import { PAGE_URL, STORY } from './news-page';

describe('a story inside an open shadow root', () => {
  it('is extracted, with slotted light-DOM content where the slot is', () => {
    const { document } = parseHtml('<!doctype html><html lang="en"><head><title>Harbour bridge reopens after repairs | Coast Post</title></head><body><nav><a href="/">Home</a></nav><story-body><h1 slot="headline">Harbour bridge reopens after repairs</h1></story-body></body></html>', PAGE_URL);
    const host = document.querySelector('story-body')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<article><slot name="headline"></slot>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const result = extractArticle(document, { url: PAGE_URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const p of STORY) expect(result.article.textContent).toContain(p);
    expect(document.querySelector('story-body')!.children).toHaveLength(1);
  });
});
