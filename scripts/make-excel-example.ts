// Writes examples/excel/台账.xlsx: the demo data at its latest date as a district office keeps it in
// Excel — a title and an as-of note above each table, a two-row header with merged cells on the task
// sheet, real dates and percentages beside dates typed as text, a blank row and a 合计 row.
// Run: npx tsx scripts/make-excel-example.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fixtures } from '../mock/fixtures';
import { sheetRows } from '../mock/foreign/sheet';
import { snapshotAt } from '../mock/foreign/shared';
import { colName, writeXlsx, type OutCell, type OutSheet } from '../src/lib/xlsx-write';

const at = snapshotAt(fixtures, null);
if (!at.ok || !at.snapshot) throw new Error('no snapshot');
const s = at.snapshot;
const [y, m, d] = s.asOf.split('-').map(Number);
const NOTE = `统计截止：${y}年${m}月${d}日`;

/** Cells as an office types them: real dates and percentages, numbers as numbers; `asText` columns kept as typed. */
function typed(v: string, asText: boolean): OutCell {
  if (v === '') return null;
  if (asText) return v;
  let x = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (x) return { date: `${x[1]}-${x[2]!.padStart(2, '0')}-${x[3]!.padStart(2, '0')}` };
  x = /^(-?\d+(?:\.\d+)?)%$/.exec(v);
  if (x) return { percent: Number(x[1]) / 100 };
  if (/^-?\d{1,3}(,\d{3})*(\.\d+)?$/.test(v)) return Number(v.replaceAll(',', ''));
  return v;
}

/** A table with a title row and the as-of note above its header (row 3). */
function table(
  name: string,
  title: string,
  rows: Record<string, string>[],
  opts: { text?: string[]; totals?: string } = {},
): OutSheet {
  const headers = Object.keys(rows.reduce((all, r) => ({ ...all, ...r }), {}));
  const text = new Set(opts.text ?? []);
  const body = rows.map((r) =>
    headers.map((h) =>
      typed(
        r[h] ?? '',
        text.has(h) || (['编号', '序号'].some((k) => h.endsWith(k)) && !/^\d+$/.test(r[h] ?? '')),
      ),
    ),
  );
  const out: OutCell[][] = [[title], [NOTE], headers, ...body];
  if (opts.totals) {
    const c = headers.indexOf(opts.totals);
    const sum = body.reduce((acc, r) => acc + (typeof r[c] === 'number' ? (r[c] as number) : 0), 0);
    out.push(
      [],
      Object.assign(
        headers.map(() => null as OutCell),
        { 0: '合计', [c]: Math.round(sum * 100) / 100 },
      ),
    );
  }
  return {
    name,
    rows: out,
    frozenRows: 3,
    boldRows: [1, 3],
    merges: [`A1:${colName(Math.max(0, headers.length - 1))}1`],
    widths: headers.map((h) => Math.min(40, Math.max(10, h.length * 2 + 4))),
  };
}

/** The task sheet: a two-row header, 计划时间 over its two dates, the rest merged down both rows. */
function taskSheet(): OutSheet {
  const rows = sheetRows.tasks!(s);
  const headers = Object.keys(rows[0]!);
  const top = headers.map((h) => (h === '开始日期' ? '计划时间' : h === '完成期限' ? null : h));
  const second = headers.map((h) => (h === '开始日期' || h === '完成期限' ? h : null));
  const body = rows.map((r) =>
    headers.map((h) => typed(r[h] ?? '', h === '序号' ? false : h.endsWith('编号'))),
  );
  // A blank row in the middle, as left by a deleted task.
  body.splice(8, 0, []);
  const start = headers.indexOf('开始日期');
  return {
    name: '任务',
    rows: [['大零号湾科技创新策源功能区 任务台账'], [NOTE], top, second, ...body],
    frozenRows: 4,
    boldRows: [1, 3, 4],
    merges: [
      `A1:${colName(headers.length - 1)}1`,
      ...headers.flatMap((h, i) =>
        h === '开始日期' || h === '完成期限' ? [] : [`${colName(i)}3:${colName(i)}4`],
      ),
      `${colName(start)}3:${colName(start + 1)}3`,
    ],
    widths: headers.map((h) => (h.includes('名称') || h.includes('理由') ? 36 : 12)),
  };
}

const sheets: OutSheet[] = [
  {
    name: '说明',
    rows: [
      ['大零号湾建设推进台账（示例）'],
      ['每月由各牵头单位填报，统计截止日写在每张表的第 2 行。'],
      ['日期可写作 2021/6/30、2021年6月30日或 Excel 日期；完成率可写作 62%、0.62（百分比格式）或 62。'],
    ],
    widths: [100],
  },
  table('方案', '方案结构', sheetRows.plan!(s)),
  table('单位', '责任单位', sheetRows.units!(s)),
  taskSheet(),
  table('进度', '任务与工作进度', sheetRows.progress!(s)),
  table('里程碑', '里程碑节点', sheetRows.milestones!(s), { text: ['计划日期', '实际日期'] }),
  table('指标', '指标', sheetRows.indicators!(s)),
  table('目标', '指标目标', sheetRows.targets!(s)),
  table('轨迹', '目标轨迹', sheetRows.trajectory!(s)),
  table('观测', '指标实际值', sheetRows.observations!(s)),
  table('工作', '年度工作', sheetRows['work-items']!(s)),
  table('项目', '重点项目', sheetRows.projects!(s), { totals: '面积' }),
  table('项目状态', '项目状态', sheetRows['project-status']!(s)),
];

mkdirSync('examples/excel', { recursive: true });
writeFileSync('examples/excel/台账.xlsx', writeXlsx(sheets));
console.log(`wrote examples/excel/台账.xlsx (${sheets.length} sheets, as of ${s.asOf})`);
