/** A small disclosure menu of export formats, used for one article and for the whole library. */
import { useRef, useState } from 'preact/hooks';
import { FORMAT_LABELS, type ExportFormat } from './transfer/formats';

export function ExportMenu({ label, onExport, disabled, title }: { label: string; title?: string; disabled?: boolean; onExport: (format: ExportFormat) => void }) {
  const details = useRef<HTMLDetailsElement>(null);
  // Items exist only while open: a long list re-renders many rows per keystroke, and each menu is rarely used.
  const [open, setOpen] = useState(false);
  const choose = (format: ExportFormat) => {
    if (details.current) details.current.open = false;
    onExport(format);
  };
  return (
    <details class="menu" ref={details} onToggle={() => setOpen(details.current?.open ?? false)} onKeyDown={(e) => e.key === 'Escape' && details.current && (details.current.open = false)}>
      <summary class={disabled ? 'button disabled' : 'button'} title={title} aria-disabled={disabled}>
        {label}
      </summary>
      {open && (
        <div class="menu-items" role="menu">
          {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((format) => (
            <button type="button" role="menuitem" key={format} disabled={disabled} data-format={format} onClick={() => choose(format)}>
              {FORMAT_LABELS[format]}
            </button>
          ))}
        </div>
      )}
    </details>
  );
}
