import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Fixtures } from '../fixtures';
import {
  cnDate,
  cnMonthOrDate,
  DIRECTION_ZH,
  groupedNumber,
  INDICATOR_KIND_ZH,
  orBlank,
  percentText,
  PROJECT_KIND_ZH,
  PROJECT_STATUS_ZH,
  STATUS_ZH,
  UNIT_KIND_ZH,
  WORK_KIND_ZH,
} from './formats';
import { FOREIGN_CREDENTIALS, NO_STORE, snapshotAt, type Snapshot, type Tracked } from './shared';

/*
 * A district ledger system (台账系统) in the style of many Chinese government back ends:
 * `{ code, msg, rows, total }` with HTTP 200 even for errors, pinyin-initial field names
 * (rwbh = 任务编号, qtdw = 牵头单位, wcl = 完成率 …), dates as 2021年6月30日 or reporting months
 * (2021年6月), rates as "85%", numbers as "2,100". Tasks, their progress reports (进度汇报) and
 * milestones (节点计划) are three endpoints; the task list is a POST with a JSON body.
 * Auth: `Authorization: Bearer zerobay-ledger-demo-token`. As-of: `jzrq=20210630` (截止日期).
 */

type Row = Record<string, unknown>;

const ok = (s: Snapshot, body: Row) =>
  HttpResponse.json({ code: 200, msg: '查询成功', ...body, tjrq: cnDate(s.asOf) } as never, {
    headers: NO_STORE,
  });
const rows = (s: Snapshot, list: Row[]) => ok(s, { total: list.length, rows: list });

function manual(t: Tracked): Row {
  const m = t.manualStatus;
  return {
    rgzt: m ? STATUS_ZH[m.status] : '',
    rgyy: m?.reason ?? '',
    rgszr: m?.setBy ?? '',
    rgsj: m ? cnDate(m.setAt) : '',
  };
}

/** Progress reports keyed by dxbh (对象编号), their date in column `dateColumn` as `formatDate` writes it. */
export const reportRows = (
  items: Tracked[],
  dateColumn: string,
  formatDate: (iso: string) => string,
): Row[] =>
  items.flatMap((t) =>
    (t.progress ?? []).map((p) => ({
      dxbh: t.id,
      [dateColumn]: formatDate(p.date),
      wcl: percentText(p.percent),
      jzqk: p.note ?? '',
      ywjzqk: p.noteEn ?? '',
    })),
  );

export const ledgerRows = {
  plan: (s: Snapshot): Row => {
    const p = s.plan;
    return {
      fabh: p.id,
      famc: p.name,
      ywmc: p.nameEn ?? '',
      jc: p.shortName ?? '',
      ywjc: p.shortNameEn ?? '',
      qsrq: cnDate(p.period.start),
      jzrq: cnDate(p.period.end),
      pzrq: orBlank(p.adoptedOn, cnDate),
      gnlb: p.functions.map((f) => ({
        gndm: f.code,
        gnmc: f.name,
        ywmc: f.nameEn ?? '',
        gnsm: f.description,
        ywsm: f.descriptionEn ?? '',
      })),
      fmlb: p.aspects.map((a) => ({ fmbh: a.id, xh: String(a.order), fmmc: a.name, ywmc: a.nameEn ?? '' })),
      bzcs: p.safeguards.map((g) => ({
        csbh: g.id,
        csmc: g.name,
        ywmc: g.nameEn ?? '',
        cssm: g.description ?? '',
      })),
      ndjh: p.programmes.map((g) => ({
        jhbh: g.id,
        nd: String(g.year),
        jhmc: g.name,
        ywmc: g.nameEn ?? '',
        gzly: g.areas.map((a) => ({ lybh: a.id, xh: String(a.order), lymc: a.name, ywmc: a.nameEn ?? '' })),
      })),
    };
  },
  units: (s: Snapshot): Row[] =>
    s.units.map((u) => ({
      dwbh: u.id,
      dwmc: u.name,
      ywmc: u.nameEn ?? '',
      dwjc: u.shortName,
      ywjc: u.shortNameEn ?? '',
      dwlx: UNIT_KIND_ZH[u.kind],
    })),
  tasks: (s: Snapshot): Row[] =>
    s.tasks.map((t) => ({
      rwbh: t.id,
      xh: String(t.order),
      fmbh: t.aspectId,
      rwmc: t.name,
      ywmc: t.nameEn ?? '',
      gnfl: t.functions.join(','),
      qtdw: t.leadUnitId,
      phdw: (t.coUnitIds ?? []).join(','),
      ksrq: cnDate(t.start),
      jsrq: cnDate(t.due),
      wcrq: orBlank(t.completedOn, cnDate),
      // The ledger shows the latest progress on the list too; the mapping reads the full history instead.
      dqjd: percentText(t.progress?.at(-1)?.percent ?? 0),
      ...manual(t),
    })),
  /** Progress reports of tasks and programme items alike, by reporting month (汇报月份). */
  reports: (s: Snapshot): Row[] => reportRows([...s.tasks, ...s.workItems], 'hbyf', cnMonthOrDate),
  milestones: (s: Snapshot): Row[] =>
    [...s.tasks, ...s.workItems].flatMap((t) =>
      (t.milestones ?? []).map((m) => ({
        dxbh: t.id,
        jdbh: m.id,
        jdmc: m.name,
        ywmc: m.nameEn ?? '',
        jhrq: cnDate(m.planned),
        sjrq: orBlank(m.actual, cnDate),
      })),
    ),
  indicators: (s: Snapshot): Row[] =>
    s.indicators.map((i) => ({
      zbbh: i.id,
      zbmc: i.name,
      ywmc: i.nameEn ?? '',
      jldw: i.unit,
      ywjldw: i.unitEn ?? '',
      gnfl: i.functions.join(','),
      glrw: i.taskId ?? '',
      glgz: i.workItemId ?? '',
      zblx: INDICATOR_KIND_ZH[i.kind],
      zbfx: DIRECTION_ZH[i.direction ?? 'higher'],
      sjly: i.source ?? '',
    })),
  targets: (s: Snapshot): Row[] =>
    s.indicators.flatMap((i) =>
      (i.targets ?? []).map((t, k) => ({
        zbbh: i.id,
        mbbh: `${i.id}-${k + 1}`,
        qsrq: cnDate(t.period.start),
        jzrq: cnDate(t.period.end),
        bq: t.label ?? '',
        mbz: groupedNumber(t.value),
        bz: t.note ?? '',
      })),
    ),
  trajectory: (s: Snapshot): Row[] =>
    s.indicators.flatMap((i) =>
      (i.targets ?? []).flatMap((t, k) =>
        (t.trajectory ?? []).map((p) => ({
          mbbh: `${i.id}-${k + 1}`,
          rq: cnDate(p.date),
          mbz: groupedNumber(p.value),
        })),
      ),
    ),
  observations: (s: Snapshot): Row[] =>
    s.indicators.flatMap((i) =>
      (i.observations ?? []).map((o) => ({
        zbbh: i.id,
        tjrq: cnMonthOrDate(o.date),
        sjz: groupedNumber(o.value),
        bz: o.note ?? '',
      })),
    ),
  workItems: (s: Snapshot): Row[] =>
    s.workItems.map((w) => ({
      gzbh: w.id,
      jhbh: w.programmeId,
      lybh: w.areaId,
      xh: String(w.order),
      gzmc: w.name,
      ywmc: w.nameEn ?? '',
      gzlx: WORK_KIND_ZH[w.kind],
      glzb: (w.indicatorIds ?? []).join(','),
      qtdw: w.leadUnitId ?? '',
      ksrq: cnDate(w.start),
      jsrq: cnDate(w.due),
      wcrq: orBlank(w.completedOn, cnDate),
      ...manual(w),
    })),
  projects: (s: Snapshot): Row[] =>
    s.projects.map((p) => ({
      xmbh: p.id,
      xmmc: p.name,
      ywmc: p.nameEn ?? '',
      xmlx: PROJECT_KIND_ZH[p.kind],
      gnfl: (p.functions ?? []).join(','),
      qtdw: p.leadUnitId ?? '',
      xmjj: p.description ?? '',
      jd: p.location ? String(p.location.lng) : '',
      wd: p.location ? String(p.location.lat) : '',
      jsgm: p.area ? groupedNumber(p.area.value) : '',
      gmdw: p.area?.unit ?? '',
    })),
  projectStatus: (s: Snapshot): Row[] =>
    s.projects.flatMap((p) =>
      (p.statusHistory ?? []).map((h) => ({
        xmbh: p.id,
        rq: cnDate(h.date),
        zt: PROJECT_STATUS_ZH[h.status],
        sm: h.note ?? '',
      })),
    ),
};

