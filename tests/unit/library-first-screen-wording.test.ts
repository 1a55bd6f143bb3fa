// @vitest-environment jsdom
// Opening the library in a browser just started: the first screen's dates, bylines and site order come
// from what the app last worded, not from the locale's formatters and collation, whose first use in a
// new extension process is slow (src/library/first-screen-wording.ts). The words must be the same.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepFirstScreenWording, keptFirstScreenWording } from '../../src/library/first-screen-wording';
import { localizedText } from '../../src/library/row-text';
import { siteCounts } from '../../src/library/select';
import type { ArticleSummary } from '../../src/store/saved-article';

const DAY = 86_400_000;
const now = new Date(2026, 10, 27, 9).getTime();

function summary(id: string, overrides: Partial<ArticleSummary>): ArticleSummary {
  return { id, url: `https://${id}.example.com/story`, title: `Story ${id}`, siteName: null, authors: [], publishedTime: null, readingTimeMinutes: 4, excerpt: null, lang: 'en', savedAt: now, read: false, ...overrides };
}

// The newest saves as a person's library has them: several authors, a published date with and without a
// time, saves from today, days ago and weeks ago, and sites with as many saves as each other.
const newest = [
  summary('harbour', { siteName: 'Coastal Gazette', authors: ['Ana Souza', 'Li Wei', 'Tom Reed'], publishedTime: '2026-11-26T18:30:00Z', savedAt: now - 1000 }),
  summary('ferry', { siteName: 'Valley Post', authors: ['Priya Raman'], publishedTime: '2026-11-20', savedAt: now - 3 * DAY }),
  summary('election', { siteName: 'Coastal Gazette', authors: ['Jo Park', 'Sam Lee'], savedAt: now - 12 * DAY }),
  summary('bridge', { siteName: 'Alpine Times', savedAt: now - 40 * DAY }),
];

/** Counts each use of the locale's formatters and collation. */
function localeUse() {
  return [
    // `format` is a getter on DateTimeFormat's prototype, handing out a bound function.
    vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: unknown }, 'format', 'get'),
    vi.spyOn(Intl.ListFormat.prototype, 'format'),
    vi.spyOn(Intl.RelativeTimeFormat.prototype, 'format'),
    vi.spyOn(String.prototype, 'localeCompare'),
  ];
}
const calls = (spies: ReturnType<typeof localeUse>) => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the first screen’s wording, kept from the app’s last visit', () => {
  it('words the newest rows and the site filter as the locale does, without using the locale at all', () => {
    keepFirstScreenWording(newest);
    const spies = localeUse();
    const wording = keptFirstScreenWording(now);
    const rows = newest.map((s) => wording.rowText(s));
    const sites = wording.siteCounts(newest);
    expect(calls(spies)).toBe(0);

    vi.restoreAllMocks();
    expect(rows).toEqual(newest.map((s) => localizedText(s, now)));
    expect(rows[0]).toEqual({ authors: 'Ana Souza, Li Wei, and Tom Reed', published: expect.any(String), saved: 'Saved today' });
    expect(rows.map((r) => r.saved)).toEqual(['Saved today', 'Saved 3 days ago', expect.stringMatching(/^Saved Nov 15, 2026$/), expect.stringMatching(/^Saved Oct 18, 2026$/)]);
    expect(sites).toEqual(siteCounts(newest));
  });

  it('still says how long ago each article was saved when the library is opened days later', () => {
    keepFirstScreenWording(newest);
    for (const later of [now + DAY, now + 5 * DAY, now + 9 * DAY]) {
      const spies = localeUse();
      const rows = newest.map((s) => keptFirstScreenWording(later).rowText(s));
      expect(calls(spies)).toBe(0);
      vi.restoreAllMocks();
      expect(rows).toEqual(newest.map((s) => localizedText(s, later)));
    }
  });

  it('words a row afresh when the article was saved again with other authors or another date', () => {
    keepFirstScreenWording(newest);
    const resaved = { ...newest[2]!, authors: ['Jo Park'], publishedTime: '2026-11-25' };
    expect(keptFirstScreenWording(now).rowText(resaved)).toEqual(localizedText(resaved, now));
    expect(keptFirstScreenWording(now).rowText(resaved).authors).toBe('Jo Park');
  });

  it('orders the site filter afresh when the newest saves come from other sites', () => {
    keepFirstScreenWording(newest);
    const moreSaves = [...newest, summary('tide', { siteName: 'Alpine Times' }), summary('storm', { siteName: 'Alpine Times' })];
    expect(keptFirstScreenWording(now).siteCounts(moreSaves)).toEqual(siteCounts(moreSaves));
    expect(keptFirstScreenWording(now).siteCounts(moreSaves)[0]).toEqual({ site: 'Alpine Times', count: 3 });
  });

  it('uses nothing kept once the browser’s languages have changed', () => {
    keepFirstScreenWording(newest);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'fr']);
    const spies = localeUse();
    keptFirstScreenWording(now).rowText(newest[0]!);
    expect(calls(spies)).toBeGreaterThan(0);
  });
});
