/**
 * The reader tab in control, in real Chromium: an article opened from the popup can have blocks hidden
 * with the keyboard or a click, each hide makes a rule for the site that the next toolbar click on another
 * of its pages obeys, and Undo takes it back. The reader tab answers the popup's keys (theme, text size,
 * help), and in both views every control is reachable with Tab and shows where the focus is.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, SCREENSHOT_DIR, useExtensionSession, type TargetClient } from './harness';

const session = useExtensionSession();

async function openPopup(url: string) {
  const page = await session.browser.ctx.newPage();
  await page.goto(url);
  const popup = await clickToolbarButton(session.browser, page);
  await popup.waitFor(`document.querySelector('.article-body, .status.notice')`);
  return { page, popup };
}

/** The popup's "Open in reader tab", clicked for real; resolves with the reader tab once its article shows. */
async function openInReaderTab(popup: TargetClient): Promise<Page> {
  const opened = session.browser.ctx.waitForEvent('page', (p) => p.url().includes('/reader/reader.html?id='));
  await popup.evaluate(`document.querySelector('button.open-reader').click()`);
  const reader = await opened;
  await reader.locator('.reader-article .article-body').waitFor();
  return reader;
}

const storedRules = (page: Page) => page.evaluate<{ site: string; selector: string }[]>(`chrome.storage.local.get('siteRules').then((r) => r.siteRules ?? [])`);
const readerText = (page: Page) => page.locator('.reader-article .article-body').innerText();
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, name) });

/** Presses Tab until the focused element's text contains `text`; fails after `limit` presses. */
async function tabTo(page: Page, text: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(text)) return;
  }
  assert.fail(`Tab never reached a block with "${text}"`);
}

test('in the reader tab, a block hidden with the keyboard or a click makes a site rule the next page obeys; Undo takes it back', async () => {
  const { page, popup } = await openPopup(`${session.origin}/ledger-council-vote/`);
  assert.match(await popup.evaluate<string>(`document.querySelector('.article-body').innerText`), /Fog in the morning/);
  const reader = await openInReaderTab(popup);
  await page.close();
  assert.match(await readerText(reader), /Fog in the morning/);

  // The key, then Tab to the weather box and Enter: keyboard only.
  await reader.keyboard.press('h');
  await reader.locator('.article-body.hide-mode').waitFor();
  assert.equal(await reader.locator('.hide-toggle').getAttribute('aria-pressed'), 'true');
  await tabTo(reader, 'Fog in the morning');
  assert.match((await reader.locator('.article-body .hide-target').textContent()) ?? '', /Weather/, 'the focused block is outlined');
  await shot(reader, 'reader-tab-hide-focus.png');
  await reader.keyboard.press('Enter');
  await reader.locator('.hide-bar .undo').waitFor();
  assert.equal(await reader.locator('.hide-message').textContent(), 'Hidden on 127.0.0.1 from now on.');
  assert.doesNotMatch(await readerText(reader), /Fog in the morning/);
  assert.deepEqual((await storedRules(reader)).map((r) => r.site), ['127.0.0.1']);

  await reader.locator('.hide-bar .undo').click();
  await reader.locator('.hide-bar .undo').waitFor({ state: 'detached' });
  assert.match(await readerText(reader), /Fog in the morning/);
  assert.deepEqual(await storedRules(reader), []);

  // The mouse: hovering outlines the box, a click hides it.
  await reader.locator('.article-body p', { hasText: 'Fog in the morning' }).hover();
  await reader.waitForFunction(() => document.querySelector('.hide-target')?.textContent?.includes('Weather'));
  await shot(reader, 'reader-tab-hide-outline.png');
  await reader.locator('.article-body p', { hasText: 'Fog in the morning' }).click();
  await reader.locator('.hide-message', { hasText: 'from now on' }).waitFor();

  // A paragraph of the story gets no rule, and the person is told so.
  await reader.locator('.article-body p', { hasText: 'Councillor Dana Whitfield' }).click();
  await reader.locator('.hide-message', { hasText: 'this page only' }).waitFor();
  await reader.locator('.hide-bar .undo').click();
  await reader.waitForFunction(() => document.querySelector('.article-body')?.textContent?.includes('Councillor Dana Whitfield'));
  await reader.keyboard.press('Escape');
  await reader.locator('.article-body.hide-mode').waitFor({ state: 'detached' });
  const rules = await storedRules(reader);
  assert.equal(rules.length, 1);
  assert.match(rules[0]!.selector, /^(div\.rail|section\.rail-box)$/);

  // Reopened, the saved copy shows the site's rules applied.
  await reader.reload();
  await reader.locator('.reader-article .article-body').waitFor();
  await reader.waitForFunction(() => !!document.querySelector('.article-body .hidden-by-rule'));
  assert.doesNotMatch(await readerText(reader), /Fog in the morning/);
  assert.match(await readerText(reader), /After nearly six hours of public comment/);
  await reader.close();

  const next = await openPopup(`${session.origin}/ledger-harbor-plan/`);
  const text = await next.popup.evaluate<string>(`document.querySelector('.article-body').innerText`);
  assert.match(text, /For the first time in nearly a century/);
  assert.match(text, /Public hearings on the plan begin next week/);
  assert.doesNotMatch(text, /Fog in the morning/);
  await next.page.close();
});

