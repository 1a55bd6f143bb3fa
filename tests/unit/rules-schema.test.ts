/** Rule files: a valid export imports again; anything invalid is refused with a reason and changes nothing. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';
import { mergeRules, rulesBySite } from '../../src/rules/merge';
import type { SiteRule } from '../../src/rules/rule';
import { parseRulesJson, rulesFile } from '../../src/rules/schema';

const { document } = parseHtml('<html><body></body></html>', 'https://x.example/');
const rule = (over: Partial<SiteRule> = {}): SiteRule => ({ id: 'r1', site: 'news.example', selector: 'div.most-read', basis: 'names', exampleUrl: 'https://news.example/a', sample: 'Most read', createdAt: '2026-11-01T10:00:00.000Z', ...over });

describe('rules file schema', () => {
  it('round-trips an export', () => {
    const file = JSON.stringify(rulesFile([rule(), rule({ id: 'r2', site: '127.0.0.1:8080', selector: 'body > div:nth-of-type(2)', basis: 'structural' })]));
    const parsed = parseRulesJson(file, document);
    expect(parsed.ok && parsed.value).toHaveLength(2);
  });

  it.each([
    ['not json', '{rules: []', /not valid JSON/],
    ['another schema', JSON.stringify({ schema: 'other', version: 1, rules: [] }), /not a Clearpage rules file/],
    ['a newer version', JSON.stringify({ ...rulesFile([]), version: 2 }), /version 2/],
    ['no rules list', JSON.stringify({ ...rulesFile([]), rules: {} }), /no "rules" list/],
    ['a broken selector', JSON.stringify(rulesFile([rule({ selector: 'div[[' })])), /Rule 1 has a selector the browser cannot read/],
    ['a bad site', JSON.stringify(rulesFile([rule(), rule({ id: 'r2', site: 'https://news.example/' })])), /Rule 2 has no valid site/],
    ['a javascript: example URL', JSON.stringify(rulesFile([rule({ exampleUrl: 'javascript:alert(1)' })])), /example URL/],
    ['an unknown basis', JSON.stringify(rulesFile([rule({ basis: 'magic' as never })])), /unknown basis/],
  ])('refuses %s', (_name, text, message) => {
    const parsed = parseRulesJson(text, document);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('merges without duplicates and groups by site', () => {
    const { rules, added } = mergeRules([rule()], [rule({ id: 'other-id' }), rule({ id: 'r3', site: 'a.example' })]);
    expect(added).toBe(1);
    expect(rulesBySite(rules).map(([site, list]) => [site, list.length])).toEqual([['a.example', 1], ['news.example', 1]]);
  });
});
