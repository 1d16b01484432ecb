/*
 * Turning the values foreign APIs send into the canonical forms: dates as YYYY-MM-DD, percent as 0–100,
 * numbers as numbers. Every function is pure and total: a value it cannot read comes back UNCHANGED,
 * so that validation afterwards reports the original value ("got "2021年13月"") instead of a guess.
 */

import type { CoerceType, MonthDay } from './coerce-types';

export { COERCE_TYPES, type CoerceType, type MonthDay } from './coerce-types';

/** Cells that mean "nothing here" in ledgers and spreadsheet exports. */
const BLANKS = new Set(['', '-', '--', '—', '——', '/', '无', 'N/A', 'n/a', 'null', 'NULL']);

export const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && BLANKS.has(v.trim()));

const pad = (n: number) => String(n).padStart(2, '0');

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m))
    return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Full-width digits and signs (０-９，．％) appear in hand-typed Chinese sheets. */
const WIDE = /[\uFF05\uFF0B-\uFF0E\uFF10-\uFF19\u3000]/;
function halfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s
    .replace(/[\uFF10-\uFF19\uFF0E\uFF05\uFF0C\uFF0D\uFF0B]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\u3000/g, ' ');
}

/** The calendar date, at `offsetMinutes` east of UTC, of an instant. Beijing time by default. */
function dateAtOffset(ms: number, offsetMinutes: number): string | null {
  const d = new Date(ms + offsetMinutes * 60_000);
  if (Number.isNaN(d.getTime())) return null;
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A year alone stands for its last day (a year's figure is known at its end), or its first with 'start'. */
const yearDay = (y: number, monthDay: MonthDay) =>
  y >= 1900 && y <= 2200 ? ymd(y, monthDay === 'start' ? 1 : 12, monthDay === 'start' ? 1 : 31) : null;

export interface DateOptions {
  /** A month without a day ("2021年6月", "2021-06") is its last day by default: ledgers close at month end. */
  monthDay?: MonthDay;
  /** Minutes east of UTC used for instants given in another zone or as epoch numbers; +480 (Beijing). */
  offsetMinutes?: number;
}

const DATE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray, o: Required<DateOptions>) => string | null]> = [
  // 2021-06-30, 2021/6/30, 2021.6.30, 2021年6月30日 (optionally followed by a time without zone)
  [
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
    (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  // 2021年6月, 2021-06, 2021/6
  [
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:份)?$/,
    (m, o) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      return mo >= 1 && mo <= 12 ? ymd(y, mo, o.monthDay === 'start' ? 1 : daysIn(y, mo)) : null;
    },
  ],
  // 20210630
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3]))],
  // 2023, 2023年, 2023年度: a year-only period or annual figure, its last day (its first with "monthDay": "start")
  [/^(\d{4})\s*(?:年度?)?$/, (m, o) => yearDay(Number(m[1]), o.monthDay)],
];

/**
 * A calendar date as YYYY-MM-DD from the forms Chinese back ends send: "2021-06-30", "2021/6/30",
 * "2021年6月30日", "2021年6月" (month end), "2023" / "2023年" (year end; year start with monthDay 'start'),
 * "20210630", "2021-06-30T00:00:00+08:00" (the date in Beijing
 * time), epoch milliseconds or seconds, an Excel serial day (44377). Blank → null. Anything else is returned unchanged.
 */
export function toDate(v: unknown, opts: DateOptions = {}): unknown {
  const o: Required<DateOptions> = {
    monthDay: opts.monthDay ?? 'end',
    offsetMinutes: opts.offsetMinutes ?? 480,
  };
  if (isBlank(v)) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return v;
    if (Number.isInteger(v) && v >= 10_000_000 && v <= 99_991_231) return toDate(String(v), o);
    if (Number.isInteger(v) && v >= 1900 && v <= 2200) return yearDay(v, o.monthDay) ?? v;
    // An Excel serial day (1954–2118) from a spreadsheet cell that lost its date format: 44377 is 2021-06-30.
    if (v >= 20_000 && v < 80_000)
      return dateAtOffset(Math.round((Math.floor(v) - 25_569) * 86_400_000), 0) ?? v;
    if (v >= 1e11) return dateAtOffset(v, o.offsetMinutes) ?? v;
    if (v >= 1e9) return dateAtOffset(v * 1000, o.offsetMinutes) ?? v;
    return v;
  }
  if (typeof v !== 'string') return v;
  // The common case first: already YYYY-MM-DD.
  if (v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) {
    const quick = ymd(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
    if (quick === v) return quick;
  }
  const s = halfWidth(v).trim();
  // An instant with a zone: the date it was in Beijing (or the configured offset), not in UTC.
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(s);
  if (zoned) {
    const ms = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(ms) ? v : (dateAtOffset(ms, o.offsetMinutes) ?? v);
  }
  for (const [re, build] of DATE_PATTERNS) {
    const m = re.exec(s);
    if (m) return build(m, o) ?? v;
  }
  return v;
}

