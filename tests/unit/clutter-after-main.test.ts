/**
 * What a site keeps after its <main> (dialogs and flyouts hidden until opened) is not the story, even when
 * Readability settles on a box around <main> and appends its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';
import { removeAfterMain } from '../../src/extract/clutter/after-main';

const STEPS = '<div class="threestep"><div><h2>Make Coast Post your homepage</h2><ul><li><div>On the toolbar, click Firefox and then click Preferences to open the settings.</div></li><li><div>In the Preferences window that opens, select the General panel on the left.</div></li><li><div>In the text box next to Home page, simply type the address of the Coast Post.</div></li></ul></div></div>';

describe('after the page’s <main>', () => {
  it('takes out what follows <main> in the extract (msn.com: feedback link, homepage dialog), and keeps the headline set before it', () => {
    const { document } = parseHtml(`<div><header><h1>Harbour bridge reopens</h1></header><div><main><p>The story.</p></main><div>Feedback</div></div>${STEPS}</div>`, 'https://coastpost.example/');
    const root = document.body.firstElementChild!;
    removeAfterMain(root, (el) => el.remove());
    expect(root.textContent).toContain('Harbour bridge reopens');
    expect(root.textContent).toContain('The story.');
    expect(root.textContent).not.toContain('Feedback');
    expect(root.textContent).not.toContain('homepage');
  });

  it('leaves an extract with no <main>, or with several, as it is', () => {
    const { document } = parseHtml(`<div><main><p>One.</p></main><main><p>Two.</p></main><p>Three.</p></div>`, 'https://coastpost.example/');
    const root = document.body.firstElementChild!;
    removeAfterMain(root, (el) => el.remove());
    expect(root.textContent).toBe('One.Two.Three.');
  });
});
