/**
 * The page's non-blank text nodes with their squashed text, read in one walk before cleaning. Related-link
 * headings and clutter labels are both found from short text lines; on large pages the walk costs as much
 * as the tests on what it finds, so the steps share it instead of each walking the page again.
 */
import { forEachText } from './metadata/text-nodes';

export interface TextLine {
  node: Text;
  /** The node's text with whitespace runs squashed to one space, trimmed. */
  text: string;
}

/**
 * Text nodes under root in document order, without those of scripts, styles and other never-shown elements.
 * `comments` and `scripts`, when given, receive the HTML comments and the <script> elements met in the same walk.
 */
export function textLines(root: Node, comments?: Comment[], scripts?: Element[]): TextLine[] {
  const lines: TextLine[] = [];
  forEachText(
    root,
    (node, text) => {
      lines.push({ node, text });
    },
    comments && ((comment) => comments.push(comment)),
    scripts && ((script) => scripts.push(script)),
  );
  return lines;
}
