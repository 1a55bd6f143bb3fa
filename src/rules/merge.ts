/** Pure list operations on rules, shared by the store and the import. */
import type { SiteRule } from './rule';

const sameRule = (a: SiteRule, b: SiteRule) => a.site === b.site && a.selector === b.selector;

/** Adds `incoming` to `current`; a rule already there (same site and selector) is kept once. */
export function mergeRules(current: SiteRule[], incoming: SiteRule[]): { rules: SiteRule[]; added: number } {
  const rules = [...current];
  let added = 0;
  for (const rule of incoming) {
    if (rules.some((r) => sameRule(r, rule) || r.id === rule.id)) continue;
    rules.push(rule);
    added++;
  }
  return { rules, added };
}

export function rulesBySite(rules: SiteRule[]): [string, SiteRule[]][] {
  const groups = new Map<string, SiteRule[]>();
  for (const rule of rules) groups.set(rule.site, [...(groups.get(rule.site) ?? []), rule]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function newRuleId(): string {
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
