// Typing reuses each finished word's matches; the results must stay exactly what MiniSearch itself ranks.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { normalizeTerm, QUERY_OPTIONS } from '../../src/store/search-index';
import { TermCachedSearch } from '../../src/store/term-search';

const WORDS = ['harbour', 'harbor', 'lighthouse', 'lighter', 'council', 'counsel', 'budget', 'budgets', 'ferry', 'ferries', 'keeper', 'keepers', 'storm', 'stormy', 'school', 'schools', 'scholar', 'gazette', 'coastal', 'coast'];

/** Three hundred short documents drawn from a small vocabulary, so words repeat, overlap and tie on score. */
function corpus() {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() ** 2 * WORDS.length)]).join(' ');
  return Array.from({ length: 300 }, (_, i) => ({ id: `https://news.example/${i}`, title: words(3), authors: i % 7 === 0 ? 'Ana Keeper' : 'Jo Storm', siteName: i % 3 ? 'Coastal Gazette' : 'Harbour Times', text: words(1 + (i % 40)) }));
}

const processTerm = (term: string) => normalizeTerm(term) || null;

describe('search reusing each word’s matches between keystrokes', () => {
  const index = new MiniSearch({ fields: ['title', 'authors', 'siteName', 'text'], processTerm });
  index.addAll(corpus());
  const own = (query: string) => index.search(query, QUERY_OPTIONS).map((r) => r.id as string);

  it('lists the same articles in the same order as MiniSearch for every keystroke of typed queries', () => {
    const cached = new TermCachedSearch(index as MiniSearch<unknown>, processTerm, QUERY_OPTIONS);
    let compared = 0;
    for (const query of ['coastal gazette', 'harbour keeper storm', 'schools', 'lighthuose keeper', 'ferry ferry', 'council budgets', 'stor coastal']) {
      for (let end = 1; end <= query.length; end++) {
        const typed = query.slice(0, end);
        const expected = own(typed);
        expect(cached.search(typed), typed).toEqual(expected);
        compared += expected.length;
      }
    }
    // The comparison covered many matches, not only empty answers.
    expect(compared).toBeGreaterThan(5000);
  });

  it('finds a document added after it was cleared, and drops a discarded one', () => {
    const local = new MiniSearch({ fields: ['title', 'authors', 'siteName', 'text'], processTerm });
    local.addAll(corpus().slice(0, 50));
    const cached = new TermCachedSearch(local as MiniSearch<unknown>, processTerm, QUERY_OPTIONS);
    expect(cached.search('zebra')).toEqual([]);
    local.add({ id: 'https://news.example/zebra', title: 'Zebra crossing', authors: '', siteName: '', text: 'stripes' });
    local.discard('https://news.example/0');
    cached.clear();
    expect(cached.search('zebra')).toEqual(['https://news.example/zebra']);
    expect(cached.search('harbour')).not.toContain('https://news.example/0');
  });
});
