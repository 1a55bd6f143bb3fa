/** Applies a site's rules to a copy of the page before Readability, so hidden blocks can neither be shown nor split the story. */
import type { Removal } from '../extract/article';
import { squash } from '../extract/text';
import { proseLength, takesMainText } from './main-text';
import type { SiteRule } from './rule';

export function applySiteRules(body: Element, rules: readonly SiteRule[], removed: Removal[]): void {
  if (rules.length === 0) return;
  const pageProse = proseLength(body);
  for (const rule of rules) {
    let matches: Element[];
    try {
      // From the document: selectors start at `body` or `#id`, which an element-scoped query may not match (jsdom).
      matches = Array.from(body.ownerDocument.querySelectorAll(rule.selector)).filter((el) => body.contains(el) && el !== body);
    } catch {
      continue;
    }
    // The guard again, on this page: a rule that would take the story here (a template change, a too-broad class) is skipped.
    if (matches.length === 0 || takesMainText(matches, pageProse)) continue;
    for (const el of matches) {
      if (!el.isConnected) continue;
      const text = squash(el.textContent).slice(0, 300);
      if (text) removed.push({ reason: 'site-rule', text });
      el.remove();
    }
  }
}
