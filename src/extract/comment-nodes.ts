/**
 * HTML comments are dropped before Readability reads the page. Readability wraps each run of loose text in
 * a `<div>` into its own `<p>`, and a comment ends the run: React's `<!-- -->` markers between the parts of
 * one sentence ("on Page <!-- -->A<!-- -->22") came out as five one-word paragraphs. Firefox's Reader View
 * parses pages with a parser that discards comments, so it never meets them either.
 */
export function removeCommentNodes(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const iterator = doc.createNodeIterator(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let node = iterator.nextNode(); node; node = iterator.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
