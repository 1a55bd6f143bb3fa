/** The extract CLI: the contract other tools rely on (one JSON article, exit 2 for "no article", exit 1 for bad input). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsPage } from './news-page';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'clearpage-cli-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, html: string): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
}

// Each case starts Node with tsx; under a loaded CI machine that alone can take seconds.
describe('extract CLI', { timeout: 60_000 }, () => {
  const articlePage = file('article.html', newsPage({ head: '<meta name="author" content="Lena Ortiz"><meta property="article:published_time" content="2024-04-09T08:00:00Z">', inserts: { 1: '<div class="ad-slot">Advertisement</div>' } }));

  it('prints exactly one JSON article with --json', () => {
    const r = cli(articlePage, '--url', 'https://coastpost.example/2024/04/09/bridge/', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.title).toBe('Harbour bridge reopens after repairs');
    expect(a.authors).toEqual(['Lena Ortiz']);
    expect(a.publishedTime).toBe('2024-04-09T08:00:00Z');
    expect(a.url).toBe('https://coastpost.example/2024/04/09/bridge/');
    expect(a.textContent).not.toContain('Advertisement');
  });

  it('prints a readable rendering without --json', () => {
    const r = cli(articlePage, '--url', 'https://coastpost.example/2024/04/09/bridge/');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Harbour bridge reopens after repairs\n=+\nBy Lena Ortiz · 2024-04-09 · coastpost.example · 1 min read\n/);
    expect(r.stdout).toContain('Engineers replaced more than two hundred cable anchors');
  });

  it('exits 2 with a one-line reason on a page of links with no article', () => {
    const front = file('front.html', '<!doctype html><html><head><title>Sections</title></head><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>');
    const r = cli(front, '--url', 'https://coastpost.example/sections/', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('No article found');
  });

  it('exits 1 with a clear message on a missing file or a bad --url', () => {
    const missing = cli(join(dir, 'nope.html'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.html: ENOENT/);
    const badUrl = cli(articlePage, '--url', 'javascript:alert(1)');
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toContain('--url must be an http(s) address');
  });
});
