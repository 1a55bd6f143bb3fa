/**
 * The reader in control, in real Chromium with real toolbar clicks: hide a block on one page of a site and
 * it stays hidden on the site's other pages; the clutter toggle is per site; a split story comes back whole
 * or says it may be cut short; "Use my selection"; read aloud; keyboard; the settings page's rules.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { clickToolbarButton, launchWithExtension, SCREENSHOT_DIR, startPageServer, type ExtensionBrowser, type TargetClient } from './harness';

let browser: ExtensionBrowser;
let server: Server;
let origin: string;
/** The same server under another hostname: another site as far as per-site settings go. */
let otherOrigin: string;

before(async () => {
  ({ server, origin } = await startPageServer());
  otherOrigin = origin.replace('127.0.0.1', 'localhost');
  browser = await launchWithExtension();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function shot(popup: TargetClient, name: string) {
  writeFileSync(join(SCREENSHOT_DIR, name), await popup.screenshot());
}

async function openReader(url: string) {
  const page = await browser.ctx.newPage();
  await page.goto(url);
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.querySelector('.article-body, .status.notice')`);
  return { page, popup };
}

const bodyText = (popup: TargetClient) => popup.evaluate<string>(`document.querySelector('.article-body')?.innerText ?? ''`);

/** Real mouse input at the centre of the first element in the popup matching `selector` that contains `text`. */
async function mouseAt(popup: TargetClient, selector: string, text: string, click: boolean) {
  const find = `[...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.includes(${JSON.stringify(text)}))`;
  await popup.evaluate(`${find}?.scrollIntoView({ block: 'center' })`);
  // Measure only once the scroll has been painted: coordinates taken mid-scroll hit the block above.
  await popup.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
  const point = await popup.evaluate<{ x: number; y: number } | null>(`(() => {
    const el = ${find};
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
  })()`);
  assert.ok(point, `nothing in the popup matches ${selector} with "${text}"`);
  await popup.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y });
  if (!click) return;
  await popup.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: point.x, y: point.y, button: 'left', clickCount: 1 });
  await popup.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: point.x, y: point.y, button: 'left', clickCount: 1 });
}

async function press(popup: TargetClient, key: string) {
  await popup.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key.length === 1 ? key : undefined, windowsVirtualKeyCode: key === 'Escape' ? 27 : key === 'Enter' ? 13 : 0 });
  await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
}

const storedRules = (popup: TargetClient) => popup.evaluate<{ site: string; selector: string }[]>(`chrome.storage.local.get('siteRules').then((r) => r.siteRules ?? [])`);

test('a block hidden on one page of a site is gone on another page of that site; undo puts it back', async () => {
  const { page, popup } = await openReader(`${origin}/ledger-council-vote/`);
  assert.match(await bodyText(popup), /Fog in the morning/);
  assert.match(await bodyText(popup), /From the editors/);

  await popup.evaluate(`document.querySelector('button.hide-toggle').click()`);
  await popup.waitFor(`document.querySelector('.article-body.hide-mode')`);
  await mouseAt(popup, '.article-body p', 'Fog in the morning', false);
  await popup.waitFor(`document.querySelector('.hide-target')?.textContent.includes('Weather')`);
  await shot(popup, 'site-rules-hover-outline.png');
  await mouseAt(popup, '.article-body p', 'Fog in the morning', true);
  const message = await popup.waitFor<string>(`document.querySelector('.hide-bar .undo') && document.querySelector('.hide-message').textContent`);
  assert.equal(message, 'Hidden on 127.0.0.1 from now on.');
  assert.doesNotMatch(await bodyText(popup), /Fog in the morning/);

  // Undo at once: the block is back and the rule forgotten.
  await popup.evaluate(`document.querySelector('.hide-bar .undo').click()`);
  await popup.waitFor(`!document.querySelector('.hide-bar .undo')`);
  assert.match(await bodyText(popup), /Fog in the morning/);
  assert.deepEqual(await storedRules(popup), []);

  // Hide it again, and the editors' box too; a paragraph of the story itself gets no rule.
  await mouseAt(popup, '.article-body p', 'Fog in the morning', true);
  await popup.waitFor(`document.querySelector('.hide-message')?.textContent.includes('from now on')`);
  await mouseAt(popup, '.article-body h4', 'From the editors', true);
  await popup.waitFor(`!document.querySelector('.article-body').innerText.includes('From the editors')`);
  await mouseAt(popup, '.article-body p', 'Councillor Dana Whitfield', true);
  const storyMessage = await popup.waitFor<string>(`(() => { const m = document.querySelector('.hide-message')?.textContent ?? ''; return m.includes('this page only') && m; })()`);
  assert.match(storyMessage, /^Hidden on this page only/);
  assert.match(await popup.evaluate<string>(`document.querySelector('.hidden-by-reader:not([hidden]):last-of-type, .hidden-by-reader') && [...document.querySelectorAll('.hidden-by-reader')].map((e) => e.textContent).join('|')`), /Councillor Dana Whitfield/);
  await shot(popup, 'site-rules-hidden.png');
  await popup.evaluate(`document.querySelector('.hide-bar .undo').click()`);
  await popup.waitFor(`document.querySelector('.article-body').innerText.includes('Councillor Dana Whitfield')`);
  const rules = await storedRules(popup);
  // The weather box sits alone in the rail, so either name finds it on the site's next page.
  assert.deepEqual(rules.map((r) => r.site), ['127.0.0.1', '127.0.0.1']);
  assert.match(rules[0]!.selector, /^(div\.rail|section\.rail-box)$/);
  assert.equal(rules[1]!.selector, 'div.ledger-note[data-block="editors-note"]');
  await page.close();

  const next = await openReader(`${origin}/ledger-harbor-plan/`);
  const text = await bodyText(next.popup);
  assert.match(text, /For the first time in nearly a century/);
  assert.match(text, /Public hearings on the plan begin next week/);
  assert.doesNotMatch(text, /Fog in the morning/);
  assert.doesNotMatch(text, /From the editors/);
  await shot(next.popup, 'site-rules-other-page.png');
  await next.page.close();
});

test('clutter removal switched off on one site leaves another site cleaned, and rules stay with their site', async () => {
  const off = await openReader(`${otherOrigin}/seed-new-american/`);
  assert.match(await bodyText(off.popup), /Maduro/);
  await off.popup.evaluate(`document.querySelector('.switch input').click()`);
  await off.popup.waitFor(`document.querySelector('.switch input').checked === false && document.querySelector('.article-body')?.innerText.includes('Subscribe to the New American')`);
  await off.page.close();

  const on = await openReader(`${origin}/seed-new-american/`);
  assert.equal(await on.popup.evaluate(`document.querySelector('.switch input').checked`), true);
  assert.doesNotMatch(await bodyText(on.popup), /Subscribe to the New American/);
  await on.page.close();

  // The rules made on 127.0.0.1 do not follow the template to another site.
  const elsewhere = await openReader(`${otherOrigin}/ledger-harbor-plan/`);
  assert.match(await bodyText(elsewhere.popup), /From the editors/);
  await elsewhere.page.close();
});

test('a story split by a "most read" box and a sign-up box comes back whole, with the boxes left out', async () => {
  const { page, popup } = await openReader(`${origin}/split-body-lighthouse/`);
  const text = await bodyText(popup);
  for (const part of ['The lighthouse on Gull Point went dark', 'Not everyone accepts that reasoning', 'The trust will present its plan']) assert.match(text, new RegExp(part));
  for (const box of ['Most read', 'Ferry fares rise', 'morning briefing']) assert.doesNotMatch(text, new RegExp(box));
  assert.equal(await popup.evaluate(`!!document.querySelector('.completeness-notice')`), false);
  await shot(popup, 'split-body-recovered.png');
  await page.close();
});

test('an article that may be cut short says so, and "Show the rest" brings the rest', async () => {
  const { page, popup } = await openReader(`${origin}/incomplete-far-part/`);
  const notice = await popup.waitFor<string>(`document.querySelector('.completeness-notice')?.innerText`);
  assert.match(notice, /may be cut short/);
  assert.doesNotMatch(await bodyText(popup), /harder question about money/);
  await shot(popup, 'incomplete-notice.png');
  await popup.evaluate(`document.querySelector('.completeness-notice .show-rest').click()`);
  await popup.waitFor(`document.querySelector('.article-body')?.innerText.includes('harder question about money')`);
  assert.equal(await popup.evaluate(`!!document.querySelector('.completeness-notice')`), false);
  await page.close();
});

test('"Use my selection" makes the text selected on the page the article, also where no article was found', async () => {
  const page = await browser.ctx.newPage();
  await page.goto(`${origin}/forum-digest/`);
  await page.evaluate(() => {
    const post = document.querySelector('#pinned-post')!;
    getSelection()!.selectAllChildren(post);
  });
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.querySelector('.status.notice .use-selection')`);
  assert.equal(await popup.evaluate(`document.querySelector('.status.notice h1').textContent`), 'No article here');
  await shot(popup, 'no-article-use-selection.png');
  await popup.evaluate(`document.querySelector('.use-selection').click()`);
  const text = await popup.waitFor<string>(`document.querySelector('.selection-note') && document.querySelector('.article-body')?.innerText`);
  assert.match(text, /The winter timetable starts on the first Monday of November/);
  assert.doesNotMatch(text, /Latest threads|Anyone know if the ferry/);
  await shot(popup, 'selection-as-article.png');
  await page.close();

  // On a page that may be cut short, the notice offers the selection too.
  const cut = await browser.ctx.newPage();
  await cut.goto(`${origin}/incomplete-far-part/`);
  await cut.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.extra-text')!));
  const popup2 = await clickToolbarButton(browser, cut);
  await popup2.waitFor(`document.querySelector('.completeness-notice .use-selection')`);
  await popup2.evaluate(`document.querySelector('.completeness-notice .use-selection').click()`);
  const selected = await popup2.waitFor<string>(`document.querySelector('.selection-note') && document.querySelector('.article-body')?.innerText`);
  assert.match(selected, /^Behind the celebrations lies a harder question/);
  await cut.close();
});

