/** Article metadata from <meta> tags: Open Graph, article:*, Dublin Core, Parse.ly, Sailthru and plain names. */

export interface MetaTagMeta {
  title: string | null;
  siteName: string | null;
  authors: string | null;
  published: string | null;
  /** A plain "date" key (date, DC.date, DCTERMS.date): many CMSs (TYPO3 among them) fill it with the page's last change. */
  dated: string | null;
  /** The last changes declared (article:modified_time, og:updated_time, lastmod…), for shown-last-change.ts. */
  modified: string[];
  /** og:type, e.g. "article". */
  type: string | null;
  /** og:locale or a Content-Language header tag ("en_GB", "de-DE"), for how the page writes numeric dates. */
  locale: string | null;
}

// Keys are written as normalized by keysOf(): "DC.Title" and "dc:title" are the same key.
// Dublin Core first, as Readability does: a page that bothers with it means it.
const TITLE_KEYS = ['dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'twitter:title', 'parsely-title', 'sailthru:title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc:publisher'];
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'article:author', 'parsely-author', 'sailthru:author', 'byl', 'byline', 'twitter:creator'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'parsely-pub-date',
  'sailthru:date', 'dc:date:issued', 'dcterms:issued', 'dcterms:created', 'dc:date:created',
  'publishdate', 'publish-date', 'pubdate', 'og:published_time', 'cxenseparse:recs:publishtime',
  'article_date_original', 'original-publish-date', 'displaydate', 'sort_date', 'release_date',
];
const PLAIN_DATE_KEYS = ['dc:date', 'dcterms:date', 'date'];
const MODIFIED_KEYS = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'dc:date:modified', 'dcterms:modified', 'lastmod', 'last-modified', 'modified_time', 'updated_time'];
/** twitter:creator's "@FrolleinHerr" names an account, not a person: the name may still be in Yoast's "Written by" field. */
const SOCIAL_HANDLE = /^@\S+$/;

export function readMetaTags(doc: Document): MetaTagMeta {
  // property= (RDFa, Open Graph) is the attribute these vocabularies define; name= spellings of the same key come second.
  const byProperty = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    const property = el.getAttribute('property');
    const values = property ? byProperty : byName;
    for (const key of keysOf(property ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '')) if (!values.has(key)) values.set(key, content);
  }
  const value = (k: string) => byProperty.get(k) ?? byName.get(k);
  const first = (keys: string[]) => keys.map(value).find((v) => v) ?? null;
  const author = AUTHOR_KEYS.map(value).find((v) => v && !SOCIAL_HANDLE.test(v)) ?? null;
  return { title: first(TITLE_KEYS), siteName: first(SITE_KEYS), authors: author ?? twitterLabelledAuthor(value), published: first(DATE_KEYS), dated: first(PLAIN_DATE_KEYS), modified: MODIFIED_KEYS.map(value).filter((v): v is string => Boolean(v)), type: value('og:type') ?? null, locale: first(['og:locale', 'content-language']) };
}

/** "Written by", "Verfasst von", "Écrit par"…: the labels Yoast SEO gives its Twitter card's author field. */
const WRITTEN_BY = /^(?:written by|by|author|verfasst von|geschrieben von|autor(?:in)?|écrit par|auteur|escrito por|autor|scritto da|geschreven door)$/i;

/** Yoast SEO's Twitter card pairs twitter:labelN ("Written by") with twitter:dataN (the name). */
function twitterLabelledAuthor(value: (key: string) => string | undefined): string | null {
  for (let i = 1; i <= 4; i++) {
    const label = value(`twitter:label${i}`);
    if (label && WRITTEN_BY.test(label.trim())) return value(`twitter:data${i}`) ?? null;
  }
  return null;
}

/** RDFa lets one attribute name several properties ("dc:title og:title"); "DC.creator" is written "dc:creator". */
function keysOf(attribute: string): string[] {
  return attribute.toLowerCase().split(/\s+/).filter(Boolean).map((k) => k.replace(/\./g, ':'));
}
