// Writes examples/excel/台账.xlsx: the demo data at its latest date as a district office keeps it in
// Excel — a title and an as-of note above each table, a two-row header with merged cells on the task
// sheet, real dates and percentages beside dates typed as text, a blank row and a 合计 row, and the
// progress reports as a sheet per month (2025年12月进度 …), each dated by its month.
// Also writes the ledger template an office fills in (examples/excel/台账模板.xlsx, the same file as
// public/ledger-template.xlsx that /data-health offers) and its config (examples/excel/template.config.json):
// the plan's structure filled in, the monthly sheets empty, drop-down lists, instructions in Chinese.
// Run: npx tsx scripts/make-excel-example.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The progress reports as offices keep them: one sheet per month, the tab saying the month. */
function monthSheets(): OutSheet[] {
  const byMonth = new Map<string, Record<string, string>[]>();
  for (const r of sheetRows.progress!(s)) {
    const [yy, mm, dd] = (r['日期'] ?? '').split('/').map(Number) as [number, number, number];
    // The date column is filled only for a report made before the month's end.
    const monthEnd = new Date(Date.UTC(yy, mm, 0)).getUTCDate() === dd;
    const key = `${yy}年${mm}月`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), { ...r, 日期: monthEnd ? '' : (r['日期'] ?? '') }]);
  }
  return [...byMonth].map(([month, rows]) => {
    const sheet = table(`${month}进度`, `${month} 任务与工作进度`, rows);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, -1)), 0)).getUTCDate();
    sheet.rows[1] = [`统计截止：${month}${last}日`];
    return sheet;
  });
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
  ...monthSheets(),
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

// ---- The template ----

const TEMPLATE_NOTE = '统计截止日期填在“填报说明”表的 B2 单元格';
const FIRST = 4;
const LAST = 2000;
const STATUS = ['已完成', '正常推进', '关注', '滞后', '逾期'];
const FUNCTIONS = ['C', 'T', 'O', 'C、T', 'C、O', 'T、O', 'C、T、O'];

/** A sheet of the template: header in row 3, the structure's rows (or none, to fill in), drop-downs by header. */
function templateSheet(
  name: string,
  rows: Record<string, string>[],
  lists: Record<string, { values?: string[]; source?: string }> = {},
  keepRows = true,
): OutSheet {
  const sheet = table(name, name, keepRows ? rows : [], { text: [] });
  const headers = Object.keys(rows.reduce((all, r) => ({ ...all, ...r }), {}));
  sheet.rows[1] = [TEMPLATE_NOTE];
  sheet.rows[2] = headers;
  sheet.lists = Object.entries(lists).map(([h, l]) => {
    const c = colName(headers.indexOf(h));
    if (c === '@') throw new Error(`${name}: no column ${h}`);
    return { range: `${c}${FIRST}:${c}${LAST}`, ...l };
  });
  return sheet;
}

const units = s.units.length;
const unitList = { source: `单位!$A$${FIRST}:$A$${FIRST + units - 1}` };
const aspects = { values: s.plan.aspects.map((a) => a.id) };
const instructions: OutCell[][] = [
  ['大零号湾建设推进台账 填报模板'],
  ['统计截止日期', { date: s.asOf }],
  [],
  ['填报说明'],
  ['1. 每月填报一次：先把 B2 改为本月统计截止日期，再更新各表。'],
  ['2. 请勿改动工作表名称和第 3 行的列标题，仪表盘按它们读取数据；可以在表格下方增加行。'],
  ['3. “方案”“单位”“任务”“里程碑”“指标”“目标”“轨迹”“工作”“项目”各表已按实施方案填好，如有调整直接修改。'],
  ['4. “进度”表：每个任务或工作每月一行，填对象编号、日期、完成率（如 62%）和说明。'],
  ['5. “观测”表：每个指标每次统计一行，填指标编号、日期和实际值；“项目状态”表：项目状态变化时一行。'],
  ['6. 日期可写作 2026/1/31、2026年1月31日，或使用 Excel 日期格式；数字可带千分位（2,100）。'],
  ['7. 服务功能填 C（策源）、T（转化）、O（开放），多个用顿号分隔，如 C、T。'],
  ['8. 人工状态只在需要人工认定时填写（已完成、正常推进、关注、滞后、逾期），并必须填写理由和设定日期。'],
  ['9. 填好后保存为 .xlsx（不要设置密码），复制到网站的 data 文件夹，文件名为 台账.xlsx。'],
];
const template: OutSheet[] = [
  { name: '填报说明', rows: instructions, widths: [16, 100], boldRows: [1, 4] },
  templateSheet('方案', sheetRows.plan!(s)),
  templateSheet('单位', sheetRows.units!(s), {
    单位类型: { values: ['市级部门', '区级部门', '高校', '企业', '委员会', '平台', '其他'] },
  }),
  templateSheet('任务', sheetRows.tasks!(s), {
    所属方面: aspects,
    服务功能: { values: FUNCTIONS },
    牵头单位: unitList,
    人工状态: { values: STATUS },
  }),
  templateSheet('进度', sheetRows.progress!(s), {}, false),
  templateSheet('里程碑', sheetRows.milestones!(s)),
  templateSheet('指标', sheetRows.indicators!(s), {
    服务功能: { values: FUNCTIONS },
    指标类型: { values: ['年度新增', '存量', '累计', '比率', '里程碑'] },
    方向: { values: ['越高越好', '越低越好'] },
  }),
  templateSheet('目标', sheetRows.targets!(s)),
  templateSheet('轨迹', sheetRows.trajectory!(s)),
  templateSheet('观测', sheetRows.observations!(s), {}, false),
  templateSheet('工作', sheetRows['work-items']!(s), { 牵头单位: unitList, 人工状态: { values: STATUS } }),
  templateSheet('项目', sheetRows.projects!(s), { 服务功能: { values: FUNCTIONS }, 牵头单位: unitList }),
  templateSheet(
    '项目状态',
    sheetRows['project-status']!(s),
    { 状态: { values: ['规划中', '在建', '运营中', '已竣工', '暂停'] } },
    false,
  ),
];
// The template holds the structure, not the monthly figures: no completion dates or manual statuses yet.
for (const sheet of template.filter((t) => t.name === '任务' || t.name === '工作')) {
  const headers = sheet.rows[2] as string[];
  const blank = ['实际完成日期', '人工状态', '人工状态理由', '设定人', '设定日期'].map((h) =>
    headers.indexOf(h),
  );
  for (const row of sheet.rows.slice(3)) for (const c of blank) if (c >= 0) row[c] = null;
}
const MONTHLY_PROGRESS = `"name": "{yyyy}年{M}月进度",
            "asOfCell": "A2",
            "key": ["对象编号"]`;
const bytes = writeXlsx(template);
writeFileSync('examples/excel/台账模板.xlsx', bytes);
writeFileSync('public/ledger-template.xlsx', bytes);
// The template keeps one 进度 sheet with a date column (a sheet per month is the office's choice).
const config = readFileSync('examples/excel/excel.config.json', 'utf8')
  .replaceAll(MONTHLY_PROGRESS, '"name": "进度",\n            "asOfCell": "A2"')
  .replaceAll('"asOfCell": "A2"', '"asOfCell": "填报说明!B2"');
writeFileSync('examples/excel/template.config.json', config);
console.log(
  'wrote examples/excel/台账模板.xlsx, public/ledger-template.xlsx and examples/excel/template.config.json',
);
