import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/data/errors';
import { mapAndValidate, type MapJob } from '../../src/data/mapping/map-resource';
import { mappingSchema } from '../../src/data/mapping/mapping-schema';
import { readSheet } from '../../src/data/sheets/read-sheet';
import { serialToDate } from '../../src/data/sheets/xlsx-read';
import { DEFAULT_ZIP_LIMITS, SheetError } from '../../src/data/sheets/zip-read';
import { writeXlsx, type OutCell } from '../../src/lib/xlsx-write';
import { TASK_SHEET_FIELDS } from '../support/task-sheet-fields';

/** A ledger as offices lay it out: a title, a note, a two-row merged header, a blank row, a 合计 row. */
function ledger(rows: OutCell[][] = []): Uint8Array {
  return writeXlsx([
    { name: '说明', rows: [['填表说明']] },
    {
      name: '任务台账',
      rows: [
        ['大零号湾任务台账'],
        ['统计截止：2025年12月31日'],
        ['任务编号', '序号', '所属方面', '任务名称', '服务功能', '牵头单位', '计划时间', null, '完成率'],
        [null, null, null, null, null, null, '开始日期', '完成 期限', null],
        [
          'T01',
          1,
          'A1',
          '建设创新策源高地',
          'C、T',
          'U01',
          { date: '2021-06-30' },
          '2025年12月31日',
          { percent: 0.62 },
        ],
        [],
        ['T02', '2', 'A1', '培育科创企业', 'T', 'U02', '2021/6/30', 46022, '62%'],
        ['合计', 2],
        ...rows,
      ],
      merges: ['A1:I1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:H3', 'I3:I4'],
    },
  ]);
}

const taskMapping = mappingSchema.parse({ fields: TASK_SHEET_FIELDS });

const job = (
  bytes: Uint8Array,
  sheet: object = { name: '任务台账', asOfCell: 'A2' },
  mapping = taskMapping,
): MapJob => ({
  resource: 'tasks',
  mapping,
  responses: [
    {
      name: 'main',
      shownUrl: '/data/台账.xlsx',
      text: '',
      bytes: [bytes],
      status: 200,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      sheet,
    },
  ],
  requestedAsOf: null,
  today: '2026-12-06',
  defaultSource: '/data/台账.xlsx',
  receivedAt: Date.UTC(2026, 11, 6),
});

