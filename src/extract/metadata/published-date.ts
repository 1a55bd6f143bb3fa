/**
 * Which of a page's dates is the publication date. Declared dates (JSON-LD datePublished, article:published_time
 * and the other publication-date meta tags) first, in the publisher's own time zone, unless the page shows a declared
 * later change as the story's date; then the date a reader sees next to the story; then a plain "date" meta tag; then
 * the URL's date; then a date line in the text.
 */
import { inCountryTime } from './country-time';
import { shownLastChange } from './shown-last-change';
import { calendarDay, dateFromUrl, dayAfterLocalMidnight, daysBetween, inLocalTime, normalizeDate, publisherDay } from './dates';

export interface DateSources {
  linkedData: string | null;
  metaPublished: string | null;
  /** A plain "date" meta tag, which may be the last change rather than the publication. */
  metaDated: string | null;
  /**
   * The page's other declared dates: its last changes (JSON-LD dateModified, article:modified_time…), and a meta
   * publication date that JSON-LD contradicts (a republication). See shown-last-change.ts.
   */
  otherDeclared: readonly (string | null)[];
  /** The date shown in the byline or next to the headline. */
  visible: string | null;
  /** The shown date is marked up as the story's: a <time> element, an itemprop or RDFa date. */
  visibleMarked: boolean;
  /** A date line in the headline's block (see dateUnderHeadline), read only when a later date is declared. */
  underHeadline: () => string | null;
  /** The page's first date line when it is shaped as the story's dateline ("Stand: …"), read only beside a plain "date" tag. */
  storyDateline: () => string | null;
  url: string;
  /** The last resort, only read when nothing else gives a date (it walks the page's text). */
  textDate: () => string | null;
  /** Whether a short line of the page's text gives one of these calendar days (read only when a later date is declared). */
  printsDay: (days: readonly string[]) => boolean;
}

export function choosePublishedDate(sources: DateSources): string | null {
  const metaPublished = normalizeDate(sources.metaPublished);
  const urlDate = dateFromUrl(sources.url);
  const metaDated = normalizeDate(sources.metaDated);
  const declared = inLocalTime(normalizeDate(sources.linkedData), metaPublished ?? metaDated) ?? metaPublished;
  if (declared && sources.visible && calendarDay(sources.visible) === dayAfterLocalMidnight(declared)) return sources.visible;
  if (declared) {
    const published = visibleLocalDay(inCountryTime(publisherDay(declared, urlDate), sources.url), sources.visible) ?? declared;
    return shownLastChange(published, sources.otherDeclared, [() => sources.visible, sources.underHeadline], sources.printsDay) ?? published;
  }
  // A plain "date" tag later than the date printed next to the story is the last change; the printed one is the publication.
  // An earlier one is the page's creation when a <time> or itemprop date marks a day up to a week later as the story's;
  // a later day printed without such markup, or weeks later, is more often an event the page announces or its last update.
  const printed = sources.visible && (!metaDated || calendarDay(sources.visible) < calendarDay(metaDated) || (sources.visibleMarked && daysBetween(metaDated, sources.visible) <= CREATED_BEFORE_STORY_DAYS)) ? sources.visible : null;
  if (printed || !metaDated) return printed ?? sources.visible ?? urlDate ?? sources.textDate();
  return (sources.visible ? null : dateLineBeforeLastChange(metaDated, sources.storyDateline())) ?? metaDated;
}

/** How long before a marked story date a plain "date" tag may be the page's creation (a draft), not an earlier publication. */
const CREATED_BEFORE_STORY_DAYS = 7;

/** How long after a story a plain "date" tag's last change still reads as its own edit, not as a page's later reuse. */
const LAST_CHANGE_DAYS = 31;

/**
 * A page with no byline date whose text opens with a date line ("Stand: 28.04.2020 18:00 Uhr", "05.02.2020 -
 * Redaktion: …") a few days before its plain "date" tag: that tag is the last change, the line the publication.
 * A line years earlier is about something else.
 */
function dateLineBeforeLastChange(lastChange: string, line: string | null): string | null {
  if (!line || calendarDay(line) >= calendarDay(lastChange)) return null;
  return daysBetween(line, lastChange) <= LAST_CHANGE_DAYS ? line : null;
}

/** UTC hours that are still the evening before across the Americas (UTC−3 to UTC−8). */
const AMERICAN_EVENING_UTC_HOURS = 3;

/**
 * A UTC timestamp just after midnight, shown on the page as the evening before: the printed day is the
 * publisher's own. The page's <time> may give the same moment in local time ("2022-05-04T03:37:37Z" declared,
 * "2022-05-03T23:37:37-04:00" printed), or only the day ("Wed, 04 May 2022 00:25:56 GMT" declared, "3 de mayo de
 * 2022" printed), which is trusted only in the first hours after UTC midnight. Only an earlier printed day counts,
 * since a later one is usually an "updated" line.
 */
function visibleLocalDay(declared: string | null, visible: string | null): string | null {
  if (!declared || !visible || calendarDay(visible) >= calendarDay(declared)) return declared;
  const local = inLocalTime(declared, visible);
  if (local !== declared) return local;
  const hour = Number(declared.match(/T(\d{2})/)?.[1] ?? 99);
  return hour < AMERICAN_EVENING_UTC_HOURS ? publisherDay(declared, calendarDay(visible)) : declared;
}
