import { readCsv } from './csv-read';
import { isMonthPattern, mergeMonths, monthSheets } from './monthly';
import { asOfValue, sheetRows, type SheetRows } from './sheet-rows';
import type { SheetSpec } from './sheet-spec';
import { readXlsx, type Grid, type Workbook } from './xlsx-read';
import { SheetError, type ZipLimits } from './zip-read';

/*
 * One entry point from a downloaded file to rows: tells an .xlsx from a CSV, and names what it is when it
 * is neither (an HTML error page saved as .xlsx, an old .xls, a password-protected workbook).
 */

export { SheetError } from './zip-read';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Whether the bytes hold `text` in UTF-16LE (the names inside an OLE compound file). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

type Kind = 'xlsx' | 'csv';

function kindOf(bytes: Uint8Array, spec: SheetSpec, url: string, contentType: string): Kind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // An encrypted .xlsx is an OLE compound file holding "EncryptionInfo"; an .xls is one too, without it.
    throw new SheetError(
      hasUtf16(bytes, 'EncryptionInfo')
        ? 'the workbook is password-protected (encrypted): save a copy without a password'
        : 'an old .xls (Excel 97–2003) workbook: save it as .xlsx',
    );
  }
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(head)) {
    throw new SheetError(
      `expected ${spec.format === 'csv' ? 'a CSV file' : 'an .xlsx workbook'}, got an HTML page (${contentType || 'no content type'})`,
    );
  }
  if (head.startsWith('<'))
    throw new SheetError(`expected a workbook, got XML or markup (${contentType || 'no content type'})`);
  if (spec.format === 'xlsx' || (spec.format !== 'csv' && /\.xlsx?(\?|#|$)/i.test(url)))
    throw new SheetError('not an .xlsx workbook: the file does not start like one (a ZIP archive)');
  return 'csv';
}

export interface SheetSource {
  bytes: Uint8Array;
  url: string;
  contentType: string;
  spec: SheetSpec;
  /** The headers the mapping reads from this sheet: each must be there. */
  wanted: string[];
  limits?: ZipLimits;
}

export function readSheet(src: SheetSource): SheetRows {
  const { bytes, spec } = src;
  if (bytes.byteLength === 0) throw new SheetError('the file is empty');
  if (kindOf(bytes, spec, src.url, src.contentType) === 'csv') {
    return sheetRows(readCsv(bytes, spec.name ?? 'CSV'), spec, src.wanted);
  }
  const book = readXlsx(bytes, src.limits);
  if (isMonthPattern(spec.name)) return readMonths(book, spec.name, src);
  const name = spec.name ?? book.sheetNames[0];
  const grid = name === undefined ? null : book.sheet(name);
  if (!grid) {
    throw new SheetError(
      `no sheet named "${name ?? ''}" (the workbook has: ${book.sheetNames.map((n) => `"${n}"`).join(', ') || 'no sheets'})`,
    );
  }
  return withOtherAsOf(book, sheetRows(grid, spec, src.wanted), spec, grid);
}

/** `"asOfCell": "填报说明!B2"`: the as-of date from another sheet of the workbook. */
function withOtherAsOf(book: Workbook, out: SheetRows, spec: SheetSpec, grid?: Grid): SheetRows {
  const bang = spec.asOfCell?.lastIndexOf('!') ?? -1;
  if (spec.asOfCell && bang > 0) {
    const other = spec.asOfCell.slice(0, bang);
    const at = other === grid?.name ? grid : book.sheet(other);
    if (!at)
      throw new SheetError(`asOfCell: no sheet named "${other}" (the workbook has: ${listSheets(book)})`);
    out.asOf = asOfValue(at, spec.asOfCell.slice(bang + 1)) ?? null;
  }
  return out;
}

const listSheets = (book: Workbook) => book.sheetNames.map((n) => `"${n}"`).join(', ') || 'no sheets';

/** A sheet per month: every tab the pattern matches, merged into one history (see ./monthly). */
function readMonths(book: Workbook, pattern: string, src: SheetSource): SheetRows {
  const dateColumn = src.spec.dateColumn ?? '日期';
  const months = monthSheets(book.sheetNames, pattern);
  if (months.length === 0)
    throw new SheetError(`no sheet named like "${pattern}" (the workbook has: ${listSheets(book)})`);
  // A monthly sheet need not repeat its month in a column: the date is the one column it may lack.
  const wanted = src.wanted.filter((w) => w !== dateColumn);
  const parts = months.map(({ name, month }) => ({
    month,
    rows: sheetRows(book.sheet(name)!, { ...src.spec, name }, wanted),
  }));
  return withOtherAsOf(book, mergeMonths(parts, { dateColumn, key: src.spec.key ?? [], pattern }), src.spec);
}

export type { SheetRows } from './sheet-rows';
