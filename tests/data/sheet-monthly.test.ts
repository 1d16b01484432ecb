import { describe, expect, it } from 'vitest';
import { mapAndValidate, type MapJob } from '../../src/data/mapping/map-resource';
import { mappingSchema } from '../../src/data/mapping/mapping-schema';
import { missingMonths, monthEnd, monthSheets } from '../../src/data/sheets/monthly';
import { readSheet } from '../../src/data/sheets/read-sheet';
import { SheetError } from '../../src/data/sheets/zip-read';
import { writeXlsx, type OutCell, type OutSheet } from '../../src/lib/xlsx-write';
import { TASK_SHEET_FIELDS } from '../support/task-sheet-fields';

/** A month's progress sheet as offices keep it: a title, the as-of note, the header, rows, a 合计 row. */
const month = (name: string, asOf: string, rows: OutCell[][]): OutSheet => ({
  name,
  rows: [[`${name}`], [`统计截止：${asOf}`], ['对象编号', '完成率', '说明'], ...rows, [], ['合计', null]],
  merges: ['A1:C1'],
});

const tasksSheet: OutSheet = {
  name: '任务',
  rows: [
    ['任务台账'],
    ['统计截止：2025年12月31日'],
    ['任务编号', '序号', '所属方面', '任务名称', '服务功能', '牵头单位', '开始日期', '完成期限'],
    ['T01', 1, 'A1', '任务一', 'C', 'U01', { date: '2025-01-01' }, { date: '2026-12-31' }],
    ['T02', 2, 'A1', '任务二', 'T', 'U02', { date: '2025-01-01' }, { date: '2026-12-31' }],
  ],
};

const mapping = mappingSchema.parse({
  fields: {
    ...TASK_SHEET_FIELDS,
    progress: {
      from: 'progress',
      match: { 对象编号: '任务编号' },
      fields: { date: { path: '日期', type: 'date' }, percent: { path: '完成率', type: 'percent' } },
    },
  },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const progressSpec = { name: '{yyyy}年{M}月进度', asOfCell: 'A2', key: ['对象编号'] };

function job(book: Uint8Array): MapJob {
  const response = (name: string, sheet: object) => ({
    name,
    shownUrl: '/data/台账.xlsx',
    text: '',
    bytes: [book],
    status: 200,
    contentType: XLSX,
    sheet,
  });
  return {
    resource: 'tasks',
    mapping,
    responses: [response('main', { name: '任务', asOfCell: 'A2' }), response('progress', progressSpec)],
    requestedAsOf: null,
    today: '2026-01-05',
    defaultSource: '/data/台账.xlsx',
    receivedAt: Date.UTC(2026, 0, 5),
  };
}

type Task = { id: string; progress: Array<{ date: string; percent: number }> };

describe('history from a sheet per month', () => {
  it('finds the month tabs in any order and dates them, ignoring tabs that only look alike', () => {
    expect(
      monthSheets(
        ['说明', '2025年12月进度', '2025年9月进度', '2025年13月进度', '2025年10月进度 '],
        '{yyyy}年{M}月进度',
      ),
    ).toEqual([
      { name: '2025年9月进度', month: '2025-09' },
      { name: '2025年10月进度 ', month: '2025-10' },
      { name: '2025年12月进度', month: '2025-12' },
    ]);
    expect(monthSheets(['进度-202502', '进度-2025'], '进度-{yyyyMM}')).toEqual([
      { name: '进度-202502', month: '2025-02' },
    ]);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(missingMonths(['2025-11', '2026-02'])).toEqual(['2025-12', '2026-01']);
    expect(missingMonths(['2025-12'])).toEqual([]);
  });

  it('merges the months into the progress history, each row dated by its month', async () => {
    const book = writeXlsx([
      tasksSheet,
      month('2025年11月进度', '2025年11月30日', [
        ['T01', { percent: 0.4 }],
        ['T02', '10%'],
      ]),
      month('2025年12月进度', '2025年12月31日', [
        ['T01', { percent: 0.55 }],
        ['T02', 15],
      ]),
    ]);
    const r = await mapAndValidate(job(book));
    expect(r.report.issues).toEqual([]);
    expect(r.notes).toBeUndefined();
    const tasks = r.data as Task[];
    expect(tasks[0]!.progress).toEqual([
      { date: '2025-11-30', percent: 40 },
      { date: '2025-12-31', percent: 55 },
    ]);
    expect(tasks[1]!.progress.map((p) => p.percent)).toEqual([10, 15]);
  });

  it('names a missing month in a note and never fills it with zeros', async () => {
    const book = writeXlsx([
      tasksSheet,
      month('2025年10月进度', '2025年10月31日', [['T01', '30%']]),
      month('2025年12月进度', '2025年12月31日', [['T01', '50%']]),
    ]);
    const r = await mapAndValidate(job(book));
    expect(r.notes).toEqual([
      'request "progress": no sheet for 2025-11 ("{yyyy}年{M}月进度") between 2025-10 and 2025-12: that month has no reports (not zero)',
    ]);
    const t01 = (r.data as Task[])[0]!;
    expect(t01.progress).toEqual([
      { date: '2025-10-31', percent: 30 },
      { date: '2025-12-31', percent: 50 },
    ]);
    expect(t01.progress.some((p) => p.date.startsWith('2025-11'))).toBe(false);
  });

  it('keeps the later month when a row is in two months, and a row with its own date keeps it', () => {
    const withDates = (name: string, asOf: string, rows: OutCell[][]): OutSheet => ({
      name,
      rows: [[name], [`统计截止：${asOf}`], ['对象编号', '日期', '完成率'], ...rows],
    });
    const book = writeXlsx([
      withDates('2025年11月进度', '2025年11月30日', [
        ['T01', null, '40%'],
        ['T02', '2025/11/15', '20%'],
      ]),
      // December's sheet repeats November's T01 row, corrected, and T02's mid-November report unchanged.
      withDates('2025年12月进度', '2025年12月31日', [
        ['T01', '2025/11/30', '42%'],
        ['T01', null, '55%'],
        ['T02', '2025/11/15', '20%'],
      ]),
    ]);
    const read = readSheet({
      bytes: book,
      url: '/data/台账.xlsx',
      contentType: XLSX,
      spec: progressSpec,
      wanted: ['对象编号', '日期', '完成率'],
    });
    expect(read.rows.map((r) => [r.对象编号, r.日期, r.完成率])).toEqual([
      ['T01', '2025/11/30', '42%'],
      ['T02', '2025/11/15', '20%'],
      ['T01', '2025-12-31', '55%'],
    ]);
    // Each row points at the sheet and the row Excel shows where it was last written.
    expect(read.rowSheets).toEqual(['2025年12月进度', '2025年12月进度', '2025年12月进度']);
    expect(read.excelRows).toEqual([4, 6, 5]);
    expect(read.asOf).toBe('2025年12月31日');
  });

  it('refuses, by name, a workbook with no sheet of the pattern', () => {
    const book = writeXlsx([tasksSheet]);
    expect(() =>
      readSheet({ bytes: book, url: '/a.xlsx', contentType: XLSX, spec: progressSpec, wanted: ['对象编号'] }),
    ).toThrow(new SheetError('no sheet named like "{yyyy}年{M}月进度" (the workbook has: "任务")'));
  });
});
