/**
 * A UTC timestamp read in the time zone of the country whose domain the site is under: "2022-05-04T02:41:00Z" on
 * eldeber.com.bo is 22:41 on 3 May in Bolivia, the day its readers saw. Only countries of the Americas, each in one
 * time zone for most of its people (standard time): there, a story published in the evening carries the next day's
 * UTC date. (In Europe the UTC date is the local one until late evening, and midnight stories are handled where
 * the page prints the local day: see dayAfterLocalMidnight.)
 */
const UTC_OFFSET_HOURS: Record<string, number> = { ar: -3, br: -3, uy: -3, py: -3, bo: -4, cl: -4, ve: -4, co: -5, pe: -5, ec: -5 };
const UTC_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]00:?00)$/i;

export function inCountryTime(date: string | null, url: string): string | null {
  const m = date?.match(UTC_TIMESTAMP);
  const offset = m ? UTC_OFFSET_HOURS[countryOf(url)] : undefined;
  if (!m || offset === undefined) return date;
  const local = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]! + offset, +m[5]!, +(m[6] ?? 0)));
  const zone = `-${String(-offset).padStart(2, '0')}:00`;
  return `${local.toISOString().slice(0, 19)}${zone}`;
}

function countryOf(url: string): string {
  try {
    return new URL(url).hostname.split('.').pop() ?? '';
  } catch {
    return '';
  }
}
