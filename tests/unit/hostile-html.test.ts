/** Page HTML that tries to run code never survives into the article as the reader shows it. */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/extract/sanitize';
import { parseHtml } from '../../src/node/parse-html';
import { article, newsPage, rendered } from './news-page';

const { window } = parseHtml('<!doctype html><body></body>', 'https://coastpost.example/');

describe('hostile page HTML', () => {
  const hostile = newsPage({
    inserts: {
      0: '<p>Before <img src="x" onerror="window.__pwned=1"> after <a href="javascript:alert(1)">click</a> <a href="JaVaScRiPt:alert(2)">again</a></p>',
      1: '<script>window.__pwned=1</script><iframe src="https://evil.example/"></iframe><svg><script>alert(1)</script></svg>',
      2: '<p style="position:fixed;inset:0">Overlay <a href="data:text/html,<script>alert(1)</script>">data link</a> <form action="https://evil.example"><input name="q"></form></p><base href="https://evil.example/">',
      3: '<p onclick="alert(1)" onmouseover="alert(2)">Handlers</p><object data="x.swf"></object><embed src="x.swf">',
    },
  });
  const a = article(hostile);
  const shown = rendered(a);

  it('drops scripts, frames, forms, objects, event handlers, inline styles and <base>', () => {
    expect(shown).not.toMatch(/<(script|iframe|form|input|object|embed|svg|base|style)\b/i);
    expect(shown).not.toMatch(/\son[a-z]+=/i);
    expect(shown).not.toMatch(/style=/i);
  });

  it('keeps link text but removes javascript: and data: links', () => {
    expect(shown).not.toMatch(/javascript:|data:text/i);
    expect(a.textContent).toContain('click');
    expect(a.textContent).toContain('data link');
  });

  it('opens kept links in a new tab without leaking the opener or referrer', () => {
    const html = sanitizeHtml('<p><a href="https://example.org/story">story</a></p>', window);
    expect(html).toBe('<p><a href="https://example.org/story" target="_blank" rel="noopener noreferrer">story</a></p>');
  });

  it('keeps data: images but not data: documents or unknown schemes in image sources', () => {
    const html = sanitizeHtml('<img src="data:image/png;base64,iVBORw0KGgo="><img src="data:image/svg+xml,<svg onload=alert(1)>"><img src="ftp://x/y.png">', window);
    expect(html.match(/<img/g)).toHaveLength(3);
    expect(html.match(/src=/g)).toHaveLength(1);
    expect(html).toContain('data:image/png;base64');
  });
});
