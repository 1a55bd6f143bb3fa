/** Article metadata from <meta> tags: Open Graph, article:*, Dublin Core, Parse.ly, Sailthru and plain names. */

export interface MetaTagMeta {
  title: string | null;
  siteName: string | null;
  authors: string | null;
  published: string | null;
  /** og:type, e.g. "article". */
  type: string | null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'byline', 'twitter:creator'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'publishdate', 'publish-date', 'pubdate', 'date', 'og:published_time', 'cxenseparse:recs:publishtime', 'article.published',
  'article_date_original', 'original-publish-date', 'displaydate', 'sort_date', 'release_date',
];

export function readMetaTags(doc: Document): MetaTagMeta {
  const values = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  const first = (keys: string[]) => keys.map((k) => values.get(k)).find((v) => v) ?? null;
  return { title: first(TITLE_KEYS), siteName: first(SITE_KEYS), authors: first(AUTHOR_KEYS), published: first(DATE_KEYS), type: values.get('og:type') ?? null };
}