test('a saved copy that does not know where its blocks came from hides them in view only, and says so', async () => {
  const reader = await session.browser.ctx.newPage();
  await reader.goto(`chrome-extension://${session.browser.extensionId}/library/library.html`);
  const url = `${session.origin}/ledger-old-copy/`;
  const article = {
    url, title: 'An older copy', byline: null, authors: [], publishedTime: null, siteName: 'The Harbor Ledger', lang: 'en', excerpt: null, readingTimeMinutes: 1,
    content: '<p>The harbor commission met on Tuesday to discuss the dredging schedule for the coming winter season and its cost.</p><div><h3>Most read</h3><ul><li>Ferry fares rise</li><li>New bakery opens</li></ul></div><p>Members agreed that the work must be finished before the spring sailings begin, whatever the weather brings.</p>',
    textContent: '', relatedLinks: [], removed: [], cleaned: true, warnings: [],
  };
  const saved = await reader.evaluate<{ id: string }>(`chrome.runtime.sendMessage({ type: 'saveArticle', article: ${JSON.stringify(article)} })`);
  await reader.goto(`chrome-extension://${session.browser.extensionId}/reader/reader.html?id=${encodeURIComponent(saved.id)}`);
  await reader.locator('.reader-article .article-body').waitFor();
  const rulesBefore = await storedRules(reader);
  await reader.locator('.hide-toggle').click();
  assert.match((await reader.locator('.hide-message').textContent()) ?? '', /^This copy was saved without a record .* stays hidden in this view only/, 'said before anything is hidden');
  await reader.locator('.article-body li', { hasText: 'Ferry fares rise' }).click();
  const message = await reader.locator('.hide-message').textContent();
  assert.match(message ?? '', /^Hidden in this view only: this copy was saved without a record of where its blocks sat/);
  assert.doesNotMatch(await readerText(reader), /Most read/);
  assert.deepEqual(await storedRules(reader), rulesBefore, 'no rule was added');
  await shot(reader, 'reader-tab-no-origin.png');
  await reader.close();
});

