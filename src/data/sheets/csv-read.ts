import type { Cell, Grid } from './xlsx-read';

/*
 * CSV as offices save it: UTF-8 with or without a BOM, or GB18030 (Excel's "CSV" in a Chinese
 * locale), separated by commas, semicolons or tabs, quoted fields with "" inside. Every cell is text;
 * the field map's types read dates, percentages and 千分位 numbers from it.
 */

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function separatorOf(firstLines: string): string {
  const count = (c: string) => firstLines.split(c).length - 1;
  const candidates = [',', '\t', ';'];
  let best = ',';
  for (const c of candidates) if (count(c) > count(best)) best = c;
  return best;
}

export function readCsv(bytes: Uint8Array, name = 'CSV'): Grid {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const sep = separatorOf(text.slice(0, 4096));
  const rows = new Map<number, Cell[]>();
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  let r = 1;
  const endField = () => {
    const v = field.trim();
    if (v !== '') row[row.length] = v;
    else row.length += 1;
    field = '';
  };
  const endRow = () => {
    endField();
    while (row.length > 0 && (row[row.length - 1] === undefined || row[row.length - 1] === null))
      row.length -= 1;
    if (row.length > 0) rows.set(r, row);
    row = [];
    r += 1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === sep) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return { name, rows, merges: [] };
}
