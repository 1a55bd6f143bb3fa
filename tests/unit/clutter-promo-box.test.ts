/** A promo line grows to its whole box, never to the post beside it. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/node/parse-html';

const VERSES = [
  'The river keeps the lanterns that we lit',
  'and carries every word we never said',
  'past the mill, the bridge, the harbour wall,',
  'out to where the evening meets the sea.',
  'I still have things I want to tell you',
  'things that could not wait and had to wait',
  'so go on, go gently, and be glad,',
  'the morning has a place kept at its side.',
];

/** A Blogger post: a poem in <br>-separated lines (no <p>), and the blog's "Subscribe to: Post Comments (Atom)" feed line under it. */
function bloggerPost(verses = VERSES): string {
  return `<!doctype html><html lang="en"><head><title>River Lanterns - Lyrics Corner</title></head><body>
<div class="header"><h1><a href="/">Lyrics Corner</a></h1></div>
<div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Thursday, July 28, 2011</span></h2>
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">River Lanterns - Mei Lin</h3>
<div class="post-body entry-content">${verses.join('<br />')}<br />[Chorus]<br />${verses.slice(0, 4).join('<br />')}</div>
<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">K A</span></span></div>
</div></div></div></div>
<div class="blog-pager"><a href="/older">Older Post</a> <a href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/posts/default">Post Comments (Atom)</a></div></div>
</div></div></div>
<div class="sidebar"><div class="widget HTML"><h2>Support Us</h2><div class="widget-content">To our fans, your contribution keeps the translations free.<br />Donate now via the link below.<br /><a href="https://pay.example/lyrics">pay.example/lyrics</a></div></div></div>
</body></html>`;
}

describe('promo boxes found by their words', () => {
  it('takes the blog’s “Subscribe to: Post Comments” line, not the poem posted above it in lines without paragraphs', () => {
    const { document } = parseHtml(bloggerPost(), 'https://lyrics.example/2011/07/river-lanterns.html');
    const result = extractArticle(document, { url: 'https://lyrics.example/2011/07/river-lanterns.html', ownsDocument: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const verse of VERSES) expect(result.article.textContent).toContain(verse);
    expect(result.article.textContent).not.toContain('Subscribe to');
    expect(result.article.textContent).not.toContain('Donate now');
  });

  it('still takes a pitch box inside the post whole, heading and all, and the post stays', () => {
    const story = VERSES.map((v) => `<p>${v}, and the ferry sounded twice across the water before the lights went out.</p>`).join('');
    const box = '<div class="box"><h3>Liked this poem?</h3><p>Subscribe to our newsletter and get a new one every Sunday.</p><a href="/signup">Sign me up</a></div>';
    const html = bloggerPost().replace(/<div class="post-body entry-content">[\s\S]*?<\/div>/, `<div class="post-body entry-content">${story}${box}</div>`);
    const { document } = parseHtml(html, 'https://lyrics.example/2011/07/river-lanterns.html');
    const result = extractArticle(document, { url: 'https://lyrics.example/2011/07/river-lanterns.html', ownsDocument: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const verse of VERSES) expect(result.article.textContent).toContain(verse);
    expect(result.article.textContent).not.toContain('Liked this poem');
    expect(result.article.textContent).not.toContain('Subscribe to our newsletter');
  });
});
