/** Spreadsheet apps run cells that start with these as formulas; a leading apostrophe keeps them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

export function csvEscape(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let s = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a byte-order mark, CRLF line ends: what Excel needs to open Chinese text correctly. */
export function toCsv(headers: string[], rows: CsvCell[][]): string {
  return `\uFEFF${[headers, ...rows].map((r) => r.map(csvEscape).join(',')).join('\r\n')}\r\n`;
}

export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  downloadUrl(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadUrl(filename: string, url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadCsv(filename: string, headers: string[], rows: CsvCell[][]) {
  downloadBlob(filename, new Blob([toCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }));
}

/** A file name safe on every OS, keeping Chinese: "任务台账-2021-06-30.csv". */
export const fileName = (base: string, asOf: string | null, ext: string) =>
  `${base.replace(/[\\/:*?"<>|\s]+/g, '-')}${asOf ? `-${asOf}` : ''}.${ext}`;
