/** Enormous but realistic news pages: a story buried in a long page of comments, teasers and nested layout. */
import { STORY } from '../../tests/unit/news-page';

/**
 * About `megabytes` MB of HTML, roughly 24,000 elements per MB. Without `container` the story sits in
 * plain <div>s, as on old sites, so nothing marks where the article is.
 */
export function enormousPage(megabytes: number, { container = true } = {}): string {
  const blocks: string[] = [];
  let size = 0;
  let i = 0;
  while (size < megabytes * 1024 * 1024) {
    const block = `<div class="comment" id="c${i}"><div class="meta"><a href="/user/${i}">reader${i}</a> <time datetime="2024-04-09">Apr 9</time></div><p>Comment ${i}: ${STORY[i % STORY.length]}</p><ul class="actions"><li><a href="#r${i}">Reply</a></li><li><a href="#l${i}">Like</a></li></ul></div>\n`;
    blocks.push(block);
    size += block.length;
    i++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs | Coast Post</title><meta name="author" content="Lena Ortiz"><meta property="article:published_time" content="2024-04-09T08:00:00Z"></head>
<body>${container ? '<main><article>' : '<div><div>'}<h1>Harbour bridge reopens after repairs</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}${container ? '</article>' : '</div>'}
<section id="comments"><h2>${i} comments</h2>${blocks.join('')}</section>${container ? '</main>' : '</div>'}</body></html>`;
}