test('read aloud starts and stops, or says the browser has no voice', async () => {
  const { page, popup } = await openReader(`${origin}/ledger-harbor-plan/`);
  await popup.evaluate(`document.querySelector('button.listen').click()`);
  const state = await popup.waitFor<string>(`(() => {
    if (document.querySelector('.read-aloud-none')) return 'no-voice';
    if (document.querySelector('.reading-now') && speechSynthesis.speaking) return 'speaking';
    return '';
  })()`);
  await shot(popup, 'read-aloud.png');
  if (state === 'no-voice') {
    assert.match(await popup.evaluate<string>(`document.querySelector('.read-aloud-none').textContent`), /no speech voices/);
  } else {
    assert.match(await popup.evaluate<string>(`document.querySelector('.reading-now').textContent`), /For the first time in nearly a century|Harbor Plan/);
    await popup.evaluate(`document.querySelector('.read-aloud .stop').click()`);
    await popup.waitFor(`!speechSynthesis.speaking && !document.querySelector('.reading-now')`);
  }
  await popup.evaluate(`document.querySelector('.read-aloud .close, .read-aloud button.ghost').click()`);
  await popup.waitFor(`!document.querySelector('.read-aloud')`);
  console.log(`read aloud in this Chromium: ${state}`);
  await page.close();
});

