// `npm run bench [-- --rows 10000 --runs 5]`: how long mapping + validating a big task list takes, with the
// example mappings (examples/*.config.json) and the same code the app runs in its mapping worker.
// The figures go into docs/performance.md, section "Mapping".
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fixtures } from '../mock/fixtures';
import { ledgerRows } from '../mock/foreign/ledger';
import { sheetRows } from '../mock/foreign/sheet';
import { snapshotAt } from '../mock/foreign/shared';
import { parseConfig } from '../src/data/config';
import { mapAndValidate, type JobResponse, type MapJob } from '../src/data/mapping/map-resource';
import type { Mapping } from '../src/data/mapping/mapping-schema';
import { validateList } from '../src/data/validate';
import type { TaskInput } from '../src/domain/schemas';
import { writeXlsx, type OutCell } from '../src/lib/xlsx-write';
import { median } from './lib/median';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    months: { type: 'string', default: '12' },
    /** Only the cases whose label contains this text (e.g. "xlsx"). */
    only: { type: 'string', default: '' },
  },
});
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);
const MONTHS = Number(values.months);

/** 10 000 tasks made from the 15 fixture tasks, each with its last MONTHS progress reports and its milestones. */
function bigSnapshot() {
  const at = snapshotAt(fixtures, null);
  if (!at.snapshot) throw new Error('no snapshot');
  const base = at.snapshot.tasks;
  const tasks: TaskInput[] = Array.from({ length: ROWS }, (_, i) => {
    const t = base[i % base.length]!;
    const id = `T${String(i + 1).padStart(5, '0')}`;
    return {
      ...t,
      id,
      order: i + 1,
      progress: (t.progress ?? []).slice(-MONTHS),
      milestones: (t.milestones ?? []).map((m, k) => ({ ...m, id: `${id}-M${k + 1}` })),
    };
  });
  return { ...at.snapshot, tasks, workItems: [] };
}

const snapshot = bigSnapshot();
const reports = snapshot.tasks.reduce((n, t) => n + (t.progress?.length ?? 0), 0);

function config(name: string) {
  return parseConfig(
    JSON.parse(readFileSync(new URL(`../examples/${name}.config.json`, import.meta.url), 'utf8')),
    name,
  );
}

const text = (name: string, value: unknown): JobResponse => ({
  name,
  text: JSON.stringify(value),
  status: 200,
  contentType: 'application/json',
  shownUrl: `/bench/${name}`,
});

const envelope = (rows: unknown[]) => ({
  code: 200,
  msg: '查询成功',
  total: rows.length,
  rows,
  tjrq: '2025年12月31日',
});

const cases: Array<{ label: string; mapping: Mapping; responses: JobResponse[] }> = [
  {
    label: 'JSONata, ledger shape (examples/ledger: tasks + reports + milestones joined by id)',
    mapping: config('ledger').resources.tasks!.mapping!,
    responses: [
      text('main', envelope(ledgerRows.tasks(snapshot))),
      text('reports', envelope(ledgerRows.reports(snapshot))),
      text('milestones', envelope(ledgerRows.milestones(snapshot))),
    ],
  },
  {
    label: 'field map, spreadsheet shape (examples/sheet: three flat sheets joined by id)',
    mapping: config('sheet').resources.tasks!.mapping!,
    responses: [
      text(
        'main',
        sheetRows.tasks!(snapshot).map((r) => ({ 统计日期: '2025/12/31', ...r })),
      ),
      text('progress', sheetRows.progress!(snapshot)),
      text('milestones', sheetRows.milestones!(snapshot)),
    ],
  },
];

/** One .xlsx with the three sheets of the spreadsheet shape, dates and percentages typed as offices do. */
function workbook(): Uint8Array {
  const sheet = (name: string, rows: Record<string, string>[]) => {
    const headers = Object.keys(rows[0] ?? {});
    const cell = (v: string): OutCell => {
      const d = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
      if (d) return { date: `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}` };
      const p = /^(\d+(?:\.\d+)?)%$/.exec(v);
      return p ? { percent: Number(p[1]) / 100 } : v || null;
    };
    return {
      name,
      rows: [['统计截止：2025年12月31日'], headers, ...rows.map((r) => headers.map((h) => cell(r[h] ?? '')))],
    };
  };
  return writeXlsx([
    sheet('任务', sheetRows.tasks!(snapshot)),
    sheet('进度', sheetRows.progress!(snapshot)),
    sheet('里程碑', sheetRows.milestones!(snapshot)),
  ]);
}

const book = workbook();
const sheetResponse = (name: string, sheetName: string): JobResponse => ({
  name,
  text: '',
  bytes: [book],
  status: 200,
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  shownUrl: '/bench/台账.xlsx',
  sheet: { name: sheetName, asOfCell: 'A1' },
});
cases.push({
  label: `.xlsx workbook (${Math.round(book.byteLength / 1024)} KB, examples/excel mapping: three sheets read, mapped, validated)`,
  mapping: (() => {
    const c = JSON.parse(
      readFileSync(new URL('../examples/excel/excel.config.json', import.meta.url), 'utf8'),
    );
    return parseConfig(c, 'excel').resources.tasks!.mapping!;
  })(),
  responses: [
    sheetResponse('main', '任务'),
    sheetResponse('progress', '进度'),
    sheetResponse('milestones', '里程碑'),
  ],
});

async function time(fn: () => Promise<unknown> | unknown): Promise<number[]> {
  await fn(); // warm-up: JIT, schema and expression compilation
  const out: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `mapping bench — ${new Date().toISOString().slice(0, 10)}, ${cpu} (${cpus().length} threads), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  console.log(
    `${ROWS} task rows, ${reports} progress reports (${MONTHS} months each), median of ${RUNS} runs after a warm-up\n`,
  );
  const canonical = JSON.stringify({
    meta: { asOf: '2025-12-31', source: 'bench', generatedAt: '2025-12-31T18:00:00+08:00' },
    data: snapshot.tasks,
  });
  const validation = await time(() => validateList('tasks', '/bench', JSON.parse(canonical), 0));
  console.log(
    `| canonical API, no mapping (JSON.parse + row validation only) | ${Math.round(median(validation))} ms |`,
  );
  for (const c of cases.filter((x) => x.label.includes(values.only))) {
    const job: MapJob = {
      resource: 'tasks',
      mapping: c.mapping,
      responses: c.responses,
      requestedAsOf: null,
      today: '2025-12-31',
      defaultSource: 'bench',
      receivedAt: 0,
    };
    let kept = 0;
    const runs = await time(async () => {
      const r = await mapAndValidate(job);
      kept = r.report.kept;
    });
    if (kept !== ROWS) throw new Error(`${c.label}: kept ${kept} of ${ROWS}`);
    console.log(
      `| ${c.label} | ${Math.round(median(runs))} ms (min ${Math.round(Math.min(...runs))}, max ${Math.round(Math.max(...runs))}) |`,
    );
  }
}

void main();
