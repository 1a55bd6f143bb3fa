/** The reader tab's typography controls; every choice is written to settings, so all reader views remember it. */
import type { LineWidth, Settings, Theme } from '../shared/settings';
import { FONT_SCALE, stepFontScale } from '../ui/keyboard-reader';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];
const WIDTHS: { value: LineWidth; label: string }[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
];

function Segmented<T extends string>({ label, options, value, onChange }: { label: string; options: { value: T; label: string }[]; value: T; onChange: (v: T) => void }) {
  return (
    <div class="segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button type="button" key={o.value} role="radio" aria-checked={o.value === value} data-value={o.value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function ReaderControls({ settings, onChange }: { settings: Settings; onChange: (change: Partial<Settings>) => void }) {
  const scale = Math.round(settings.fontScale * 10) / 10;
  const step = (delta: 1 | -1) => onChange({ fontScale: stepFontScale(scale, delta) });
  return (
    <div class="reader-controls">
      <Segmented label="Theme" options={THEMES} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      <div class="segmented" role="group" aria-label="Text size">
        <button type="button" class="font-smaller" aria-label="Smaller text" disabled={scale <= FONT_SCALE.min} onClick={() => step(-1)}>
          A−
        </button>
        <output class="font-scale" aria-live="polite">
          {Math.round(scale * 100)}%
        </output>
        <button type="button" class="font-larger" aria-label="Larger text" disabled={scale >= FONT_SCALE.max} onClick={() => step(1)}>
          A+
        </button>
      </div>
      <Segmented label="Line width" options={WIDTHS} value={settings.lineWidth} onChange={(lineWidth) => onChange({ lineWidth })} />
      <Segmented
        label="Font"
        options={[
          { value: 'serif', label: 'Serif' },
          { value: 'sans', label: 'Sans' },
        ]}
        value={settings.fontFamily}
        onChange={(fontFamily) => onChange({ fontFamily })}
      />
    </div>
  );
}
