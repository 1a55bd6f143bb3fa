/** Site rules in storage.local under one key; the only module that reads or writes them. */
import browser from 'webextension-polyfill';
import { mergeRules } from './merge';
import type { SiteRule } from './rule';
import { validateRule } from './schema';

const KEY = 'siteRules';

export async function loadRules(): Promise<SiteRule[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  // Storage is ours, but an older or hand-edited entry must not break reading a page.
  return stored.flatMap((raw, i) => {
    const checked = validateRule(raw, `Stored rule ${i + 1}`, document);
    return checked.ok ? [checked.value] : [];
  });
}

async function saveRules(rules: SiteRule[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: rules });
}

export async function rulesForSite(site: string): Promise<SiteRule[]> {
  return (await loadRules()).filter((r) => r.site === site);
}

export async function addRule(rule: SiteRule): Promise<SiteRule[]> {
  const { rules } = mergeRules(await loadRules(), [rule]);
  await saveRules(rules);
  return rules;
}

export async function deleteRule(id: string): Promise<SiteRule[]> {
  const rules = (await loadRules()).filter((r) => r.id !== id);
  await saveRules(rules);
  return rules;
}

/** Rules must already be validated: an invalid file never reaches storage. */
export async function importRules(incoming: SiteRule[]): Promise<{ rules: SiteRule[]; added: number }> {
  const merged = mergeRules(await loadRules(), incoming);
  await saveRules(merged.rules);
  return merged;
}

export function onRulesChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
