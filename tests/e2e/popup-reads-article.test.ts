/** A person on a cluttered news page clicks the toolbar button and reads the clean article in the popup. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { clickToolbarButton, SCREENSHOT_DIR, useExtensionSession } from './harness';

const session = useExtensionSession();

test('the popup shows the seed article with author, date and related links, and no promo', async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/seed-new-american/`);
  const popup = await clickToolbarButton(session.browser, page);
  const title = await popup.waitFor<string>(`document.querySelector('.article-title')?.textContent`);
  assert.equal(title, "Maduro's Support from China, Russia Collapsing");
  const facts = await popup.evaluate<{ authors: string; date: string; dateTime: string; site: string; body: string; related: string[]; toggle: boolean }>(`({
    authors: document.querySelector('.authors')?.textContent,
    date: document.querySelector('time.published')?.textContent,
    dateTime: document.querySelector('time.published')?.getAttribute('datetime'),
    site: document.querySelector('.site-name')?.textContent,
    body: document.querySelector('.article-body')?.innerText,
    related: [...document.querySelectorAll('.related a')].map(a => a.href),
    toggle: document.querySelector('.switch input')?.checked,
  })`);
  assert.equal(facts.authors, 'By Bob Adelman');
  assert.equal(facts.dateTime, '2019-03-04');
  assert.match(facts.date, /March 4, 2019|4 March 2019/);
  assert.equal(facts.site, 'The New American');
  assert.equal(facts.toggle, true);
  assert.match(facts.body, /Venezuelan dictator Nicolás Maduro sent his vice president/);
  assert.match(facts.body, /Maduro is certainly running out of his own options/);
  for (const clutter of ['Subscribe to the New American', 'modulepos', 'Written by', 'Advertisement', 'can be reached at', 'Share on Facebook', 'We use cookies']) {
    assert.ok(!facts.body.includes(clutter), `clutter left in the article: ${clutter}`);
  }
  assert.deepEqual(facts.related, [
    'https://www.thenewamerican.com/world-news/south-america/item/31588-once-marxist-maduro-is-gone-communist-cuba-is-next',
    'https://www.thenewamerican.com/world-news/south-america/item/31550-u-s-sends-aid-to-venezuela-while-cuba-keeps-maduro-in-power',
    'https://www.thenewamerican.com/world-news/south-america/item/31519-maduro-closes-the-door-to-aid',
    'https://www.thenewamerican.com/world-news/south-america/item/31460-china-holds-debt-renegotiation-talks',
  ]);
  // A screen reader announces that the article is there, and does not read all of it out unasked.
  assert.equal(await popup.evaluate(`document.querySelector('.article-body').closest('[aria-live], [role=status], [role=alert]')`), null);
  assert.equal(await popup.evaluate(`document.querySelector('.article-ready').textContent`), `Article ready: ${title}`);
  // A popup taller than the browser's cap once came out wider than its content, a blank strip beside the toolbar.
  const widths = await popup.evaluate<{ window: number; toolbar: number }>(`({ window: innerWidth, toolbar: document.querySelector('.toolbar').getBoundingClientRect().width })`);
  assert.equal(widths.window, widths.toolbar, 'the toolbar spans the whole popup');
  writeFileSync(join(SCREENSHOT_DIR, 'popup-seed-article.png'), await popup.screenshot());
  await page.close();
});

test('switching clutter removal off shows Readability’s plain output at once, and the choice is remembered for the site', async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/seed-new-american/`);
  let popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('.article-title')`);
  await popup.evaluate(`document.querySelector('.switch input').click()`);
  const plainBody = await popup.waitFor<string>(`document.querySelector('.article-body')?.innerText.includes('{modulepos') && document.querySelector('.article-body').innerText`);
  assert.match(plainBody, /\{modulepos inner_text_ad\}/);
  assert.equal(await popup.evaluate(`document.querySelector('.switch input').checked`), false);
  writeFileSync(join(SCREENSHOT_DIR, 'popup-clutter-off.png'), await popup.screenshot());

  await page.reload();
  popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('.article-title')`);
  assert.equal(await popup.evaluate(`document.querySelector('.switch input').checked`), false, 'the site remembers clutter removal is off');
  await popup.evaluate(`document.querySelector('.switch input').click()`);
  const cleanBody = await popup.waitFor<string>(`document.querySelector('.switch input').checked && !document.querySelector('.article-body')?.innerText.includes('{modulepos') && document.querySelector('.article-body')?.innerText`);
  assert.ok(!cleanBody.includes('Subscribe to the New American'));
  await page.close();
});

test('Save for later reports “Saved” only after the library has the article, and the popup knows it next time', async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.origin}/seed-new-american/`);
  let popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('button.save')`);
  assert.equal(await popup.evaluate(`document.querySelector('button.save').textContent`), 'Save for later');
  await popup.evaluate(`document.querySelector('button.save').click()`);
  await popup.waitFor(`document.querySelector('button.save').textContent.includes('Saved')`);
  writeFileSync(join(SCREENSHOT_DIR, 'popup-saved.png'), await popup.screenshot());

  await page.reload();
  popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('button.save')?.textContent.includes('Saved')`);
  await page.close();
});
