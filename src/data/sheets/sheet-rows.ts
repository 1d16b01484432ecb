import type { SheetSpec } from './sheet-spec';
import { parseRef, type Cell, type Grid } from './xlsx-read';
import { SheetError } from './zip-read';

/*
 * From a sheet's grid to rows keyed by column header, the way ledgers are laid out: notes and a title
 * above the header, a two-row header with merged cells, blank rows, a 合计 row at the bottom.
 */

export interface SheetRows {
  sheet: string;
  headerRow: number;
  /** One object per data row, keyed by header (whitespace inside headers removed). */
  rows: Record<string, Cell>[];
  /** The row number Excel shows for each of `rows`. */
  excelRows: number[];
  /** Header → column index (0 = A). */
  columns: Map<string, number>;
  /** The value of `asOfCell`, when the spec names one. */
  asOf?: Cell;
  /** The sheet each row came from, when they come from several (a sheet per month). */
  rowSheets?: string[];
  /** What the reader could not find and the reader of the figures must know (a month without a sheet). */
  notes?: string[];
}

const HEADER_SCAN = 30;
/** A merge covering more cells than this is not copied cell by cell (a hostile or broken file). */
const MAX_MERGED_CELLS = 1_000_000;
const TOTALS = /^(合\s*计|总\s*计|小\s*计|共\s*计|total|sum)\s*[:：]?$/i;

export const headerKey = (v: Cell): string =>
  v === null || v === undefined ? '' : String(v).replace(/\s+/g, '');

/** Copies each merged range's value into every cell it covers: a group header, an aspect merged down its tasks. */
function fillMerges(grid: Grid): void {
  let budget = MAX_MERGED_CELLS;
  for (const m of grid.merges) {
    const value = grid.rows.get(m.r1)?.[m.c1];
    if (value === undefined || value === null) continue;
    budget -= (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
    if (budget < 0) throw new SheetError(`sheet "${grid.name}" merges more than ${MAX_MERGED_CELLS} cells`);
    for (let r = m.r1; r <= m.r2; r += 1) {
      let row = grid.rows.get(r);
      if (!row) grid.rows.set(r, (row = []));
      for (let c = m.c1; c <= m.c2; c += 1) row[c] ??= value;
    }
  }
}

function findHeaderRow(grid: Grid, wanted: string[]): number {
  const numbers = [...grid.rows.keys()].sort((a, b) => a - b).slice(0, HEADER_SCAN);
  let best = 0;
  let bestScore = 0;
  for (const r of numbers) {
    const cells = (grid.rows.get(r) ?? []).map(headerKey).filter((k) => k !== '');
    // Without names to look for: the row with the most different values (a merged title repeats one).
    const score = wanted.length > 0 ? wanted.filter((w) => cells.includes(w)).length : new Set(cells).size;
    // A two-row header with merged cells holds the names in both rows: the lower one, nearer the data, wins.
    if (score > bestScore || (wanted.length > 0 && score > 0 && score === bestScore)) {
      best = r;
      bestScore = score;
    }
  }
  if (best === 0) {
    throw new SheetError(
      wanted.length > 0
        ? `sheet "${grid.name}": no header row with the columns ${wanted
            .slice(0, 4)
            .map((w) => `"${w}"`)
            .join(', ')} in its first ${HEADER_SCAN} rows`
        : `sheet "${grid.name}" is empty`,
    );
  }
  return best;
}

const isBlankCell = (v: Cell | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function isTotalsRow(row: Cell[]): boolean {
  const first = row.find((v) => !isBlankCell(v));
  return typeof first === 'string' && TOTALS.test(first.trim());
}

export function asOfValue(grid: Grid, ref: string | undefined): Cell | undefined {
  if (!ref) return undefined;
  const at = parseRef(ref);
  if (!at) return undefined;
  const v = grid.rows.get(at.row)?.[at.col] ?? null;
  if (typeof v !== 'string') return v;
  // "统计截止：2025年12月31日" → the date in it.
  const m = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?/.exec(v);
  return m ? m[0] : v;
}

/** Rows of a sheet keyed by header; `wanted` are the headers the mapping reads, each of which must be there. */
export function sheetRows(grid: Grid, spec: SheetSpec, wanted: string[]): SheetRows {
  fillMerges(grid);
  const headerRow = spec.headerRow ?? findHeaderRow(grid, wanted);
  const header = grid.rows.get(headerRow) ?? [];
  const columns = new Map<string, number>();
  header.forEach((v, c) => {
    const k = headerKey(v);
    if (k !== '' && !columns.has(k)) columns.set(k, c);
  });
  const missing = wanted.filter((w) => !columns.has(w));
  if (missing.length > 0) {
    throw new SheetError(
      `sheet "${grid.name}" has no column ${missing.map((m) => `"${m}"`).join(', ')} in header row ${headerRow} (its columns: ${[
        ...columns.keys(),
      ]
        .slice(0, 30)
        .join(', ')})`,
    );
  }
  const rows: Record<string, Cell>[] = [];
  const excelRows: number[] = [];
  const numbers = [...grid.rows.keys()].filter((r) => r > headerRow).sort((a, b) => a - b);
  for (const r of numbers) {
    const cells = grid.rows.get(r)!;
    if (cells.every(isBlankCell) || isTotalsRow(cells)) continue;
    const row: Record<string, Cell> = {};
    for (const [name, c] of columns) {
      const v = cells[c];
      if (!isBlankCell(v)) row[name] = v!;
    }
    rows.push(row);
    excelRows.push(r);
  }
  const out: SheetRows = { sheet: grid.name, headerRow, rows, excelRows, columns };
  if (spec.asOfCell && !spec.asOfCell.includes('!')) out.asOf = asOfValue(grid, spec.asOfCell) ?? null;
  return out;
}
