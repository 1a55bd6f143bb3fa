/** Article metadata from schema.org JSON-LD, the most reliable source when a page has it. */
import { splitAuthors, uniqueNames } from './authors';

export interface LinkedDataMeta {
  headline: string | null;
  authors: string[];
  /** Authors typed Organization ("Contributors to Wikimedia projects"): named only when no person is. */
  organizationAuthors: string[];
  datePublished: string | null;
  /** The last change the publisher declares, for pages that show it as the story's date (shown-last-change.ts). */
  dateModified: string | null;
  publisher: string | null;
  /** An Article/BlogPosting/NewsArticle… object (not just a WebPage) was found. */
  isArticle: boolean;
}

// Recipes and how-tos name their author and date the same way articles do.
const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report|NewsArticle|Story|WebPage|Recipe|HowTo)$/;

type Json = unknown;

function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v == null ? [] : [v];
}

function text(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return text((v as { name: Json }).name);
  return null;
}

function flatten(node: Json, out: Record<string, Json>[]): void {
  for (const item of asArray(node)) {
    if (!item || typeof item !== 'object') continue;
    const obj = item as Record<string, Json>;
    out.push(obj);
    if (obj['@graph']) flatten(obj['@graph'], out);
    if (obj.mainEntity) flatten(obj.mainEntity, out);
  }
}

function types(obj: Record<string, Json>): string[] {
  return asArray(obj['@type']).filter((t): t is string => typeof t === 'string');
}

/** Nodes of a JSON-LD graph by their @id, for references such as "author": {"@id": "…#/schema/person/…"}. */
type NodesById = Map<string, Record<string, Json>>;

function nodesById(objects: Record<string, Json>[]): NodesById {
  const byId: NodesById = new Map();
  for (const obj of objects) if (typeof obj['@id'] === 'string' && !byId.has(obj['@id'])) byId.set(obj['@id'], obj);
  return byId;
}

/**
 * The node itself, or the node it points to: Yoast SEO (most WordPress sites) writes the article's
 * author as a bare {"@id"} reference to a Person node elsewhere in its @graph.
 */
function resolve(obj: Record<string, Json>, byId: NodesById): Record<string, Json> {
  const id = obj['@id'];
  return obj.name == null && typeof id === 'string' ? (byId.get(id) ?? obj) : obj;
}

function authorNames(v: Json, organizations: boolean, byId: NodesById): string[] {
  const names: string[] = [];
  for (const a of asArray(v)) {
    if (typeof a === 'string') {
      if (!organizations) names.push(...splitAuthors(a, { allowLowercase: true }));
    } else if (a && typeof a === 'object') {
      const obj = resolve(a as Record<string, Json>, byId);
      if (types(obj).some((t) => /Organization/.test(t)) !== organizations) continue;
      const name = text(obj.name);
      if (name) names.push(...splitAuthors(fullNameInBio(name, text(obj.description)), { allowLowercase: true }));
    }
  }
  return uniqueNames(names);
}

/**
 * The full name an author's bio opens with, when the Person's name is only the first name: Yoast SEO writes the
 * WordPress display name ("Stefanus") as name and the profile's bio ("Stefanus Stahl - Maschinenbauer, …") as
 * description. Only capitalized words right after the first name, up to the bio's first separator or verb.
 */
export function fullNameInBio(name: string, description: string | null): string {
  if (!description || /\s/.test(name.trim())) return name;
  const m = description.match(new RegExp(`^${name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})(?=$|\\s*[-–—,:(|]|\\s+\\p{Ll})`, 'u'));
  return m ? `${name.trim()}${m[1]}` : name;
}

function parseBlock(source: string): Json {
  // Some CMSs wrap the JSON in a CDATA section (an XHTML habit) that JSON.parse rejects.
  const raw = source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
  try {
    return JSON.parse(raw);
  } catch {
    // Pages often break their own JSON with raw newlines inside strings or a trailing comma.
    try {
      return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

export function readLinkedData(doc: Document): LinkedDataMeta {
  const objects: Record<string, Json>[] = [];
  // A tag selector + a type test: an attribute selector (and a live getElementsByTagName list) is far slower in jsdom.
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    flatten(parseBlock(script.textContent ?? ''), objects);
  }
  const byId = nodesById(objects);
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  // Prefer a real article type over a generic WebPage when both are present.
  articles.sort((a, b) => Number(types(b).some((t) => t !== 'WebPage')) - Number(types(a).some((t) => t !== 'WebPage')));
  const meta: LinkedDataMeta = { headline: null, authors: [], organizationAuthors: [], datePublished: null, dateModified: null, publisher: null, isArticle: articles.some((a) => types(a).some((t) => t !== 'WebPage' && ARTICLE_TYPE.test(t))) };
  for (const a of articles) {
    meta.headline ??= text(a.headline) ?? (types(a).includes('WebPage') ? null : text(a.name));
    if (meta.authors.length === 0) meta.authors = authorNames(a.author ?? a.creator, false, byId);
    if (meta.organizationAuthors.length === 0) meta.organizationAuthors = authorNames(a.author ?? a.creator, true, byId);
    meta.datePublished ??= text(a.datePublished) ?? text(a.dateCreated);
    meta.dateModified ??= text(a.dateModified);
    meta.publisher ??= text(a.publisher);
  }
  return meta;
}