const failure = async (j: MapJob): Promise<ApiError> => {
  try {
    await mapAndValidate(j);
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected the job to fail');
};

describe('spreadsheet sources', () => {
  it('reads a ledger: notes above, merged two-row header, blank and 合计 rows, every date and percent form', async () => {
    const r = await mapAndValidate(job(ledger()));
    expect(r.report.issues).toEqual([]);
    expect(r.meta.asOf).toBe('2025-12-31');
    expect(r.assumed).not.toContain('asOf');
    const tasks = r.data as Array<Record<string, unknown>>;
    expect(tasks.map((t) => t.id)).toEqual(['T01', 'T02']);
    expect(tasks[0]).toMatchObject({
      order: 1,
      functions: ['C', 'T'],
      start: '2021-06-30',
      due: '2025-12-31',
    });
    expect(tasks[1]).toMatchObject({ order: 2, functions: ['T'], start: '2021-06-30', due: '2025-12-31' });
    const rows = readSheet({
      bytes: ledger(),
      url: '/a.xlsx',
      contentType: '',
      spec: { name: '任务台账' },
      wanted: ['完成率'],
    });
    expect(rows.rows.map((row) => row.完成率)).toEqual(['62%', '62%']);
  });

  it('names sheet, Excel row, column header and cell for a bad value, and keeps the good rows', async () => {
    const r = await mapAndValidate(
      job(ledger([['T03', '第三', 'A1', '任务三', 'C', 'U01', '2022/1/1', '2023/1/1']])),
    );
    expect(r.report.kept).toBe(2);
    expect(r.report.dropped).toBe(1);
    const issue = r.report.issues[0]!;
    expect(issue.path).toBe('order');
    expect(issue.source).toBe('sheet "任务台账", row 9, column "序号" (cell B9)');
  });

  it('refuses a wrong sheet name, naming the sheets there are', async () => {
    const e = await failure(job(ledger(), { name: '任务' }));
    expect(e.kind).toBe('parse');
    expect(e.reason).toBe('no sheet named "任务" (the workbook has: "说明", "任务台账")');
  });

  it('refuses a sheet without a column the mapping reads', async () => {
    const mapping = mappingSchema.parse({ fields: { ...taskMapping.fields, completedOn: '实际完成日期' } });
    const e = await failure(job(ledger(), { name: '任务台账' }, mapping));
    expect(e.reason).toMatch(
      /^sheet "任务台账" has no column "实际完成日期" in header row 4 \(its columns: 任务编号, 序号/,
    );
  });

  it('refuses an HTML page saved as .xlsx, a password-protected workbook and an old .xls', async () => {
    const html = strToU8('<!DOCTYPE html><html><body>登录已过期</body></html>');
    expect((await failure(job(html))).reason).toMatch(/^expected an \.xlsx workbook, got an HTML page/);
    const cfb = (withEncryption: boolean) => {
      const b = new Uint8Array(4096);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      if (withEncryption) [...'EncryptionInfo'].forEach((c, i) => (b[1024 + i * 2] = c.charCodeAt(0)));
      return b;
    };
    expect((await failure(job(cfb(true)))).reason).toBe(
      'the workbook is password-protected (encrypted): save a copy without a password',
    );
    expect((await failure(job(cfb(false)))).reason).toBe(
      'an old .xls (Excel 97–2003) workbook: save it as .xlsx',
    );
    expect((await failure(job(strToU8('任务编号,序号\nT01,1')))).reason).toMatch(/not an \.xlsx workbook/);
  });

  it('stops inflating a zip bomb at the limit instead of expanding it', () => {
    expect(DEFAULT_ZIP_LIMITS.maxEntryBytes).toBe(100 * 1024 * 1024);
    const bomb = zipSync(
      {
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': new Uint8Array(12 * 1024 * 1024),
      },
      { level: 1 },
    );
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const limits = { maxEntryBytes: 4 * 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024, maxEntries: 100 };
    expect(() =>
      readSheet({ bytes: bomb, url: '/a.xlsx', contentType: '', spec: { name: 'S' }, wanted: [], limits }),
    ).toThrow('part xl/worksheets/sheet1.xml expands beyond 4 MB: refused (a "zip bomb"');
  });

  it('reads CSV in UTF-8 with a BOM or in GB18030, quoted fields and 千分位 numbers', () => {
    const csv = '\uFEFF说明：2025年数据\n任务编号,名称,金额\nT01,"A, ""B""","2,100"\n\n合计,,2100\n';
    const s = readSheet({
      bytes: strToU8(csv),
      url: '/a.csv',
      contentType: 'text/csv',
      spec: {},
      wanted: ['任务编号', '金额'],
    });
    expect(s.headerRow).toBe(2);
    expect(s.rows).toEqual([{ 任务编号: 'T01', 名称: 'A, "B"', 金额: '2,100' }]);
    expect(s.excelRows).toEqual([3]);
    // "任务编号,金额\nT01,5" in GB18030.
    const gb = new Uint8Array([
      0xc8, 0xce, 0xce, 0xf1, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0x54, 0x30, 0x31,
      0x2c, 0x35,
    ]);
    expect(readSheet({ bytes: gb, url: '/a.csv', contentType: '', spec: {}, wanted: [] }).rows).toEqual([
      { 任务编号: 'T01', 金额: '5' },
    ]);
  });

  it('turns Excel serial days into dates in both date systems', () => {
    expect(serialToDate(44377)).toBe('2021-06-30');
    expect(serialToDate(1)).toBe('1900-01-01');
    expect(serialToDate(61)).toBe('1900-03-01');
    expect(serialToDate(0, true)).toBeNull();
    expect(serialToDate(42915, true)).toBe('2021-06-30');
  });

  it('reads stored (uncompressed) parts and refuses a damaged archive by name', () => {
    const stored = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>') }, { level: 0 });
    expect(() => readSheet({ bytes: stored, url: '/a.xlsx', contentType: '', spec: {}, wanted: [] })).toThrow(
      'no sheet named ""',
    );
    const cut = ledger().subarray(0, 2000);
    expect(() => readSheet({ bytes: cut, url: '/a.xlsx', contentType: '', spec: {}, wanted: [] })).toThrow(
      SheetError,
    );
    expect(deflateSync(new Uint8Array(1)).byteLength).toBeGreaterThan(0);
  });
});