test('the reader tab answers the keys: ? lists them, t changes the theme, + and - the text size', async () => {
  const { page, popup } = await openPopup(`${session.origin}/ledger-harbor-plan/`);
  const reader = await openInReaderTab(popup);
  await page.close();

  await reader.keyboard.press('?');
  const help = (await reader.locator('.keyboard-help').innerText()).replace(/\s+/g, ' ');
  for (const entry of ['Hide mode', 'Read aloud', 'Larger text', 'Smaller text', 'Next theme', 'Show or hide this help']) assert.match(help, new RegExp(entry));
  // Only what the reader tab does: its article is already saved, and it has no clutter switch.
  assert.doesNotMatch(help, /Save for later|Clutter removal/);
  assert.equal(await reader.evaluate(() => document.activeElement?.textContent), 'Close', 'focus moves into the overlay');
  await reader.keyboard.press('Tab');
  await reader.keyboard.press('Shift+Tab');
  assert.equal(await reader.evaluate(() => document.activeElement?.textContent), 'Close', 'Tab does not leave the overlay for controls behind it');
  await shot(reader, 'reader-tab-keys-help.png');
  await reader.keyboard.press('Escape');
  await reader.locator('.keyboard-help').waitFor({ state: 'detached' });

  const scale = () => reader.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-scale').trim());
  const before = await scale();
  await reader.keyboard.press('+');
  await reader.waitForFunction((b) => getComputedStyle(document.documentElement).getPropertyValue('--font-scale').trim() !== b, before);
  assert.equal(await reader.locator('.font-scale').textContent(), '110%', 'the size control follows the key');
  await reader.keyboard.press('-');
  await reader.waitForFunction((b) => getComputedStyle(document.documentElement).getPropertyValue('--font-scale').trim() === b, before);

  for (let i = 0; i < 4 && (await reader.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) {
    const theme = await reader.evaluate(() => document.documentElement.dataset.theme);
    await reader.keyboard.press('t');
    await reader.waitForFunction((t) => document.documentElement.dataset.theme !== t, theme);
  }
  assert.equal(await reader.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await reader.locator('.segmented [role=radio][aria-checked=true]').first().textContent(), 'Dark');
  assert.equal(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(27, 28, 30)');
  await shot(reader, 'reader-tab-dark.png');

  // A key pressed in a field that takes letters is the field's: a focused <select> picks options by letter.
  await reader.keyboard.press('r');
  const readAloud = await reader.waitForFunction(() => document.querySelector('.read-aloud select, .read-aloud-none'));
  if (await readAloud.evaluate((el) => el?.tagName === 'SELECT')) {
    await reader.locator('.read-aloud select').first().focus();
    await reader.keyboard.press('t');
    assert.equal(await reader.evaluate(() => document.documentElement.dataset.theme), 'dark', 't typed into a select does not change the theme');
  }
  await reader.keyboard.press('Escape');
  await reader.locator('.read-aloud').waitFor({ state: 'detached' });
  await reader.keyboard.press('t');
  await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
  await reader.keyboard.press('t');
  await reader.waitForFunction(() => document.documentElement.dataset.theme === 'system');
  await reader.close();
});

interface Stop {
  label: string;
  ring: boolean;
  /** Height in CSS pixels; null for a link in the article's text, which is sized by the text around it. */
  height: number | null;
  /** The words shown on it. */
  shown: string;
}

/** In the page: what has focus, whether a focus ring is drawn around it, and how tall a target it is. */
const FOCUS_STOP = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  // A checkbox's target is the label wrapped around it.
  const height = el.closest('.reader-article, .reader-source') ? null : (el.closest('label') ?? el).getBoundingClientRect().height;
  return { label: (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.tagName).trim(), ring, height, shown: el.innerText ?? '' };
})()`;

function assertAllRinged(stops: Stop[], where: string) {
  const bare = stops.filter((s) => !s.ring).map((s) => s.label);
  assert.deepEqual(bare, [], `${where}: controls with no visible focus`);
}

/** A control is named by the words it shows (WCAG 2.5.3), so "click Keys" works for a person using speech input. */
function assertNamedByTheirWords(stops: Stop[], where: string) {
  const misnamed = stops.filter((s) => (s.shown.match(/\p{L}{3,}/gu) ?? []).some((word) => !s.label.toLowerCase().includes(word.toLowerCase()))).map((s) => `${s.shown} named "${s.label}"`);
  assert.deepEqual(misnamed, [], `${where}: controls whose name leaves out the words they show`);
}

/** WCAG 2.2's minimum target (2.5.8): controls set side by side must be at least 24px to hit reliably. */
function assertLargeEnough(stops: Stop[], where: string) {
  const small = stops.filter((s) => s.height !== null && s.height < 24).map((s) => `${s.label} (${s.height}px)`);
  assert.deepEqual(small, [], `${where}: controls shorter than 24px`);
}

test('every control of the reader tab and the popup is reachable with Tab, with a visible focus ring, named by its words, and at least 24px tall', async () => {
  const { page, popup } = await openPopup(`${session.origin}/ledger-harbor-plan/`);
  const popupStops: Stop[] = [];
  for (let i = 0; i < 12; i++) {
    await popup.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    const stop = await popup.evaluate<Stop | null>(FOCUS_STOP);
    if (stop) popupStops.push(stop);
  }
  const popupLabels = popupStops.map((s) => s.label);
  for (const control of ['Remove clutter', 'Save', 'Open in reader tab', 'Library', 'Hide blocks', 'Listen', 'keyboard shortcuts']) {
    assert.ok(popupLabels.some((l) => l.includes(control)), `popup: Tab reaches "${control}" (reached: ${popupLabels.join(' | ')})`);
  }
  assertAllRinged(popupStops, 'popup');
  assertLargeEnough(popupStops, 'popup');
  assertNamedByTheirWords(popupStops, 'popup');
  writeFileSync(join(SCREENSHOT_DIR, 'popup-focus.png'), await popup.screenshot());

  const reader = await openInReaderTab(popup);
  await page.close();
  const stops: Stop[] = [];
  for (let i = 0; i < 30; i++) {
    await reader.keyboard.press('Tab');
    const stop = await reader.evaluate<Stop | null>(FOCUS_STOP);
    if (stop) stops.push(stop);
    if (i === 3) await shot(reader, 'reader-tab-focus.png');
  }
  const labels = stops.map((s) => s.label);
  for (const control of ['← Library', 'Auto', 'Dark', 'Smaller text', 'Larger text', 'Narrow', 'Serif', 'Mark read', 'Original', 'Hide blocks', 'Listen', 'keyboard shortcuts']) {
    assert.ok(labels.some((l) => l.includes(control)), `reader tab: Tab reaches "${control}" (reached: ${labels.join(' | ')})`);
  }
  assertAllRinged(stops, 'reader tab');
  assertLargeEnough(stops, 'reader tab');
  assertNamedByTheirWords(stops, 'reader tab');
  // The arrows beside them are not read out: "Library", not "leftwards arrow Library".
  assert.equal(await reader.getByRole('link', { name: 'Library', exact: true }).count(), 1);
  assert.equal(await reader.getByRole('link', { name: 'Original', exact: true }).count(), 1);
  await reader.close();
});