type LedgerList = Exclude<keyof typeof ledgerRows, 'plan'>;

/** GET endpoints under /foreign/ledger/api (the task list is a POST, below). */
export const LEDGER_PATHS: Record<LedgerList, string> = {
  units: 'dw/list',
  tasks: 'rw/list',
  reports: 'jdhb/list',
  milestones: 'jdjh/list',
  indicators: 'zb/list',
  targets: 'zb/mb',
  trajectory: 'zb/gj',
  observations: 'zb/sj',
  workItems: 'gz/list',
  projects: 'xm/list',
  projectStatus: 'xm/zt',
};

const denied = () =>
  HttpResponse.json({ code: 401, msg: '未登录或令牌已过期', rows: [], total: 0 } as never, {
    headers: NO_STORE,
  });

function authorised(request: Request): boolean {
  return request.headers.get('authorization') === `Bearer ${FOREIGN_CREDENTIALS.ledgerToken}`;
}

function answer(data: Fixtures, raw: string | null, build: (s: Snapshot) => Response): Response {
  const at = snapshotAt(data, raw);
  if (!at.ok || !at.snapshot)
    return HttpResponse.json({ code: 500, msg: `截止日期格式错误：${raw ?? ''}` } as never, {
      headers: NO_STORE,
    });
  return build(at.snapshot);
}

export function ledgerHandlers(data: Fixtures, root: string): RequestHandler[] {
  const base = `${root}/foreign/ledger/api`;
  const get = (path: string, build: (s: Snapshot) => Response) =>
    http.get(`${base}/${path}`, ({ request }) =>
      authorised(request) ? answer(data, new URL(request.url).searchParams.get('jzrq'), build) : denied(),
    );
  return [
    get('fa/xq', (s) => ok(s, { data: ledgerRows.plan(s) })),
    http.post(`${base}/${LEDGER_PATHS.tasks}`, async ({ request }) => {
      if (!authorised(request)) return denied();
      let body: { jzrq?: unknown };
      try {
        body = (await request.json()) as { jzrq?: unknown };
      } catch {
        return HttpResponse.json({ code: 400, msg: '请求体不是JSON' } as never, { headers: NO_STORE });
      }
      return answer(data, typeof body.jzrq === 'string' ? body.jzrq : null, (s) =>
        rows(s, ledgerRows.tasks(s)),
      );
    }),
    ...(Object.keys(LEDGER_PATHS) as LedgerList[])
      .filter((k) => k !== 'tasks')
      .map((k) => get(LEDGER_PATHS[k], (s) => rows(s, ledgerRows[k](s)))),
  ];
}
