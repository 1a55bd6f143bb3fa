/** A sentence torn in two by a page break reads as one paragraph once the break's byline is gone. */
import { describe, expect, it } from 'vitest';
import { article, newsPage, STORY } from './news-page';

const paragraphsOf = (content: string) => Array.from(content.matchAll(/<p>([\s\S]*?)<\/p>/g), (m) => m[1]!.replace(/\s+/g, ' '));

function storyWith(head: string, tail: string, between = '<div class="page-break"><hr></div>\n<p>Written by <a href="/author/dana-whitfield">Dana Whitfield</a> on April 9, 2024</p>') {
  return newsPage({ paragraphs: [...STORY.slice(0, 3), head, ...STORY.slice(3)], inserts: { 3: `\n${between}\n<p>${tail}</p>` } });
}

describe('a story split across pages', () => {
  it('joins the sentence the page break tore in two into one paragraph', () => {
    const a = article(storyWith('Harbour pilots, who guide container ships under the bridge at night, said the new <em>deck lights</em> were a welcome', 'improvement over the old lamps, which had failed for weeks at a time during the winter storms.'));
    expect(paragraphsOf(a.content)).toContain('Harbour pilots, who guide container ships under the bridge at night, said the new <em>deck lights</em> were a welcome improvement over the old lamps, which had failed for weeks at a time during the winter storms.');
    expect(a.textContent).not.toContain('Written by');
  });

  it('keeps paragraphs apart when the first one ends its sentence', () => {
    const a = article(storyWith('Harbour pilots, who guide container ships under the bridge at night, said the new deck lights were welcome.', 'iPhone users can follow the traffic on the bridge in the port authority’s app, which shows the lanes open.'));
    expect(paragraphsOf(a.content)).toContain('iPhone users can follow the traffic on the bridge in the port authority’s app, which shows the lanes open.');
  });

  it('keeps paragraphs apart when the next one starts a sentence of its own', () => {
    const a = article(storyWith('Harbour pilots, who guide container ships under the bridge at night, gave their verdict on the new deck lights', 'The lights replace lamps that failed for weeks at a time during the winter storms, the authority said.'));
    expect(paragraphsOf(a.content)).toContain('The lights replace lamps that failed for weeks at a time during the winter storms, the authority said.');
  });

  it('keeps a short line apart, as a poem or a caption has no full stop either', () => {
    const a = article(storyWith('and the river keeps its slow account', 'of every ship that passed beneath the span, one verse for every year the bridge has stood above the water.'));
    expect(paragraphsOf(a.content)).toContain('of every ship that passed beneath the span, one verse for every year the bridge has stood above the water.');
  });

  it('keeps paragraphs apart when something the reader sees stands between them', () => {
    const a = article(storyWith('Harbour pilots, who guide container ships under the bridge at night, said the new deck lights were a welcome', 'improvement over the old lamps, which had failed for weeks at a time during the winter storms.', '<figure><img src="https://coastpost.example/img/bridge-lights.jpg" alt="The bridge at night"><figcaption>The new deck lights at night.</figcaption></figure>'));
    expect(paragraphsOf(a.content)).toContain('improvement over the old lamps, which had failed for weeks at a time during the winter storms.');
  });
});

describe('paragraphs that only look torn, with no byline of a page break between them', () => {
  it.each([
    ['a list written as paragraphs', 'The repairs the council still has to make to the old tenement blocks before the winter arrives this year include', 'broken boilers, leaking roofs and the lifts that have been out of service since the spring.'],
    ['a bold heading written as a paragraph', '<strong>What the council says about the new plan for the harbour bridge and its cycle lane this year</strong>', 'officials insisted that the cycle lane would open in the summer, whatever the weather.'],
    ['a name before a brand written in lower case', 'The bridge reopening was attended by the port authority’s chief executive and by the mayor, Margaret Hill', 'iPhone users can follow the traffic on the bridge in the port authority’s new app, launched on Tuesday.'],
    ['a list of sources, one address per paragraph', 'The figures for the bridge repairs come from the regional council and the port authority, see https://coastpost.example/docs/bridge-repairs-2024,', 'https://coastpost.example/docs/port-authority-statement-april-2024'],
  ])('keeps %s apart', (_kind, head, tail) => {
    const a = article(storyWith(head, tail, ''));
    expect(paragraphsOf(a.content)).toContain(tail);
  });
});
