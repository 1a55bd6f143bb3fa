/** The only place page-derived HTML enters an extension page, and it always passes the sanitizer here. */
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../extract/sanitize';

export function SanitizedHtml({ html, class: className }: { html: string; class?: string }) {
  const clean = useMemo(() => sanitizeHtml(html, window), [html]);
  return <div class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
