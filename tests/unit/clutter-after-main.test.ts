/**
 * What a site keeps after its <main> (dialogs and flyouts hidden until opened) is not the story, even when
 * Readability settles on a box around <main> and appends its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';
import { elementsAfterMain } from '../../src/extract/clutter/after-main';

const removeAfterMain = (root: Element) => {
  for (const el of elementsAfterMain(root)) el.remove();
};

const paragraphs = (n: number, topic: string) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}, long enough to read as a sentence of the story itself.</p>`).join('');

const STEPS = '<div class="threestep"><div><h2>Make Coast Post your homepage</h2><ul><li><div>On the toolbar, click Firefox and then click Preferences to open the settings.</div></li><li><div>In the Preferences window that opens, select the General panel on the left.</div></li><li><div>In the text box next to Home page, simply type the address of the Coast Post.</div></li></ul></div></div>';

describe('after the page’s <main>', () => {
  it('takes out what follows <main> in the extract (msn.com: feedback link, homepage dialog), and keeps the headline set before it', () => {
    const { document } = parseHtml(`<div><header><h1>Harbour bridge reopens</h1></header><div><main>${paragraphs(12, 'the harbour bridge')}</main><div>Feedback</div></div>${STEPS}</div>`, 'https://coastpost.example/');
    const root = document.body.firstElementChild!;
    removeAfterMain(root);
    expect(root.textContent).toContain('Harbour bridge reopens');
    expect(root.querySelectorAll('main p')).toHaveLength(12);
    expect(root.textContent).not.toContain('Feedback');
    expect(root.textContent).not.toContain('homepage');
  });

  it('leaves an extract with no <main>, or with several, as it is', () => {
    const { document } = parseHtml(`<div><main><p>One.</p></main><main><p>Two.</p></main><p>Three.</p></div>`, 'https://coastpost.example/');
    const root = document.body.firstElementChild!;
    removeAfterMain(root);
    expect(root.textContent).toBe('One.Two.Three.');
  });
});

describe('a story that goes on after <main>', () => {

  it('keeps the paragraphs a site sets in a sibling after <main> when <main> holds only part of the story', () => {
    const { document } = parseHtml(`<div class="wrap"><main>${paragraphs(4, 'the harbour vote')}</main><section class="cont">${paragraphs(5, 'the council’s next step')}</section></div>`, 'https://coastpost.example/');
    const root = document.body.firstElementChild!;
    removeAfterMain(root);
    expect(root.querySelectorAll('p')).toHaveLength(9);
  });

  it('keeps the story when <main> holds only the site’s navigation', () => {
    const { document } = parseHtml(`<div id="content"><main id="main-content"><nav>Home</nav></main><article>${paragraphs(8, 'the harbour vote')}</article></div>`, 'https://coastpost.example/');
    const root = document.body.firstElementChild!;
    removeAfterMain(root);
    expect(root.querySelectorAll('article p')).toHaveLength(8);
  });
});
