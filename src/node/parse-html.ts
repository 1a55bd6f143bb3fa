/** Parses page HTML for the pipeline outside a browser (CLI, tests, benchmark). */
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string, url: string): { document: Document; window: Window } {
  // Pages' broken CSS and scripts are not our concern: keep jsdom from printing about them and never run them.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole(), runScripts: undefined, resources: undefined, pretendToBeVisual: false });
  return { document: dom.window.document, window: dom.window as unknown as Window };
}
