/**
 * The benchmark's measurement of honest results, kept next to the check so the bench and the product
 * count "recovered" and "warned" the same way.
 */
import type { ExtractOptions, ExtractResult } from '../index';
import { squash } from '../text';

/** One page, as the benchmark sees it. */
export interface CompletenessOutcome {
  /** The extract without recovery missed at least one must-have segment. */
  incomplete: boolean;
  /** …and recovery brought every missed segment back. */
  recovered: boolean;
  /** The shipped extract carries the possibly-incomplete warning. */
  warned: boolean;
  /** The shipped extract (with recovery) holds every must-have segment. */
  complete: boolean;
  /** The pipeline found no article on the page: there is no extract to carry a warning. */
  noArticle: boolean;
}

const holdsAll = (text: string | null, segments: string[]) => {
  const t = squash(text);
  return segments.every((s) => t.includes(squash(s)));
};

export function completenessOutcome(input: { mustHave: string[]; plainText: string | null; recoveredText: string | null; warned: boolean }): CompletenessOutcome {
  const incomplete = !holdsAll(input.plainText, input.mustHave);
  const complete = holdsAll(input.recoveredText, input.mustHave);
  return { incomplete, recovered: incomplete && complete, warned: input.warned, complete, noArticle: input.recoveredText === null };
}

/** One page's outcome, with both extracts' text for scoring the body. */
export interface CompletenessSample {
  outcome: CompletenessOutcome;
  /**
   * The same page with the title counted as shown: the popup and the reader tab show it right above the
   * body, and the annotation often counts the headline as a must-have segment of the body. Reported
   * beside `outcome`, never instead of it.
   */
  withTitle: CompletenessOutcome;
  plainText: string | null;
  recoveredText: string | null;
}

/**
 * Runs `extract` twice on one parsed page (recovery off, then the shipped default) and scores it.
 * `extract` is the pipeline's extractArticle, passed in so this module does not import the pipeline that imports it.
 */
export function completenessSample(
  doc: Document,
  options: Pick<ExtractOptions, 'url'> & { mustHave: string[] },
  extract: (doc: Document, options: ExtractOptions) => ExtractResult,
): CompletenessSample {
  const plain = extract(doc, { url: options.url, clean: true, recover: false });
  const shipped = extract(doc, { url: options.url, clean: true });
  const plainText = plain.ok ? plain.article.textContent : null;
  const recoveredText = shipped.ok ? shipped.article.textContent : null;
  const warned = shipped.ok && shipped.article.warnings.some((w) => w.code === 'possibly-incomplete');
  const titled = (result: ExtractResult) => (result.ok ? `${result.article.title}\n${result.article.textContent}` : null);
  return {
    outcome: completenessOutcome({ mustHave: options.mustHave, plainText, recoveredText, warned }),
    withTitle: completenessOutcome({ mustHave: options.mustHave, plainText: titled(plain), recoveredText: titled(shipped), warned }),
    plainText,
    recoveredText,
  };
}

export interface CompletenessFigures {
  pages: number;
  /** Pages whose extract (before recovery) misses a must-have segment. */
  incompletePages: number;
  recoveredOrWarned: number;
  /** recoveredOrWarned / incompletePages (target ≥ 0.80); null with no incomplete page. */
  recoveredOrWarnedShare: number | null;
  recovered: number;
  /** Incomplete pages on which the pipeline found no article at all (nothing to recover into or warn on). */
  noArticle: number;
  /** Pages whose shipped extract holds every must-have segment. */
  completePages: number;
  falselyWarned: number;
  /** falselyWarned / completePages (target ≤ 0.03); null with no complete page. */
  falseWarningShare: number | null;
}

export function completenessFigures(outcomes: CompletenessOutcome[]): CompletenessFigures {
  const incomplete = outcomes.filter((o) => o.incomplete);
  const complete = outcomes.filter((o) => o.complete);
  const recoveredOrWarned = incomplete.filter((o) => o.recovered || o.warned).length;
  const falselyWarned = complete.filter((o) => o.warned).length;
  return {
    pages: outcomes.length,
    incompletePages: incomplete.length,
    recoveredOrWarned,
    recoveredOrWarnedShare: incomplete.length ? recoveredOrWarned / incomplete.length : null,
    recovered: incomplete.filter((o) => o.recovered).length,
    noArticle: incomplete.filter((o) => o.noArticle).length,
    completePages: complete.length,
    falselyWarned,
    falseWarningShare: complete.length ? falselyWarned / complete.length : null,
  };
}
