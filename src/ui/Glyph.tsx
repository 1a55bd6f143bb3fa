/** A symbol beside a control's words (← ↗ ✓ ▶): seen, but not read out, so the control is named by its words alone. */
export function Glyph({ char }: { char: string }) {
  return <span aria-hidden="true">{char}</span>;
}
