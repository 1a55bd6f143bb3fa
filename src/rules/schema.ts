/** Validates rule files (imports) and stored rules against the versioned schema; nothing invalid gets in. */
import { RULES_SCHEMA, RULES_VERSION, type RulesFile, type SelectorBasis, type SiteRule } from './rule';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

const BASES: SelectorBasis[] = ['id', 'names', 'scoped', 'structural'];
const HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\]$/i;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A selector the browser accepts; checked with a detached fragment so nothing on a page is touched. */
function selectorParses(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function validateRule(v: unknown, where: string, doc: Document): Validated<SiteRule> {
  if (!isRecord(v)) return { ok: false, error: `${where} is not an object.` };
  const str = (k: string, max: number) => (typeof v[k] === 'string' && (v[k] as string).length > 0 && (v[k] as string).length <= max ? (v[k] as string) : null);
  const id = str('id', 100);
  const site = str('site', 255);
  const selector = str('selector', 1000);
  const exampleUrl = str('exampleUrl', 4000);
  const createdAt = str('createdAt', 40);
  const sample = typeof v.sample === 'string' ? v.sample.slice(0, 300) : '';
  const basis = BASES.includes(v.basis as SelectorBasis) ? (v.basis as SelectorBasis) : null;
  if (!id) return { ok: false, error: `${where} has no id.` };
  if (!site || !HOST.test(site)) return { ok: false, error: `${where} has no valid site (a hostname such as example.com).` };
  if (!selector || !selectorParses(selector, doc)) return { ok: false, error: `${where} has a selector the browser cannot read: ${String(v.selector).slice(0, 80)}` };
  if (!basis) return { ok: false, error: `${where} has an unknown basis (expected one of ${BASES.join(', ')}).` };
  if (!exampleUrl || !/^https?:\/\//i.test(exampleUrl)) return { ok: false, error: `${where} has no http(s) example URL.` };
  if (!createdAt || Number.isNaN(Date.parse(createdAt))) return { ok: false, error: `${where} has no valid creation date.` };
  return { ok: true, value: { id, site: site.toLowerCase(), selector, basis, exampleUrl, sample, createdAt } };
}

export function validateRulesFile(v: unknown, doc: Document): Validated<SiteRule[]> {
  if (!isRecord(v)) return { ok: false, error: 'This is not a Clearpage rules file (expected a JSON object).' };
  if (v.schema !== RULES_SCHEMA) return { ok: false, error: `This is not a Clearpage rules file (its "schema" is not "${RULES_SCHEMA}").` };
  if (v.version !== RULES_VERSION) return { ok: false, error: `This rules file is version ${String(v.version)}; this version of the reader reads version ${RULES_VERSION}.` };
  if (!Array.isArray(v.rules)) return { ok: false, error: 'This rules file has no "rules" list.' };
  const rules: SiteRule[] = [];
  for (const [i, raw] of v.rules.entries()) {
    const checked = validateRule(raw, `Rule ${i + 1}`, doc);
    if (!checked.ok) return checked;
    rules.push(checked.value);
  }
  return { ok: true, value: rules };
}

export function parseRulesJson(text: string, doc: Document): Validated<SiteRule[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This file is not valid JSON (${(error as Error).message}).` };
  }
  return validateRulesFile(parsed, doc);
}

export function rulesFile(rules: SiteRule[], now = new Date()): RulesFile {
  return { schema: RULES_SCHEMA, version: RULES_VERSION, exportedAt: now.toISOString(), rules };
}
