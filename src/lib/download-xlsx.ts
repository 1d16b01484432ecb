import { downloadBlob, type CsvCell } from './download';
import { writeXlsx, type OutCell, type OutSheet } from './xlsx-write';

/*
 * Tables as .xlsx: headers in a bold frozen first row, dates as real Excel dates, numbers as numbers.
 * Loaded only when someone asks for one (the writer and its deflate are not on the first screen).
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const cellOf = (v: CsvCell): OutCell => (typeof v === 'string' && ISO_DATE.test(v) ? { date: v } : v);

/** The characters a cell shows, a CJK character counting double. */
function shownLength(v: OutCell): number {
  if (v !== null && typeof v === 'object') return 'date' in v ? 10 : 'percent' in v ? 6 : shownLength(v.text);
  const s = v === null || v === undefined ? '' : String(v);
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return n;
}

/** One table as a sheet: the header row bold and frozen, columns as wide as their longest text. */
export function tableSheet(name: string, headers: string[], rows: OutCell[][]): OutSheet {
  return {
    name,
    rows: [headers, ...rows],
    frozenRows: 1,
    boldRows: [1],
    widths: headers.map((h, c) =>
      Math.min(60, Math.max(8, shownLength(h), ...rows.slice(0, 500).map((r) => shownLength(r[c]))) + 2),
    ),
  };
}

export function downloadWorkbook(filename: string, sheets: OutSheet[]) {
  const bytes = writeXlsx(sheets);
  downloadBlob(filename, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
}

export function downloadXlsx(filename: string, sheetName: string, headers: string[], rows: CsvCell[][]) {
  downloadWorkbook(filename, [
    tableSheet(
      sheetName,
      headers,
      rows.map((r) => r.map(cellOf)),
    ),
  ]);
}