test('keys: ? shows the help, h enters hide mode, t changes the theme, + enlarges the text, Esc closes', async () => {
  // The other site: on 127.0.0.1 the first test's rule already hides the weather box.
  const { page, popup } = await openReader(`${otherOrigin}/ledger-harbor-plan/`);
  await press(popup, '?');
  const help = await popup.waitFor<string>(`document.querySelector('.keyboard-help')?.innerText`);
  for (const entry of ['Hide mode', 'Read aloud', 'Save for later', 'Clutter removal', 'Larger text', 'Next theme']) assert.match(help, new RegExp(entry));
  assert.equal(await popup.evaluate(`document.activeElement?.textContent`), 'Close', 'focus moves into the overlay');
  await shot(popup, 'keyboard-help.png');
  await press(popup, 'Escape');
  await popup.waitFor(`!document.querySelector('.keyboard-help')`);

  await press(popup, 'h');
  await popup.waitFor(`document.querySelector('.article-body.hide-mode') && document.activeElement?.closest('.article-body')`);
  // Keyboard-only hiding: a focused block is hidden with Enter.
  await popup.evaluate(`[...document.querySelectorAll('.article-body [tabindex="0"]')].find((b) => b.textContent.includes('Fog in the morning'))?.focus()`);
  assert.equal(await popup.evaluate<boolean>(`!!document.activeElement?.textContent.includes('Fog')`), true, 'the weather box is a focusable block');
  await press(popup, 'Enter');
  await popup.waitFor(`document.querySelector('.hide-bar .undo')`);
  await popup.evaluate(`document.querySelector('.hide-bar .undo').click()`);
  await press(popup, 'Escape');
  await popup.waitFor(`!document.querySelector('.article-body.hide-mode')`);

  const before = await popup.evaluate<{ theme: string; scale: string }>(`({ theme: document.documentElement.dataset.theme, scale: getComputedStyle(document.documentElement).getPropertyValue('--font-scale') })`);
  await press(popup, 't');
  await press(popup, '+');
  await popup.waitFor(`document.documentElement.dataset.theme !== ${JSON.stringify(before.theme)} && getComputedStyle(document.documentElement).getPropertyValue('--font-scale') !== ${JSON.stringify(before.scale)}`);
  await shot(popup, 'keyboard-theme-font.png');
  await press(popup, '-');
  for (let i = 0; i < 3; i++) await press(popup, 't');
  await page.close();
});

