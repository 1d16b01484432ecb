import type { IsoDate } from '../schemas';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(d: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(d);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Dates repeat: every task's start and due and every month end of the trend are parsed again for each task
 * and each indicator (time progress, series), thousands of times in one assessment; each is parsed once.
 */
const parsed = new Map<IsoDate, number>();
const PARSED_MAX = 20_000;

/** Midnight UTC of the date, in ms. UTC throughout so that no time zone can move a date by a day. */
export function parseIsoDate(d: IsoDate): number {
  let ms = parsed.get(d);
  if (ms === undefined) {
    const [y, m, day] = parts(d);
    ms = Date.UTC(y, m - 1, day);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(d, ms);
  }
  return ms;
}

/** The inverse of parseIsoDate for whole-day UTC instants. */
export function formatIsoDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** b − a in whole days (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseIsoDate(b) - parseIsoDate(a)) / DAY_MS);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return formatIsoDate(parseIsoDate(d) + n * DAY_MS);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Keeps the day of month where it exists and falls back to the month's last day (01-31 + 1 → 02-28). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const monthIndex = index - year * 12;
  return formatIsoDate(Date.UTC(year, monthIndex, Math.min(day, daysInMonth(year, monthIndex))));
}

export function endOfMonth(d: IsoDate): IsoDate {
  const [y, m] = parts(d);
  return formatIsoDate(Date.UTC(y, m, 0));
}

/**
 * The compare date when none is chosen: the last day of the month `months` calendar months before the
 * report date's month (2024-06-30 → 2024-03-31, never 03-30). Meetings compare month-end with month-end;
 * every view and script takes the default from here.
 */
export function defaultCompareDate(asOf: IsoDate, months: number): IsoDate {
  return endOfMonth(addMonths(`${asOf.slice(0, 7)}-01`, -months));
}

/** −1, 0 or 1; ISO dates sort as strings, so no parsing is needed. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((min, d) => (d < min ? d : min), first);
}

export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((max, d) => (d > max ? d : max), first);
}

/**
 * Dated entries known at asOf, oldest first. A source may send the whole history (a later snapshot read at
 * an earlier date), so entries after asOf are dropped; of two on one day the later-listed (a correction)
 * comes last.
 */
export function knownAt<T extends { date: IsoDate }>(entries: readonly T[], asOf: IsoDate): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.date <= asOf)
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}
