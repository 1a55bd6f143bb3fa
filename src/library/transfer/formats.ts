/** The export formats by name, apart from the exporters so menus can list them without loading those. */
export type ExportFormat = 'markdown' | 'html' | 'json';

export const FORMAT_LABELS: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'HTML', json: 'JSON' };
