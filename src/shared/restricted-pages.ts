/** Pages browsers never let an extension read, told apart before trying so the person gets a clear reason. */

const STORES = [/^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/addons\.mozilla\.org\//, /^https:\/\/microsoftedge\.microsoft\.com\/addons/];
const INTERNAL = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const PDF_VIEWER = /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//;

export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'This tab has no page the reader can open.';
  if (PDF_VIEWER.test(url) || /\.pdf([?#]|$)/i.test(url)) return 'This is a PDF. The reader works on web pages, not PDF files.';
  if (/^view-source:/i.test(url)) return 'This is a page’s source view. Open the page itself to read it.';
  if (INTERNAL.test(url)) return 'This is a browser page. Browsers do not let extensions read their own pages.';
  if (STORES.some((r) => r.test(url))) return 'This is the browser’s extension store. Browsers do not let extensions read it.';
  if (/^file:/i.test(url)) return 'This is a file on your computer. Allow “access to file URLs” for the extension to read it.';
  return null;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
