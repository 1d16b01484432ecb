import { http, HttpResponse, type RequestHandler } from 'msw';
import { MOCK_LATEST } from '../as-of';
import type { Fixtures } from '../fixtures';
import { groupedNumber, slashDate } from './formats';
import { ledgerRows, reportRows } from './ledger';
import { NO_STORE, type Snapshot } from './shared';

/*
 * A district ledger of the RuoYi kind (若依): `{ code, msg, rows, total }`, pinyin keys, dates as
 * 2021年6月30日 or 2021/6/30, rates as "55%", numbers as "1,234.5". Unlike the other mocks it keeps no
 * dated snapshots: every answer is its WHOLE history and any date parameter is ignored; it says no
 * as-of date. It has no work items and no projects. Indicators come as one row per indicator and year,
 * each a target (目标) or an actual (实际). Tasks carry the ledger's own status column (rwzt).
 * Built from the canonical fixtures, so the dashboard's cut at any date gives the canonical figures.
 */

type Row = Record<string, unknown>;

const answer = (list: Row[]) =>
  HttpResponse.json({ code: 200, msg: '查询成功', total: list.length, rows: list } as never, {
    headers: NO_STORE,
  });

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The ledger's own status at its latest data: its clerks' rule, not the dashboard's. */
function ledgerStatus(t: Snapshot['tasks'][number]): string {
  if (t.completedOn) return '已完成';
  const latest = t.progress?.at(-1)?.percent ?? 0;
  const elapsed = Math.min(
    1,
    Math.max(0, (ms(MOCK_LATEST) - ms(t.start)) / Math.max(DAY, ms(t.due) - ms(t.start))),
  );
  // Clerks mark a task 滞后 only when it trails time by more than a quarter.
  return latest < elapsed * 100 - 25 ? '滞后' : '推进中';
}

export const ruoyiRows = {
  tasks: (s: Snapshot): Row[] =>
    ledgerRows.tasks(s).map((row, i) => {
      const t = s.tasks[i]!;
      // Due dates as a spreadsheet-minded clerk types them; the rest in full Chinese form.
      return { ...row, jsrq: slashDate(t.due), rwzt: ledgerStatus(t) };
    }),
  /** Every report of every task, by report date (汇报日期), 2021/6/30 style. */
  reports: (s: Snapshot): Row[] => reportRows(s.tasks, 'hbrq', slashDate),
  milestones: (s: Snapshot): Row[] => ledgerRows.milestones({ ...s, workItems: [] }),
  indicators: (s: Snapshot): Row[] => ledgerRows.indicators(s),
  /** One row per indicator and year: a target (its period's last year) or an actual (the year's last figure). */
  yearly: (s: Snapshot): Row[] =>
    s.indicators.flatMap((i) => {
      const targets = (i.targets ?? []).map((t) => ({
        zbbh: i.id,
        nd: t.period.end.slice(0, 4),
        lx: '目标',
        z: groupedNumber(t.value),
      }));
      const lastOfYear = new Map<string, number>();
      for (const o of i.observations ?? []) lastOfYear.set(o.date.slice(0, 4), o.value);
      const actuals = [...lastOfYear].map(([year, value]) => ({
        zbbh: i.id,
        nd: year,
        lx: '实际',
        z: groupedNumber(value),
      }));
      return [...targets, ...actuals];
    }),
};

/** GET endpoints under /foreign/ruoyi. */
export const RUOYI_PATHS = {
  plan: 'dbdb/fa',
  units: 'dbdb/dw/list',
  tasks: 'dbdb/rw/list',
  reports: 'dbdb/jdhb/list',
  milestones: 'dbdb/jdjh/list',
  indicators: 'dbdb/zb/list',
  yearly: 'dbdb/zb/nd',
} as const;

export function ruoyiHandlers(data: Fixtures, root: string): RequestHandler[] {
  const base = `${root}/foreign/ruoyi`;
  // The whole history, whatever the request asks: no date parameter is read.
  const s: Snapshot = { asOf: MOCK_LATEST, ...data };
  const list = (path: string, build: () => Row[]) => http.get(`${base}/${path}`, () => answer(build()));
  return [
    http.get(`${base}/${RUOYI_PATHS.plan}`, () =>
      HttpResponse.json({ code: 200, msg: '查询成功', data: ledgerRows.plan(s) } as never, {
        headers: NO_STORE,
      }),
    ),
    list(RUOYI_PATHS.units, () => ledgerRows.units(s)),
    list(RUOYI_PATHS.tasks, () => ruoyiRows.tasks(s)),
    list(RUOYI_PATHS.reports, () => ruoyiRows.reports(s)),
    list(RUOYI_PATHS.milestones, () => ruoyiRows.milestones(s)),
    list(RUOYI_PATHS.indicators, () => ruoyiRows.indicators(s)),
    list(RUOYI_PATHS.yearly, () => ruoyiRows.yearly(s)),
  ];
}
