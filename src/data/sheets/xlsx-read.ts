import { attr, elements, textOf, unescapeXml } from './xml';
import { openZip, SheetError, type ZipArchive, type ZipLimits } from './zip-read';

/*
 * A small SpreadsheetML (.xlsx) reader: sheet names, cell values and merged ranges, nothing else. A cell
 * formatted as a date arrives as "YYYY-MM-DD" and one formatted as a percentage as "62%", so the field
 * map's `date` and `percent` types read them as the office typed them.
 */

export type Cell = string | number | boolean | null;

export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One sheet: rows by their number as Excel shows it (1-based), cells by column (0 = A). */
export interface Grid {
  name: string;
  rows: Map<number, Cell[]>;
  merges: Merge[];
}

const decoder = new TextDecoder();

function part(zip: ZipArchive, name: string): string | null {
  const bytes = zip.read(name);
  return bytes ? decoder.decode(bytes) : null;
}

/** Column letters to an index: A → 0, AB → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** An index to column letters: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  return m ? { col: columnIndex(m[1]!), row: Number(m[2]) } : null;
}

/** Built-in number formats that show dates (14–22, and the East Asian ones), and percentages. */
const DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
const PERCENT_IDS = new Set([9, 10]);

type Kind = 'date' | 'percent' | null;

function formatKind(code: string): Kind {
  // Quoted text, escapes and [Red]/[$-804] sections say nothing about dates.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (bare.includes('%')) return 'percent';
  if (/[ymdhs]/i.test(bare) && !/^general$/i.test(bare)) return 'date';
  return null;
}

/** The kind of each cell style (the `s` attribute of a cell indexes cellXfs). */
function styleKinds(xml: string | null): Kind[] {
  if (!xml) return [];
  const custom = new Map<number, Kind>();
  for (const f of elements(xml, 'numFmt')) {
    custom.set(Number(attr(f.tag, 'numFmtId')), formatKind(attr(f.tag, 'formatCode') ?? ''));
  }
  const xfs = [...elements(xml, 'cellXfs')][0];
  if (!xfs) return [];
  const kinds: Kind[] = [];
  for (const xf of elements(xfs.inner, 'xf')) {
    const id = Number(attr(xf.tag, 'numFmtId') ?? 0);
    kinds.push(
      custom.has(id) ? custom.get(id)! : DATE_IDS.has(id) ? 'date' : PERCENT_IDS.has(id) ? 'percent' : null,
    );
  }
  return kinds;
}

/** An Excel serial day as YYYY-MM-DD (the 1900 system counts a 29 Feb 1900 that never was). */
export function serialToDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const ms = Date.UTC(1899, 11, days < 61 && !date1904 ? 31 : 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

export interface Workbook {
  sheetNames: string[];
  /** The sheet, or null when the workbook has none of that name. */
  sheet(name: string): Grid | null;
}

function sheetTargets(zip: ZipArchive): { names: string[]; paths: Map<string, string>; date1904: boolean } {
  const workbook = part(zip, 'xl/workbook.xml');
  if (workbook === null)
    throw new SheetError('a ZIP archive, but not an .xlsx workbook (no xl/workbook.xml)');
  const rels = new Map<string, string>();
  for (const r of elements(part(zip, 'xl/_rels/workbook.xml.rels') ?? '', 'Relationship')) {
    const target = attr(r.tag, 'Target') ?? '';
    rels.set(attr(r.tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names: string[] = [];
  const paths = new Map<string, string>();
  for (const s of elements(workbook, 'sheet')) {
    const name = attr(s.tag, 'name') ?? '';
    const path = rels.get(attr(s.tag, 'r:id') ?? attr(s.tag, 'id') ?? '');
    if (!path) continue;
    names.push(name);
    paths.set(name, path);
  }
  const pr = [...elements(workbook, 'workbookPr')][0];
  return { names, paths, date1904: pr ? /^(1|true)$/.test(attr(pr.tag, 'date1904') ?? '') : false };
}

function readCell(tag: string, inner: string, shared: string[], kinds: Kind[], date1904: boolean): Cell {
  const t = attr(tag, 't');
  if (t === 'inlineStr') return textOf(inner);
  const v = [...elements(inner, 'v')][0];
  if (!v) return null;
  const raw = unescapeXml(v.inner);
  if (t === 's') return shared[Number(raw)] ?? null;
  if (t === 'str' || t === 'd') return raw;
  if (t === 'b') return raw === '1';
  if (t === 'e') return null;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  const kind = kinds[Number(attr(tag, 's') ?? 0)] ?? null;
  if (kind === 'date') return serialToDate(n, date1904) ?? n;
  if (kind === 'percent') return `${tidy(n * 100)}%`;
  return n;
}

function readGrid(name: string, xml: string, shared: string[], kinds: Kind[], date1904: boolean): Grid {
  const rows = new Map<number, Cell[]>();
  const dataAt = xml.indexOf('<sheetData');
  const dataEnd = xml.indexOf('</sheetData>');
  let lastRow = 0;
  if (dataAt >= 0 && dataEnd > dataAt) {
    for (const row of elements(xml, 'row', dataAt, dataEnd)) {
      const r = Number(attr(row.tag, 'r') ?? lastRow + 1);
      lastRow = r;
      const cells: Cell[] = [];
      let lastCol = -1;
      for (const c of elements(row.inner, 'c')) {
        const ref = attr(c.tag, 'r');
        const col = ref ? (parseRef(ref)?.col ?? lastCol + 1) : lastCol + 1;
        lastCol = col;
        const value = readCell(c.tag, c.inner, shared, kinds, date1904);
        if (value !== null && value !== '') cells[col] = value;
      }
      if (cells.length > 0) rows.set(r, cells);
    }
  }
  const merges: Merge[] = [];
  for (const m of elements(xml, 'mergeCell')) {
    const [a, b] = (attr(m.tag, 'ref') ?? '').split(':');
    const from = parseRef(a ?? '');
    const to = parseRef(b ?? a ?? '');
    if (from && to) merges.push({ r1: from.row, c1: from.col, r2: to.row, c2: to.col });
  }
  return { name, rows, merges };
}

/** Opens an .xlsx; sheets are read when asked for. */
export function readXlsx(bytes: Uint8Array, limits?: ZipLimits): Workbook {
  const zip = openZip(bytes, limits);
  const { names, paths, date1904 } = sheetTargets(zip);
  let shared: string[] | null = null;
  let kinds: Kind[] | null = null;
  return {
    sheetNames: names,
    sheet(name) {
      const path = paths.get(name);
      if (!path) return null;
      shared ??= [...elements(part(zip, 'xl/sharedStrings.xml') ?? '', 'si')].map((si) => textOf(si.inner));
      kinds ??= styleKinds(part(zip, 'xl/styles.xml'));
      const xml = part(zip, path);
      if (xml === null) throw new SheetError(`sheet "${name}" is missing from the archive (${path})`);
      return readGrid(name, xml, shared, kinds, date1904);
    },
  };
}
