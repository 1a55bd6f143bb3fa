/**
 * A post shipped as a template for the page's script to render (Google's Blogger theme: every
 * *.googleblog.com blog) is read as the browser shows it, even when the page is read without scripts
 * (the CLI); other templates on a page stay out of the article.
 */
import { describe, expect, it } from 'vitest';
import { article, extract, rendered, STORY } from './news-page';

const URL = 'https://security.example.com/2020/05/enhanced-protection.html';
const STORY_HTML = STORY.map((p) => `<p>${p}</p>`).join('\n');

function bloggerPage(postContent: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>Security Blog: Harbour bridge reopens after repairs</title></head><body>
<header><h1><a href="/">Security Blog</a></h1><p>The latest news and insights from the security team</p></header>
<div class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h2 class="title" itemprop="name"><a href="${URL}">Harbour bridge reopens after repairs</a></h2>
<div class="post-header"><div class="published"><span class="publishdate" itemprop="datePublished">May 19, 2020</span></div></div>
<div class="post-body"><div class="post-content" itemprop="articleBody">${postContent}</div></div>
</div>
${extra}
<footer><a href="/feeds">Subscribe</a></footer>
</body></html>`;
}

const POST = `<span class="byline-author">Posted by Nathan Parker and Eric Mill - Chrome Safe Browsing team</span>\n${STORY_HTML}`;

describe('a post shipped as a template for the page script', () => {
  it('shows the story, its author and its date when the marked article body holds only the template and its <noscript> twin', () => {
    const a = article(bloggerPage(`<script type='text/template'>${POST}</script><noscript>${POST}</noscript>`), { url: URL });
    expect(a.textContent).toContain(STORY[0]);
    expect(a.textContent).toContain(STORY[5]);
    expect(a.textContent.split(STORY[2]!)).toHaveLength(2);
    expect(a.authors).toEqual(['Nathan Parker', 'Eric Mill']);
    expect(a.publishedTime?.slice(0, 10)).toBe('2020-05-19');
  });

  it('shows the story once when the page script has already rendered it next to the template (the live page)', () => {
    const a = article(bloggerPage(`<script type='text/template'>${POST}</script>${POST}`), { url: URL });
    expect(a.textContent.split(STORY[2]!)).toHaveLength(2);
  });

  it('never lets markup from the template run: its scripts and handlers are gone from what is shown', () => {
    // A template cannot hold "</script>", but it can hold handlers and script addresses.
    const hostile = `${POST}<p><img src="/x.png" onerror="window.ran = 1" alt=""><a href="javascript:window.ran = 2">Read more about the bridge repairs</a></p>`;
    const a = article(bloggerPage(`<script type='text/template'>${hostile}</script>`), { url: URL });
    expect(a.textContent).toContain(STORY[0]);
    expect(rendered(a)).not.toMatch(/<script|onerror|window\.ran/);
  });

  it('leaves a template with placeholders alone: the script fills it in, so on its own it is not the post', () => {
    const filled = `<p>{{ data.caption }}</p>${STORY_HTML}`;
    expect(extract(bloggerPage(`<script type="text/template">${filled}</script>`), { url: URL }).ok).toBe(false);
  });

  it('never unpacks a WordPress tmpl-* widget or a template with WordPress placeholders, even alone in the article body', () => {
    const gallery = `<script type="text/template" id="tmpl-gallery"><# if ( data.caption ) { #><p>{{ data.caption }}</p><# } #>${STORY_HTML}</script>`;
    expect(extract(bloggerPage(gallery), { url: URL }).ok).toBe(false);
    const widget = `<script type="text/template" id="tmpl-post-preview">${STORY_HTML}</script>`;
    expect(extract(bloggerPage(widget), { url: URL }).ok).toBe(false);
    const wordpress = `<script type="text/template"><# if ( data.alt ) { #><p>Alternative text</p><# } #>${STORY_HTML}</script>`;
    expect(extract(bloggerPage(wordpress), { url: URL }).ok).toBe(false);
  });

  it('keeps other templates on the page out of the article: a media dialog template beside the post', () => {
    const dialog = '<script type="text/template" id="tmpl-attachment"><div class="attachment-details"><p>Drop files to upload. Maximum upload file size: 64 MB. Alternative text describes the purpose of the image.</p></div></script>';
    const a = article(bloggerPage(STORY_HTML, dialog), { url: URL });
    expect(a.textContent).toContain(STORY[0]);
    expect(a.textContent).not.toContain('Drop files to upload');
  });

  it('does not unpack a template that shares the article body with other content', () => {
    const note = '<script type="text/template"><p>Sign up for the security newsletter and get every post the morning it is published, with no ads and no tracking.</p></script>';
    const a = article(bloggerPage(`${STORY_HTML}${note}`), { url: URL });
    expect(a.textContent).not.toContain('Sign up for the security newsletter');
  });
});
