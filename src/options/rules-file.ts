/** Export and import of the rules file: what the settings page's two buttons do, apart from the page. */
import { parseRulesJson, rulesFile } from '../rules/schema';
import type { SiteRule } from '../rules/rule';
import { importRules } from '../rules/store';

export function exportRules(rules: SiteRule[], now = new Date()): { name: string; blob: Blob } {
  const name = `clearpage-site-rules-${now.toISOString().slice(0, 10)}.json`;
  return { name, blob: new Blob([`${JSON.stringify(rulesFile(rules, now), null, 2)}\n`], { type: 'application/json' }) };
}

export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Validates the whole file first: an invalid file changes nothing. */
export async function importRulesFile(file: File): Promise<ImportOutcome> {
  const parsed = parseRulesJson(await file.text(), document);
  if (!parsed.ok) return { ok: false, message: `Import refused: ${parsed.error} Nothing was changed.` };
  const { added } = await importRules(parsed.value);
  const skipped = parsed.value.length - added;
  return { ok: true, message: `Imported ${added} rule${added === 1 ? '' : 's'}${skipped ? ` (${skipped} already here)` : ''}.` };
}
