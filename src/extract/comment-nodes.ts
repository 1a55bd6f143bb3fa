/**
 * HTML comments are dropped before Readability reads the page. Readability wraps each run of loose text in
 * a `<div>` into its own `<p>`, and a comment ends the run: React's `<!-- -->` markers between the parts of
 * one sentence ("on Page <!-- -->A<!-- -->22") came out as five one-word paragraphs. Firefox's Reader View
 * parses pages with a parser that discards comments, so it never meets them either. They are found by the
 * walk that reads the page's text lines (page-text.ts): a walk of their own cost 1 % of Readability's time.
 */
export function removeComments(comments: readonly Comment[]): void {
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
