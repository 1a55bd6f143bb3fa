/**
 * Many news sites give the whole story text in their schema.org JSON-LD (`articleBody`). When the story
 * shown on the page is shorter than the text the site itself declares, the extract is cut short, whatever
 * the page's markup looks like: a clear signal for the possibly-incomplete warning. Read before cleaning,
 * which removes scripts.
 */

/** Pieces of the declared text shorter than this (a dateline, "Advertisement") are not compared. */
const MIN_PIECE_CHARS = 40;

/** Letters and digits only, lower case: quotes, dashes and spacing differ between the JSON and the page. */
export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function articleBodies(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) articleBodies(item, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'articleBody' && typeof value === 'string') out.push(value);
      else if (typeof value === 'object') articleBodies(value, out);
    }
  }
}

/** The longest `articleBody` the page declares in JSON-LD, tags stripped, or null. */
export function declaredArticleBody(root: ParentNode): string | null {
  const bodies: string[] = [];
  for (const script of Array.from(root.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (!source.includes('articleBody')) continue;
    try {
      articleBodies(JSON.parse(source), bodies);
    } catch {
      // A broken block is the site's problem; the page's own text still gets the ordinary check.
    }
  }
  const longest = bodies.sort((a, b) => b.length - a.length)[0];
  return longest ? longest.replace(/<[^>]*>/g, ' ') : null;
}

/**
 * Characters of the declared story text that the extract does not hold, counted by sentence-sized
 * pieces so that a caption or an ad label in the JSON does not count as the whole story missing.
 */
export function declaredCharsMissing(declared: string, extractText: string): number {
  const have = comparable(extractText);
  let missing = 0;
  for (const piece of declared.split(/(?<=[.!?。！？])\s+|\n+/)) {
    const key = comparable(piece);
    if (key.length < MIN_PIECE_CHARS) continue;
    if (!have.includes(key)) missing += key.length;
  }
  return missing;
}
