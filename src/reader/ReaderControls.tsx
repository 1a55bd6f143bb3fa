/** The reader tab's typography controls; every choice is written to settings, so all reader views remember it. */
import type { LineWidth, Settings, Theme } from '../shared/settings';

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
export const FONT_SCALE = { min: 0.8, max: 1.6, step: 0.1 };

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
  const step = (delta: number) => onChange({ fontScale: Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, Math.round((scale + delta) * 10) / 10)) });
  return (
    <div class="reader-controls">
      <Segmented label="Theme" options={THEMES} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      <div class="segmented" role="group" aria-label="Text size">
        <button type="button" class="font-smaller" aria-label="Smaller text" disabled={scale <= FONT_SCALE.min} onClick={() => step(-FONT_SCALE.step)}>
          A−
        </button>
        <output class="font-scale" aria-live="polite">
          {Math.round(scale * 100)}%
        </output>
        <button type="button" class="font-larger" aria-label="Larger text" disabled={scale >= FONT_SCALE.max} onClick={() => step(FONT_SCALE.step)}>
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