/** An instant as an ISO date-time in Beijing time, e.g. 2025-12-31T18:00:00+08:00. */
export function beijingDateTime(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/** An ISO date-time with offset (for meta.generatedAt) from a date, a date-time without zone, or an instant. */
export function toDateTime(v: unknown, opts: { offsetMinutes?: number } = {}): unknown {
  const offset = opts.offsetMinutes ?? 480;
  if (isBlank(v)) return null;
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  if (typeof v === 'number') {
    const ms = v >= 1e11 ? v : v >= 1e9 ? v * 1000 : NaN;
    if (Number.isNaN(ms)) return v;
    const d = new Date(ms + offset * 60_000).toISOString();
    return `${d.slice(0, 19)}${zone}`;
  }
  if (typeof v !== 'string') return v;
  const s = halfWidth(v).trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return s;
  const local = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (local) {
    const day = ymd(Number(local[1]), Number(local[2]), Number(local[3]));
    return day ? `${day}T${pad(Number(local[4]))}:${local[5]}:${local[6] ?? '00'}${zone}` : v;
  }
  const day = toDate(s);
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00${zone}` : v;
}

/** Thousands separators as sent: "2,100", "2，100", "2 100", "2 100" (no-break or thin spaces). */
const GROUPS = /(?<=\d)[,，\s\u00a0\u202f'](?=\d{3}(?!\d))/g;

function parseNumber(s: string): number | null {
  const t = halfWidth(s).trim().replace(GROUPS, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Removes binary noise such as 0.1 * 100 = 10.000000000000002. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** A number from 2100, "2,100", "2，100.5", " 12 ". Blank → null. */
export function toNumber(v: unknown): unknown {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return v;
  return parseNumber(v) ?? v;
}

/** A whole number (orders, years); "3.0" is 3, "3.5" stays as it is so validation names it. */
export function toInteger(v: unknown): unknown {
  const n = toNumber(v);
  return typeof n === 'number' && Number.isInteger(n) ? n : n === null ? null : v;
}

function percentString(v: string): number | null {
  const s = halfWidth(v).trim();
  const m = /^(.*?)\s*%$/.exec(s);
  return m ? parseNumber(m[1] ?? '') : null;
}

/** Percent 0–100 from 85, "85", "85%", "85 %", "８５％". Fractions are NOT scaled: use toFraction for 0.85. */
export function toPercent(v: unknown): unknown {
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const p = percentString(v);
    if (p !== null) return p;
  }
  return toNumber(v);
}

/** Percent 0–100 from a share 0–1: 0.85 → 85, "0.85" → 85; an explicit "85%" is read as 85. */
export function toFraction(v: unknown): unknown {
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const p = percentString(v);
    if (p !== null) return p;
  }
  const n = toNumber(v);
  return typeof n === 'number' ? tidy(n * 100) : n;
}

const SEPARATORS = /\s*[,，、;；|/]\s*|\s+/;

/** A list from an array or from "C,T", "C、T", "a; b", "a|b". Blank → []. */
export function toList(v: unknown, separator?: string): unknown {
  if (isBlank(v)) return [];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x.trim() : x));
  if (typeof v === 'number') return [String(v)];
  if (typeof v !== 'string') return v;
  const parts = separator ? v.split(separator) : v.trim().split(SEPARATORS);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是', '已', '√', '✓']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '未', '×', '✗']);

export function toBoolean(v: unknown): unknown {
  if (typeof v === 'boolean') return v;
  if (isBlank(v)) return null;
  const s = String(v).trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return v;
}

/** Strings as text: numbers become their decimal form (ids sent as 101), text is trimmed. */
export function toText(v: unknown): unknown {
  if (isBlank(v)) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string') return v.trim();
  return v;
}

export interface CoerceOptions extends DateOptions {
  separator?: string;
}

export function coerce(type: CoerceType, v: unknown, opts: CoerceOptions = {}): unknown {
  switch (type) {
    case 'string':
      return toText(v);
    case 'number':
      return toNumber(v);
    case 'integer':
      return toInteger(v);
    case 'percent':
      return toPercent(v);
    case 'fraction':
      return toFraction(v);
    case 'date':
      return toDate(v, opts);
    case 'datetime':
      return toDateTime(v, opts);
    case 'list':
      return toList(v, opts.separator);
    case 'boolean':
      return toBoolean(v);
  }
}
