import { downloadBlob, type CsvCell } from './download';
import { writeXlsx, type OutCell } from './xlsx-write';

/*
 * A table as an .xlsx: Chinese headers in a bold frozen first row, dates as real Excel dates, numbers as
 * numbers. Loaded only when someone asks for one (the writer and its deflate are not on the first screen).
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const cellOf = (v: CsvCell): OutCell => (typeof v === 'string' && ISO_DATE.test(v) ? { date: v } : v);

/** Column widths from the longest text, a CJK character counting double. */
function widths(headers: string[], rows: CsvCell[][]): number[] {
  const len = (v: CsvCell) => {
    const s = v === null || v === undefined ? '' : String(v);
    let n = 0;
    for (const ch of s) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
    return n;
  };
  return headers.map((h, c) =>
    Math.min(60, Math.max(8, len(h), ...rows.slice(0, 500).map((r) => len(r[c]))) + 2),
  );
}

export function downloadXlsx(filename: string, sheetName: string, headers: string[], rows: CsvCell[][]) {
  const bytes = writeXlsx([
    {
      name: sheetName,
      rows: [headers, ...rows.map((r) => r.map(cellOf))],
      frozenRows: 1,
      boldRows: [1],
      widths: widths(headers, rows),
    },
  ]);
  downloadBlob(filename, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
}
