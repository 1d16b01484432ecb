import { toDate } from '../mapping/coerce';
import type { SheetRows } from './sheet-rows';
import type { Cell } from './xlsx-read';

/*
 * History kept as one sheet per month (`"name": "{yyyy}年{M}月进度"`): which tabs are months, and how
 * their rows become one history. A row without a date of its own is dated by its month (the month's last
 * day); the same row in two months (same key, same date) is the later month's; a month missing between the
 * first and the last is named in a note, so that a gap is never read as a month of zeros.
 */

/** `{yyyy}`, `{yyyyMM}`, `{MM}`, `{M}` in a sheet name. */
const TOKEN = /\{(yyyyMM|yyyy|MM|M)\}/g;

export const isMonthPattern = (name: string | undefined): name is string =>
  name !== undefined && /\{(yyyyMM|yyyy|MM|M)\}/.test(name);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tab names that match the pattern, each with its month (`YYYY-MM`), oldest first. */
export function monthSheets(names: string[], pattern: string): Array<{ name: string; month: string }> {
  const parts: string[] = [];
  const groups: string[] = [];
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    parts.push(escapeRe(pattern.slice(last, m.index)));
    const token = m[1]!;
    groups.push(token);
    parts.push(
      token === 'yyyyMM'
        ? '(\\d{6})'
        : token === 'yyyy'
          ? '(\\d{4})'
          : token === 'MM'
            ? '(\\d{2})'
            : '(\\d{1,2})',
    );
    last = m.index + m[0].length;
  }
  parts.push(escapeRe(pattern.slice(last)));
  const re = new RegExp(`^${parts.join('')}$`);
  const out: Array<{ name: string; month: string }> = [];
  for (const name of names) {
    const m = re.exec(name.trim());
    if (!m) continue;
    let year = '';
    let month = '';
    groups.forEach((g, i) => {
      const v = m[i + 1]!;
      if (g === 'yyyyMM') [year, month] = [v.slice(0, 4), v.slice(4)];
      else if (g === 'yyyy') year = v;
      else month = v;
    });
    const mm = Number(month);
    if (year === '' || !(mm >= 1 && mm <= 12)) continue;
    out.push({ name, month: `${year}-${String(mm).padStart(2, '0')}` });
  }
  return out.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The last day of a `YYYY-MM` month, `YYYY-MM-DD`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The months between the first and the last of `months` (sorted) that are not among them. */
export function missingMonths(months: string[]): string[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const have = new Set(months);
  const out: string[] = [];
  for (let m = first; m < last; m = nextMonth(m)) if (!have.has(m)) out.push(m);
  return out;
}

export interface MonthPart {
  month: string;
  rows: SheetRows;
}

export interface MergeOptions {
  /** The header a row's date is read from, and written to (its month's end) when the row has none. */
  dateColumn: string;
  /** The headers that name a row (e.g. 对象编号): with the date, a row met again in a later month replaces it. */
  key: string[];
  /** The tab-name pattern, for the notes. */
  pattern: string;
}

const blank = (v: Cell | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** One history from the monthly sheets, oldest first; rows keep the sheet and row they came from. */
export function mergeMonths(parts: MonthPart[], opts: MergeOptions): SheetRows {
  const latest = parts.at(-1);
  if (!latest) throw new Error('mergeMonths needs at least one month');
  const byKey = new Map<string, number>();
  const rows: SheetRows['rows'] = [];
  const excelRows: number[] = [];
  const rowSheets: string[] = [];
  for (const part of parts) {
    part.rows.rows.forEach((source, i) => {
      const row = { ...source };
      if (blank(row[opts.dateColumn])) row[opts.dateColumn] = monthEnd(part.month);
      // The date as a date: 2025/11/30 typed in one month and a date cell in the next are the same report.
      const key =
        opts.key.length > 0
          ? JSON.stringify([...opts.key.map((k) => row[k] ?? null), toDate(row[opts.dateColumn])])
          : null;
      const at = key === null ? undefined : byKey.get(key);
      const place = at ?? rows.length;
      rows[place] = row;
      excelRows[place] = part.rows.excelRows[i]!;
      rowSheets[place] = part.rows.sheet;
      if (key !== null && at === undefined) byKey.set(key, place);
    });
  }
  const columns = new Map(latest.rows.columns);
  if (!columns.has(opts.dateColumn)) columns.set(opts.dateColumn, -1);
  const months = parts.map((p) => p.month);
  const notes = missingMonths(months).map(
    (m) =>
      `no sheet for ${m} ("${opts.pattern}") between ${months[0]} and ${months.at(-1)}: that month has no reports (not zero)`,
  );
  const out: SheetRows = {
    sheet: `${parts[0]!.rows.sheet} … ${latest.rows.sheet}`,
    headerRow: latest.rows.headerRow,
    rows,
    excelRows,
    rowSheets,
    columns,
    notes,
  };
  if (latest.rows.asOf !== undefined) out.asOf = latest.rows.asOf;
  return out;
}
