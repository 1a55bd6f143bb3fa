/** Each kind of clutter a news page mixes into its story, and what the reader sees instead. */
import { describe, expect, it } from 'vitest';
import { removeClutterFromPage } from '../../src/extract/clutter/remove-clutter';
import { parseHtml } from '../../src/node/parse-html';
import { article, newsPage, PAGE_URL, STORY } from './news-page';

const LAST = STORY.at(-1)!;

function expectWholeStory(text: string) {
  for (const p of STORY) expect(text).toContain(p);
}

describe('clutter removal', () => {
  it('removes an ad slot and its “Advertisement” label between paragraphs, and the story continues after it', () => {
    const a = article(newsPage({ inserts: { 1: '<div class="ad-slot ad-slot--inline"><span>Advertisement</span><div id="div-gpt-ad-123"></div></div>' } }));
    expectWholeStory(a.textContent);
    expect(a.textContent).not.toContain('Advertisement');
    expect(a.removed.some((r) => r.reason === 'ad')).toBe(true);
  });

  it('removes a bare “ADVERTISEMENT” label with no telling class name', () => {
    const a = article(newsPage({ inserts: { 2: '<p>ADVERTISEMENT</p>' } }));
    expect(a.textContent).not.toMatch(/advertisement/i);
    expectWholeStory(a.textContent);
  });

  it('removes an ad label written with a colon, as in “Anzeige:” or “Advertisement:”', () => {
    const a = article(newsPage({ inserts: { 1: '<p>Anzeige:</p>', 3: '<div><span>Advertisement:</span></div>' } }));
    expect(a.textContent).not.toMatch(/anzeige|advertisement/i);
    expectWholeStory(a.textContent);
  });

  it.each([
    { title: 'Das könnte Sie auch interessieren!', heading: '<h3>Das könnte Sie auch interessieren!</h3>', headingWords: 'auch interessieren' },
    { title: 'Lesen Sie auch die folgenden Beiträge:', heading: '<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p>', headingWords: 'Lesen Sie auch' },
    { title: 'Die Redaktion empfiehlt', heading: '<h2 class="section-title">Die Redaktion empfiehlt</h2>', headingWords: 'Redaktion empfiehlt' },
    { title: 'Mehr zu Verkehr und Hafen', heading: '<h2>Mehr zu Verkehr und Hafen</h2>', headingWords: 'Mehr zu Verkehr' },
  ])('moves a list under the German heading $title out of the story into the related list', ({ heading, headingWords }) => {
    const more = `${heading}<ul><li><a href="/news/ferry-timetable-changes">Neuer Fahrplan für die Hafenfähre</a></li><li><a href="/news/tram-line-extension">Straßenbahnlinie wird verlängert</a></li></ul>`;
    const a = article(newsPage({ afterStory: more }));
    expect(a.textContent).not.toContain(headingWords);
    expect(a.relatedLinks.map((l) => l.title)).toEqual(['Neuer Fahrplan für die Hafenfähre', 'Straßenbahnlinie wird verlängert']);
    expectWholeStory(a.textContent);
  });

  it('removes unrendered template tags such as {loadposition} and {modulepos}', () => {
    const a = article(newsPage({ inserts: { 1: '<p>{loadposition article_inline}</p>', 3: '<p>{modulepos inner_text_ad}</p>' } }));
    expect(a.textContent).not.toMatch(/\{(loadposition|modulepos)/);
    expect(a.removed.filter((r) => r.reason === 'template-placeholder')).toHaveLength(2);
  });

  it('removes a newsletter sign-up box found only by its words', () => {
    const box = '<div><h3>Sign up for our morning briefing</h3><p>Get the latest local news in your inbox every weekday at 7am.</p><p><a href="/newsletters">Sign up</a></p></div>';
    const a = article(newsPage({ inserts: { 2: box } }));
    expect(a.textContent).not.toContain('morning briefing');
    expect(a.textContent).not.toContain('in your inbox');
    expect(a.removed.some((r) => r.reason === 'newsletter')).toBe(true);
    expectWholeStory(a.textContent);
  });

  it('removes a subscription promo and paywall meter', () => {
    const promo = '<aside class="paywall-meter"><p>You have 3 free articles left this month.</p><a href="/subscribe">Subscribe now</a></aside>';
    const a = article(newsPage({ afterStory: promo }));
    expect(a.textContent).not.toContain('free articles');
    expect(a.textContent).toContain(LAST);
  });

  it('removes the cookie banner, share bar and comments', () => {
    const a = article(
      newsPage({
        beforeArticle: '<div class="cookie-consent">We use cookies to give you the best experience. <a href="/privacy">Privacy policy</a></div>',
        inserts: { 0: '<div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a><a href="https://twitter.com/intent">Share on X</a></div>' },
        afterArticle: '<section id="comments"><h2>Comments</h2><div class="comment"><p>Great news for the city, I drive across every day and the detour was terrible for everyone involved.</p></div></section>',
      }),
    );
    for (const clutter of ['cookies', 'Share on', 'Great news for the city']) expect(a.textContent).not.toContain(clutter);
    const reasons = a.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['cookie-banner', 'share-bar', 'comments']));
  });

  it('removes a byline repeated inside the body after a page break, keeping the author in the header', () => {
    const a = article(newsPage({ beforeArticle: '<p class="byline">By Lena Ortiz</p>', inserts: { 2: '<p>By Lena Ortiz on April 9, 2024</p>' } }));
    expect(a.authors).toEqual(['Lena Ortiz']);
    expect(a.textContent).not.toContain('By Lena Ortiz');
    expect(a.removed.some((r) => r.reason === 'repeated-byline')).toBe(true);
  });

  it('removes a date line that repeats the header’s date, with its time, label and comment count', () => {
    const head = '<meta property="article:published_time" content="2020-01-14T08:21:00Z"><meta name="author" content="Lena Ortiz">';
    const a = article(newsPage({ head, inserts: { 0: '<p>14. Januar 2020, 9:21 Uhr <a href="#comments">571 Kommentare</a></p>', 3: '<div class="meta"><span>Published on</span> <time>January 14, 2020</time> | 3 min read</div>' } }));
    expect(a.publishedTime?.slice(0, 10)).toBe('2020-01-14');
    expect(a.textContent).not.toMatch(/Kommentare|Published on|min read/);
    expectWholeStory(a.textContent);
  });

  it('keeps date lines that say something else: another day, a sentence, or the time stamps of a live blog', () => {
    const head = '<meta property="article:published_time" content="2020-01-14T08:21:00Z">';
    const other = article(newsPage({ head, inserts: { 1: '<p>Updated March 2, 2020</p>', 2: '<p>On January 14, 2020 the council approved the budget.</p>' } }));
    expect(other.textContent).toContain('Updated March 2, 2020');
    expect(other.textContent).toContain('On January 14, 2020 the council approved the budget.');
    const entries = { 0: '<p>14.01.2020, 10:05</p>', 2: '<p>14.01.2020, 11:40</p>', 4: '<p>14.01.2020, 12:15</p>' };
    const live = article(newsPage({ head, inserts: entries }));
    for (const stamp of ['10:05', '11:40', '12:15']) expect(live.textContent).toContain(`14.01.2020, ${stamp}`);
  });

  it('shows the headline once: a heading at the top of the body that repeats it, even with its kicker and date, goes', () => {
    const repeated = '<div class="intro"><h2>Nachricht | 09.04.2024 Verkehr «Harbour bridge reopens after repairs»</h2></div>';
    const a = article(newsPage().replace('<h1>Harbour bridge reopens after repairs</h1>', '<h1>Harbour bridge reopens after repairs</h1><div>' + repeated + '</div>'));
    expect(a.title).toBe('Harbour bridge reopens after repairs');
    expect(a.textContent).not.toContain('Harbour bridge reopens after repairs');
    expectWholeStory(a.textContent);
  });

  it('keeps a subheading further down the story even when it repeats the headline', () => {
    const a = article(newsPage({ inserts: { 2: '<h2>Harbour bridge reopens after repairs</h2>' } }));
    expect(a.textContent).toContain('Harbour bridge reopens after repairs');
  });

  it('removes the author bio at the end of the story', () => {
    const a = article(
      newsPage({
        head: '<meta name="author" content="Lena Ortiz">',
        afterStory: '<p>Lena Ortiz is a staff reporter covering transport and infrastructure for the Coast Post. She can be reached at lena@coastpost.example.</p>',
      }),
    );
    expect(a.textContent).not.toContain('staff reporter covering transport');
    expect(a.textContent).toContain(LAST);
  });

  it.each(['post-author__bio', 'author_box', 'saboxplugin-wrap'])('removes an author box named “%s”, whatever language its bio is written in, and keeps the byline for the header', (name) => {
    const box = `<section class="${name}"><img src="/img/lena.jpg" alt=""><p>Hallo, ich bin Lena und schreibe hier seit vielen Jahren über Brücken, Fähren und alles, was die Stadt bewegt.</p></section>`;
    const a = article(newsPage({ head: '<meta name="author" content="Lena Ortiz">', afterStory: box }));
    expect(a.textContent).not.toContain('Hallo, ich bin Lena');
    expect(a.removed.some((r) => r.reason === 'author-bio')).toBe(true);
    expectWholeStory(a.textContent);
    expect(a.authors).toEqual(['Lena Ortiz']);
  });

  it('moves an inline “RELATED:” link out of the story into the related list', () => {
    const a = article(newsPage({ inserts: { 2: '<p><strong>RELATED:</strong> <a href="/news/2024/03/01/bridge-closure-extended/">Bridge closure extended into spring</a></p>' } }));
    expect(a.textContent).not.toContain('Bridge closure extended');
    expect(a.relatedLinks).toEqual([{ url: 'https://coastpost.example/news/2024/03/01/bridge-closure-extended/', title: 'Bridge closure extended into spring' }]);
  });

  it('moves “read also” link paragraphs in other languages out of the story, whether the lead-in is bold, in italics or split from its colon', () => {
    const inserts = {
      0: '<p><strong>Lea también:&nbsp;<a href="/news/2024/03/01/bridge-closure-extended/">Cierre del puente ampliado hasta la primavera</a></strong></p>',
      2: '<p><em>Czytaj też: <a href="/news/2024/03/02/ferry-timetable/">Nowy rozkład jazdy promów na lato</a></em></p>',
      3: '<p><em>Read more</em>: <a href="/news/2024/03/03/tram-line/">Tram line extension approved by council</a></p>',
      4: '<h3>MIRA:&nbsp;<a href="/news/2024/03/04/port-strike/">Huelga en el puerto termina tras acuerdo</a></h3>',
    };
    const a = article(newsPage({ inserts }));
    for (const teaser of ['Lea también', 'Cierre del puente', 'Czytaj też', 'Read more', 'Tram line extension', 'MIRA', 'Huelga']) expect(a.textContent).not.toContain(teaser);
    expect(a.relatedLinks.map((l) => l.title)).toEqual(['Cierre del puente ampliado hasta la primavera', 'Nowy rozkład jazdy promów na lato', 'Tram line extension approved by council', 'Huelga en el puerto termina tras acuerdo']);
    expectWholeStory(a.textContent);
  });

  it('moves a related-stories module known only by its name (“related-article”, “relatedPost”) out of the story into the related list', () => {
    const teaser = (href: string, title: string, cls: string) => `<div class="${cls}"><a href="${href}"><img src="/img/t.jpg" alt=""></a><p><a href="${href}">${title}</a></p><p>Teaser text that sums up the other story in a sentence or two for the reader.</p></div>`;
    const inserts = { 3: teaser('/news/2024/03/05/ferry-strike/', 'Ferry crews vote to strike over pay', 'related-article') + teaser('/news/2024/03/06/tram-line/', 'Tram line extension approved by council', 'relatedPost') };
    const a = article(newsPage({ inserts }));
    for (const teaserWords of ['Ferry crews vote', 'Tram line extension', 'Teaser text']) expect(a.textContent).not.toContain(teaserWords);
    expect(a.relatedLinks.map((l) => l.title)).toEqual(['Ferry crews vote to strike over pay', 'Tram line extension approved by council']);
    expectWholeStory(a.textContent);
  });

  it('takes a sponsored “You may like” module out of the story without passing its ads off as related stories', () => {
    const paid = `<div class="trc_related_container"><h3>You may like</h3><ul>
      <li><a href="https://ads.example/slow-computer?utm_source=widget">Slow computer? You don't need to buy a new one</a></li>
      <li><a href="https://games.example/play/stormfall">Stormfall: free online game of the year</a></li></ul><span>Sponsored Links by Taboola</span></div>`;
    const a = article(newsPage({ afterStory: paid }));
    expect(a.textContent).not.toContain('Slow computer');
    expect(a.relatedLinks).toEqual([]);
    expectWholeStory(a.textContent);
  });

  it('passes no ads off as related stories when the “Sponsored” label sits beside the heading and its links', () => {
    const paid = '<div class="trc_related_container"><h3>You may like</h3><a href="https://ads.example/x">Slow computer? Try this trick today</a><span>Sponsored Links by Taboola</span></div>';
    const a = article(newsPage({ afterStory: paid }));
    expect(a.relatedLinks).toEqual([]);
    expectWholeStory(a.textContent);
  });

  it('keeps a story paragraph that opens with a lead-in word and a colon but is mostly prose around its link', () => {
    const quote = 'Mira: the harbour master said the <a href="/news/harbour">new moorings</a> would be ready before the regatta, and that boat owners should book early this year.';
    const a = article(newsPage({ inserts: { 1: `<p>${quote}</p>` } }));
    expect(a.textContent).toContain('boat owners should book early');
    expect(a.relatedLinks).toEqual([]);
  });

  it('keeps an image caption’s words but not the photo credit at its end, in any of its usual forms', () => {
    const inserts = {
      0: '<figure><img src="/img/bridge.jpg" alt=""><figcaption>The bridge at dawn on Tuesday. Foto: Hafenamt/Max Muster</figcaption></figure>',
      2: '<figure><img src="/img/deck.jpg" alt=""><figcaption><p>New cable anchors on the deck. Bild: <a href="https://stock.example/123">Jens Beispiel/Stockagentur</a></p></figcaption></figure>',
      3: '<div class="img-inline"><img src="/img/shops.jpg" alt=""></div><p class="imagedescription">Shop owners at the southern approach. © AFP / Ana Ejemplo</p>',
    };
    const a = article(newsPage({ inserts }));
    for (const caption of ['The bridge at dawn on Tuesday.', 'New cable anchors on the deck.', 'Shop owners at the southern approach.']) expect(a.textContent).toContain(caption);
    for (const credit of ['Max Muster', 'Stockagentur', 'Ana Ejemplo', 'Foto:', 'Bild:']) expect(a.textContent).not.toContain(credit);
    expect(a.removed.filter((r) => r.reason === 'photo-credit').map((r) => r.text)).toEqual(['Foto: Hafenamt/Max Muster', 'Bild: Jens Beispiel/Stockagentur', '© AFP / Ana Ejemplo']);
    expectWholeStory(a.textContent);
  });

  it('keeps a story sentence that names its source, away from any image', () => {
    const sourced = 'The council published the repair figures in its annual report. Source: regional council budget office';
    const a = article(newsPage({ inserts: { 1: `<p>${sourced}</p>` } }));
    expect(a.textContent).toContain(sourced);
  });

  it('collects a “You may also like” list once, without duplicates, links to the page itself, or non-web links', () => {
    const list = `<section><h2>You may also like</h2><ul>
      <li><a href="/news/2024/04/01/ferry-timetable-changes/">Ferry timetable changes for the summer season</a></li>
      <li><a href="/news/2024/04/01/ferry-timetable-changes/#comments">Ferry timetable changes for the summer season</a></li>
      <li><a href="javascript:alert(1)">A link that would run script on click</a></li>
      <li><a href="/news/2024/04/09/harbour-bridge-reopens/">Harbour bridge reopens after repairs</a></li>
      <li><a href="https://othersite.example/ring-road-plan">Ring road plan goes to public consultation</a></li></ul></section>`;
    const a = article(newsPage({ afterArticle: list }));
    expect(a.relatedLinks.map((l) => l.url)).toEqual(['https://coastpost.example/news/2024/04/01/ferry-timetable-changes/', 'https://othersite.example/ring-road-plan']);
  });

  it('removes a menu and a tag-and-share footer that sit inside the story', () => {
    const menu = '<nav><a href="/news/local">Local news</a> · <a href="/news/harbour">Harbour</a> · <a href="/news/transport">Transport</a></nav>';
    const footer = '<footer><p>Topics: <a href="/t/bridges">Bridges</a>, <a href="/t/commuting">Commuting</a></p><p>Share this story with a friend</p></footer>';
    const a = article(newsPage({ inserts: { 0: menu }, afterStory: footer }));
    for (const clutter of ['Local news', 'Topics:', 'Share this story']) expect(a.textContent).not.toContain(clutter);
    const navigation = a.removed.filter((r) => r.reason === 'navigation').map((r) => r.text);
    expect(navigation).toEqual(expect.arrayContaining([expect.stringContaining('Local news'), expect.stringContaining('Topics:')]));
    expectWholeStory(a.textContent);
  });

  it('shows code samples as written, with the comments a syntax highlighter names “token comment”', () => {
    const code = '<pre class="language-c"><code class="language-c"><span class="token comment">// add.c</span><br><span class="token keyword">int</span> add(<span class="token keyword">int</span> x, <span class="token keyword">int</span> y) { <span class="hljs-comment">/* sum */</span> return x + y; }</code></pre>';
    const a = article(newsPage({ inserts: { 2: code } }));
    expect(a.textContent).toContain('// add.c int add(int x, int y) { /* sum */ return x + y; }');
    expectWholeStory(a.textContent);
  });

  it('keeps a <footer> or <nav> that a site wraps around the story prose', () => {
    const { document } = parseHtml(`<body><footer>${STORY.map((p) => `<p>${p}</p>`).join('')}</footer><nav><p>${STORY[0]}</p><a href="/">Home</a></nav></body>`, PAGE_URL);
    removeClutterFromPage(document.body, { authors: [], removed: [] });
    expect(document.body.querySelector('footer')?.textContent).toContain(LAST);
    expect(document.body.querySelector('nav')).toBeNull();
  });

  it('leaves out blocks hidden by an inline style, as Readability does, but keeps a hidden block of story prose for the completeness check', () => {
    const hidden = '<div style="color: grey; visibility: hidden"><p>Teaser text the reader never sees on the page.</p></div><p style="display:none !important">A paragraph hidden with display none.</p>';
    const collapsed = `<div style="display: none">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const { document } = parseHtml(`<body><article><p>${STORY[0]}</p>${hidden}</article>${collapsed}</body>`, PAGE_URL);
    removeClutterFromPage(document.body, { authors: [], removed: [] });
    const text = document.body.textContent ?? '';
    for (const gone of ['Teaser text', 'display none']) expect(text).not.toContain(gone);
    expect(document.body.querySelector('div[style="display: none"]')?.textContent).toContain(LAST);
  });

  it('reads a responsive class suffix such as “@tp-” (tablet portrait) as a screen size, not as a paywall name, and keeps the story block', () => {
    const a = article(newsPage({ inserts: { 2: `<div class="o-block cf@tp- pb-5@m-"><p>${'The authority will publish a full report on the repairs next month, including the inspection findings for every cable anchor. '.repeat(2)}</p></div>` } }));
    expect(a.textContent).toContain('The authority will publish a full report');
    expect(a.removed.some((r) => r.reason === 'promo')).toBe(false);
  });

  it('keeps photo captions that sit in a figure', () => {
    const figure = '<figure><img src="/img/bridge.jpg" alt="The bridge"><figcaption>The bridge at dawn on Tuesday. Photo: Coast Post</figcaption></figure>';
    const a = article(newsPage({ inserts: { 0: figure } }));
    expect(a.content).toContain('The bridge at dawn on Tuesday');
    expect(a.content).toContain('src="https://coastpost.example/img/bridge.jpg"');
  });
});
