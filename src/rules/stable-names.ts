/**
 * Tells names a site's designers chose ("most-read", "promo-box") from names a build tool or CMS
 * generated per page or per deploy ("css-1x9ab", "post-48213", "Header_nav__3XyZ1"): only the first
 * kind can identify the same block on the site's next page.
 */

const PLAIN = /^[a-zA-Z_][\w-]*$/;
const GENERATED_PREFIX = /^(css|sc|jsx|emotion|svelte|styled|ember|react|vue|ng|x)-/i;
const STATE = /^(is|has|js)-|^(active|open|opened|closed|show|shown|hide|hidden|visible|selected|current|loaded|loading|in|fade|sticky|fixed|expanded|collapsed)$/i;

export function isStableName(name: string): boolean {
  if (!PLAIN.test(name) || name.length > 40) return false;
  if (GENERATED_PREFIX.test(name) || STATE.test(name)) return false;
  // Ids and counters: "post-48213", "item31613".
  if (/\d{3,}/.test(name)) return false;
  // Hashes: mixed case with digits ("a1B2c3"), or a CSS-modules suffix ("Header_nav__3XyZ1").
  if (/\d/.test(name) && /[a-z]/.test(name) && /[A-Z]/.test(name)) return false;
  if (/__[\w-]{4,}$/.test(name) && /\d/.test(name)) return false;
  // A run of consonants this long is not a word anyone typed.
  if (/[bcdfghjklmnpqrstvwxz]{6,}/i.test(name.replace(/[-_]/g, ''))) return false;
  return true;
}

/** data-* attributes that describe a block rather than track or key it. */
export function isStableDataAttribute(name: string, value: string): boolean {
  if (!name.startsWith('data-') || name.startsWith('data-cp-')) return false;
  if (/^data-(reactid|reactroot|v-|testid-|id$|key$|index$|ts$|time|timestamp|track|analytics|gtm|ga-|uuid|guid|hash|nonce|src|srcset|lazy|href|url|pos|position|offset)/i.test(name)) return false;
  if (!isStableName(name.slice(5))) return false;
  return value.length > 0 && value.length <= 40 && isStableName(value);
}
