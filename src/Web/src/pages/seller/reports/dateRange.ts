/** A report's range: whole calendar days `from`..`to` (YYYY-MM-DD), both included. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The report's days are calendar days in the shop's time zone (api.md: configurable, default Asia/Singapore), so
 * "today" is the shop's today, not the browser's: a seller (or a test machine) in UTC would otherwise miss the
 * sales of the hours in which the two calendars disagree.
 */
export const shopTimeZone = 'Asia/Singapore';

/** The quick ranges, in days ending today; the page opens on the default one. */
export const presetDays = [7, 30, 90] as const;
export const defaultPresetDays = 30;

/** The API refuses longer ranges (api.md). */
export const maxRangeDays = 366;

const dayMs = 86_400_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Midnight UTC of a YYYY-MM-DD date, or NaN when it is not a real date. */
function dayNumber(date: string): number {
  if (!isoDate.test(date)) return Number.NaN;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date) ? time / dayMs : Number.NaN;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * dayMs).toISOString().slice(0, 10);
}

/** The `days` days ending on `today`, today included. */
export function presetRange(days: number, today: string): DateRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** The number of days in a range, both ends included. */
export function daysIn(range: DateRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

/** What is wrong with a range, in words, or null when the API will accept it. */
export function rangeProblem(range: DateRange): string | null {
  if (Number.isNaN(dayNumber(range.from)) || Number.isNaN(dayNumber(range.to))) return 'Enter both dates.';
  const days = daysIn(range);
  if (days < 1) return 'The start date must be on or before the end date.';
  if (days > maxRangeDays) return `Choose a range of at most ${maxRangeDays} days.`;
  return null;
}

/** The preset a range is, if it is one (for showing which quick range is selected). */
export function presetOf(range: DateRange, today: string): number | undefined {
  return presetDays.find((days) => {
    const preset = presetRange(days, today);
    return preset.from === range.from && preset.to === range.to;
  });
}

/** The range in the address (`?from=&to=`) when it is a usable one, else the default preset. */
export function rangeFromSearch(search: URLSearchParams, today: string): DateRange {
  const range = { from: search.get('from') ?? '', to: search.get('to') ?? '' };
  return rangeProblem(range) === null ? range : presetRange(defaultPresetDays, today);
}

const dayLabel = new Intl.DateTimeFormat('en-SG', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDayLabel = new Intl.DateTimeFormat('en-SG', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "5 Mar" for a chart's axis. */
export function shortDay(date: string): string {
  return dayLabel.format(new Date(`${date}T00:00:00Z`));
}

/** "5 Mar 2026" for tables and sentences. */
export function longDay(date: string): string {
  return longDayLabel.format(new Date(`${date}T00:00:00Z`));
}
