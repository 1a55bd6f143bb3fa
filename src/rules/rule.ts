/**
 * A site rule is data, not code: a CSS selector for a block the person hid, the site it applies to and
 * where and when it was made. Rules travel as JSON in a versioned file (see schema.ts).
 */
export interface SiteRule {
  id: string;
  /** Hostname the rule applies to, exactly as the page's URL gives it. */
  site: string;
  selector: string;
  /** How the selector was found: stable names hold up across a site's pages better than position. */
  basis: SelectorBasis;
  /** The page the block was hidden on. */
  exampleUrl: string;
  /** A snippet of the hidden block, so the settings page can say what the rule hides. */
  sample: string;
  /** ISO 8601. */
  createdAt: string;
}

export type SelectorBasis = 'id' | 'names' | 'scoped' | 'structural';

export const RULES_SCHEMA = 'clearpage-site-rules';
export const RULES_VERSION = 1;

export interface RulesFile {
  schema: typeof RULES_SCHEMA;
  version: typeof RULES_VERSION;
  exportedAt: string;
  rules: SiteRule[];
}
