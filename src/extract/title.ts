/** Chooses the headline: the page's declared titles agreed with by Readability, without " | Site Name" tails. */
import { squash } from './text';

const SEPARATOR = /\s+[|–—\-:»·•]\s+/;

function key(t: string): string {
  return t.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? key(siteName) : '';
  const kept = parts.filter((p) => !site || !key(p).includes(site) || key(p).length > site.length + 12);
  // Only drop a tail when what is left still reads as a headline.
  const best = kept.length ? kept.reduce((a, b) => (b.length > a.length ? b : a)) : title;
  return best.split(/\s+/).length >= 3 ? best : title;
}

export function chooseTitle(candidates: string[], readabilityTitle: string | null, documentTitle: string, siteName: string | null): string {
  const declared = candidates.map((c) => squash(c)).filter(Boolean);
  const fromDoc = squash(readabilityTitle) || squash(documentTitle);
  // An <h1> or declared headline that the document title also contains is the page's own headline.
  const docKey = key(documentTitle);
  const agreed = declared.find((c) => key(c).length > 8 && docKey.includes(key(c)));
  const title = agreed ?? declared[0] ?? fromDoc;
  return stripSiteName(title, siteName) || 'Untitled';
}
