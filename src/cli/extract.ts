/**
 * The extraction pipeline without a browser.
 *   npm run --silent extract -- <file-or-url> [--url PAGE_URL] [--json] [--no-clean]
 * Exit 0 with an article, 2 when the page holds none, 1 on unreadable input.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHtml } from '../node/parse-html';
import { extractArticle } from '../extract';
import { sanitizeHtml } from '../extract/sanitize';
import { formatArticleText } from './format-text';

const USAGE = 'usage: extract <file-or-url> [--url PAGE_URL] [--json] [--no-clean]';

interface CliArgs {
  source: string;
  url: string | null;
  json: boolean;
  clean: boolean;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { source: '', url: null, json: false, clean: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--no-clean') args.clean = false;
    else if (arg === '--url') args.url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) args.url = arg.slice(6);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!args.source) args.source = arg;
    else throw new Error(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (!args.source) throw new Error(USAGE);
  if (args.url !== null && !/^https?:\/\//i.test(args.url)) throw new Error(`--url must be an http(s) address, got "${args.url}"`);
  return args;
}

async function readSource(source: string): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { redirect: 'follow' });
    if (!response.ok) throw new Error(`could not fetch ${source}: HTTP ${response.status}`);
    return { html: await response.text(), url: response.url || source };
  }
  try {
    return { html: await readFile(source, 'utf8'), url: pathToFileURL(source).href };
  } catch (error) {
    throw new Error(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  let input: { html: string; url: string };
  try {
    input = await readSource(args.source);
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 1;
  }
  const url = args.url ?? input.url;
  const { document, window } = parseHtml(input.html, url);
  const result = extractArticle(document, { url, clean: args.clean, ownsDocument: true });
  if (!result.ok) {
    process.stderr.write(`extract: ${result.message}\n`);
    return 2;
  }
  // What leaves the CLI may be rendered by anything; the extension pages sanitize what they show in the same way.
  const article = { ...result.article, content: sanitizeHtml(result.article.content, window) };
  process.stdout.write(args.json ? `${JSON.stringify(article)}\n` : formatArticleText(article));
  return 0;
}

process.exitCode = await main();