test('the settings page lists the rules per site, refuses an invalid import unchanged, imports and deletes', async () => {
  const options = await browser.ctx.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
  await options.locator('.site h3', { hasText: '127.0.0.1' }).waitFor();
  assert.equal(await options.title(), 'Settings · Clearpage Reader', 'the tab is named as the page is headed, like the library’s');
  assert.equal(await options.locator('.rule').count(), 2);

  await options.setInputFiles('.import input', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schema: 'clearpage-site-rules', version: 1, rules: [{ id: 'x', site: 'news.example', selector: 'div[[', basis: 'names', exampleUrl: 'https://news.example/', createdAt: '2026-01-01T00:00:00Z' }] })) });
  const refusal = await options.locator('.outcome.error').textContent();
  assert.match(refusal ?? '', /Import refused: Rule 1 has a selector the browser cannot read.*Nothing was changed/);
  assert.equal(await options.locator('.rule').count(), 2);

  const good = { schema: 'clearpage-site-rules', version: 1, exportedAt: '2026-11-01T00:00:00Z', rules: [{ id: 'imp-1', site: 'news.example', selector: 'aside.most-read', basis: 'names', exampleUrl: `https://news.example/2026/11/01/${'a-very-long-story-slug-'.repeat(4)}`, createdAt: '2026-11-01T00:00:00Z' }] };
  await options.setInputFiles('.import input', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await options.locator('.outcome.ok', { hasText: 'Imported 1 rule.' }).waitFor();
  await options.locator('.site h3', { hasText: 'news.example' }).waitFor();
  assert.equal(await options.locator('.rule').count(), 3);
  // The imported rule has no sample text: it is named by its selector, so a screen reader never hears a bare "Delete rule:".
  const deleteNames = await options.locator('.delete-rule').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  assert.ok(deleteNames.every((name) => /^Delete rule: \S/.test(name)), deleteNames.join(' | '));
  const pageShown = (await options.locator('.site', { hasText: 'news.example' }).locator('.rule-meta a').textContent()) ?? '';
  assert.match(pageShown, /^news\.example\/2026\/11\/01\/a-very-long-story-slug-.*…$/, 'a long page address is shown cut, and says so');
  assert.equal(pageShown.length, 60);
  writeFileSync(join(SCREENSHOT_DIR, 'options-rules.png'), await options.screenshot({ fullPage: true }));

  const download = options.waitForEvent('download');
  await options.locator('button.export').click();
  const exported = JSON.parse(await (await download).createReadStream().then(async (s) => { let t = ''; for await (const c of s) t += c; return t; })) as { schema: string; rules: unknown[] };
  assert.equal(exported.schema, 'clearpage-site-rules');
  assert.equal(exported.rules.length, 3);

  await options.locator('.site', { hasText: 'news.example' }).locator('.delete-rule').click();
  await options.waitForFunction(() => document.querySelectorAll('.rule').length === 2);
  await options.close();
});
