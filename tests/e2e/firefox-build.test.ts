/**
 * The Firefox build: it lints clean for addons.mozilla.org, installs in Debian's firefox-esr, reads a
 * served news page and saves the article. Firefox has no headless toolbar click, so a test-only copy of
 * the build opens its own popup page over the fixture tab (see real-browser-tests notes).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { FIREFOX_DIR, findPage, isPopupPage, smokeBuild, useFirefoxSession } from './firefox-harness';
import { ROOT } from './harness';


test('the Firefox build passes web-ext lint with no errors', () => {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
  const report = JSON.parse(r.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message}`), []);
  assert.equal(report.summary.errors, 0);
});

const session = useFirefoxSession();

test('the Firefox build reads a served news page and saves the article', async () => {
  await session.firefox.installExtension(smokeBuild(`${session.origin}/seed-new-american/`));
  const popup = await findPage(session.firefox, isPopupPage);
  await popup.waitForSelector('.article-title', { timeout: 20000 });
  const shown = await popup.evaluate(() => ({
    title: document.querySelector('.article-title')?.textContent,
    authors: document.querySelector('.authors')?.textContent,
    date: document.querySelector('time.published')?.getAttribute('datetime'),
    related: document.querySelectorAll('.related a').length,
    body: (document.querySelector('.article-body') as HTMLElement | null)?.innerText ?? '',
  }));
  assert.equal(shown.title, "Maduro's Support from China, Russia Collapsing");
  assert.equal(shown.authors, 'By Bob Adelman');
  assert.equal(shown.date, '2019-03-04');
  assert.equal(shown.related, 4);
  assert.ok(!shown.body.includes('Subscribe to the New American'));

  await popup.click('button.save');
  await popup.waitForFunction(() => document.querySelector('button.save')?.textContent?.includes('Saved'), { timeout: 10000 });
  const stored = await popup.evaluate(
    (url) =>
      new Promise<string | null>((ok, fail) => {
        const open = indexedDB.open('clearpage-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => ok((all.result as { url: string; title: string }[]).find((a) => a.url === url)?.title ?? null);
        };
      }),
    `${session.origin}/seed-new-american/`,
  );
  assert.equal(stored, "Maduro's Support from China, Russia Collapsing");
});
