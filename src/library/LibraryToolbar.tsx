/** Search, sort, filters, and the whole-library export and import. */
import { memo } from 'preact/compat';
import { useRef } from 'preact/hooks';
import { ExportMenu } from './ExportMenu';
import type { ListFilter, SortOrder } from './select';
import type { ExportFormat } from './transfer/formats';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  sites: { site: string; count: number }[];
  searchReady: boolean;
  busy: string | null;
  onExportAll: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

const SORTS: { value: SortOrder; label: string; searchOnly?: boolean }[] = [
  { value: 'relevance', label: 'Best match', searchOnly: true },
  { value: 'saved-desc', label: 'Newest saved' },
  { value: 'saved-asc', label: 'Oldest saved' },
  { value: 'published-desc', label: 'Newest published' },
];

export const LibraryToolbar = memo(function LibraryToolbar({ query, onQuery, filter, onFilter, sites, searchReady, busy, onExportAll, onImport }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const searching = query.trim() !== '';
  return (
    <div class="lib-toolbar" role="search">
      <input
        type="search"
        class="lib-search"
        placeholder={searchReady ? 'Search titles, authors and full text' : 'Preparing search…'}
        aria-label="Search the library"
        // Not bound to `query`: a keystroke's query is rendered only with its results, and a render in
        // between (a library change, say) would otherwise put the older text back under the person's fingers.
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <div class="lib-controls">
        <label>
          <span class="sr-only">Sort</span>
          <select aria-label="Sort" value={filter.sort === 'relevance' && !searching ? 'saved-desc' : filter.sort} onChange={(e) => onFilter({ ...filter, sort: e.currentTarget.value as SortOrder })}>
            {SORTS.filter((s) => searching || !s.searchOnly).map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <select aria-label="Site" value={filter.site ?? ''} onChange={(e) => onFilter({ ...filter, site: e.currentTarget.value || null })}>
          <option value="">All sites</option>
          {sites.map(({ site, count }) => (
            // One text node, as the first screen draws it (first-screen-dom.ts).
            <option key={site} value={site}>
              {`${site} (${count})`}
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" checked={filter.unreadOnly} onChange={(e) => onFilter({ ...filter, unreadOnly: e.currentTarget.checked })} />
          Unread only
        </label>
        <span class="spacer" />
        <ExportMenu label={busy === 'export' ? 'Exporting…' : 'Export all'} disabled={busy !== null} onExport={onExportAll} />
        <button type="button" class="ghost import" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
          {busy === 'import' ? 'Importing…' : 'Import JSON'}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="import-file"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
    </div>
  );
});
