import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Fixtures } from '../fixtures';
import {
  DIRECTION_ZH,
  groupedNumber,
  INDICATOR_KIND_ZH,
  orBlank,
  percentText,
  PROJECT_KIND_ZH,
  PROJECT_STATUS_ZH,
  slashDate,
  STATUS_ZH,
  UNIT_KIND_ZH,
  WORK_KIND_ZH,
} from './formats';
import { FOREIGN_CREDENTIALS, NO_STORE, snapshotAt, type Snapshot, type Tracked } from './shared';

/*
 * A spreadsheet exported as JSON: each sheet one flat array of rows, the column headers in Chinese,
 * every cell text, dates as 2021/6/30, rates as "85%", numbers as "2,100", lists as "C、T", an empty
 * cell as "". Every row repeats the sheet's 统计日期 (as-of date). One sheet per table: tasks,
 * progress, milestones … linked by their 编号 columns.
 * Auth: `?appkey=zerobay-sheet-demo-key`. As-of: `?date=2021/6/30`.
 */

type Row = Record<string, string>;

const list = (xs: readonly string[] | undefined) => (xs ?? []).join('、');

function manual(t: Tracked): Row {
  const m = t.manualStatus;
  return {
    人工状态: m ? STATUS_ZH[m.status] : '',
    人工状态理由: m?.reason ?? '',
    设定人: m?.setBy ?? '',
    设定日期: orBlank(m?.setAt, slashDate),
  };
}

export const sheetRows: Record<string, (s: Snapshot) => Row[]> = {
  /** The plan's structure flattened to one sheet, one row per element, told apart by 类别. */
  plan: (s) => {
    const p = s.plan;
    return [
      {
        类别: '方案',
        编号: p.id,
        名称: p.name,
        英文名称: p.nameEn ?? '',
        简称: p.shortName ?? '',
        英文简称: p.shortNameEn ?? '',
        开始日期: slashDate(p.period.start),
        结束日期: slashDate(p.period.end),
      },
      ...p.functions.map((f) => ({
        类别: '核心功能',
        编号: f.code,
        名称: f.name,
        英文名称: f.nameEn ?? '',
        说明: f.description,
        英文说明: f.descriptionEn ?? '',
      })),
      ...p.aspects.map((a) => ({
        类别: '方面',
        编号: a.id,
        序号: String(a.order),
        名称: a.name,
        英文名称: a.nameEn ?? '',
      })),
      ...p.safeguards.map((g) => ({
        类别: '保障举措',
        编号: g.id,
        名称: g.name,
        英文名称: g.nameEn ?? '',
        说明: g.description ?? '',
      })),
      ...p.programmes.map((g) => ({
        类别: '年度计划',
        编号: g.id,
        年度: String(g.year),
        名称: g.name,
        英文名称: g.nameEn ?? '',
      })),
      ...p.programmes.flatMap((g) =>
        g.areas.map((a) => ({
          类别: '工作领域',
          编号: a.id,
          所属计划: g.id,
          序号: String(a.order),
          名称: a.name,
          英文名称: a.nameEn ?? '',
        })),
      ),
    ];
  },
  units: (s) =>
    s.units.map((u) => ({
      单位编号: u.id,
      单位名称: u.name,
      英文名称: u.nameEn ?? '',
      简称: u.shortName,
      英文简称: u.shortNameEn ?? '',
      单位类型: UNIT_KIND_ZH[u.kind],
    })),
  tasks: (s) =>
    s.tasks.map((t) => ({
      任务编号: t.id,
      序号: String(t.order),
      所属方面: t.aspectId,
      任务名称: t.name,
      英文名称: t.nameEn ?? '',
      服务功能: list(t.functions),
      牵头单位: t.leadUnitId,
      责任单位: list(t.coUnitIds),
      开始日期: slashDate(t.start),
      完成期限: slashDate(t.due),
      实际完成日期: orBlank(t.completedOn, slashDate),
      ...manual(t),
    })),
  progress: (s) =>
    [...s.tasks, ...s.workItems].flatMap((t) =>
      (t.progress ?? []).map((p) => ({
        对象编号: t.id,
        日期: slashDate(p.date),
        完成率: percentText(p.percent),
        说明: p.note ?? '',
        英文说明: p.noteEn ?? '',
      })),
    ),
  milestones: (s) =>
    [...s.tasks, ...s.workItems].flatMap((t) =>
      (t.milestones ?? []).map((m) => ({
        对象编号: t.id,
        节点编号: m.id,
        节点名称: m.name,
        英文名称: m.nameEn ?? '',
        计划日期: slashDate(m.planned),
        实际日期: orBlank(m.actual, slashDate),
      })),
    ),
  indicators: (s) =>
    s.indicators.map((i) => ({
      指标编号: i.id,
      指标名称: i.name,
      英文名称: i.nameEn ?? '',
      单位: i.unit,
      英文单位: i.unitEn ?? '',
      服务功能: list(i.functions),
      关联任务: i.taskId ?? '',
      关联工作: i.workItemId ?? '',
      指标类型: INDICATOR_KIND_ZH[i.kind],
      方向: DIRECTION_ZH[i.direction ?? 'higher'],
      数据来源: i.source ?? '',
    })),
  targets: (s) =>
    s.indicators.flatMap((i) =>
      (i.targets ?? []).map((t, k) => ({
        指标编号: i.id,
        目标编号: `${i.id}-${k + 1}`,
        开始日期: slashDate(t.period.start),
        结束日期: slashDate(t.period.end),
        标签: t.label ?? '',
        目标值: groupedNumber(t.value),
        备注: t.note ?? '',
      })),
    ),
  trajectory: (s) =>
    s.indicators.flatMap((i) =>
      (i.targets ?? []).flatMap((t, k) =>
        (t.trajectory ?? []).map((p) => ({
          目标编号: `${i.id}-${k + 1}`,
          日期: slashDate(p.date),
          计划值: groupedNumber(p.value),
        })),
      ),
    ),
  observations: (s) =>
    s.indicators.flatMap((i) =>
      (i.observations ?? []).map((o) => ({
        指标编号: i.id,
        日期: slashDate(o.date),
        实际值: groupedNumber(o.value),
        备注: o.note ?? '',
      })),
    ),
  'work-items': (s) =>
    s.workItems.map((w) => ({
      工作编号: w.id,
      年度计划: w.programmeId,
      工作领域: w.areaId,
      序号: String(w.order),
      工作名称: w.name,
      英文名称: w.nameEn ?? '',
      类型: WORK_KIND_ZH[w.kind],
      关联指标: list(w.indicatorIds),
      牵头单位: w.leadUnitId ?? '',
      开始日期: slashDate(w.start),
      完成期限: slashDate(w.due),
      实际完成日期: orBlank(w.completedOn, slashDate),
      ...manual(w),
    })),
  projects: (s) =>
    s.projects.map((p) => ({
      项目编号: p.id,
      项目名称: p.name,
      英文名称: p.nameEn ?? '',
      类型: PROJECT_KIND_ZH[p.kind],
      服务功能: list(p.functions),
      牵头单位: p.leadUnitId ?? '',
      简介: p.description ?? '',
      经度: p.location ? String(p.location.lng) : '',
      纬度: p.location ? String(p.location.lat) : '',
      面积: p.area ? groupedNumber(p.area.value) : '',
      面积单位: p.area?.unit ?? '',
    })),
  'project-status': (s) =>
    s.projects.flatMap((p) =>
      (p.statusHistory ?? []).map((h) => ({
        项目编号: p.id,
        日期: slashDate(h.date),
        状态: PROJECT_STATUS_ZH[h.status],
        说明: h.note ?? '',
      })),
    ),
};

export const SHEET_NAMES = Object.keys(sheetRows);

export function sheetHandlers(data: Fixtures, root: string): RequestHandler[] {
  return [
    http.get(`${root}/foreign/sheet/export/:sheet`, ({ request, params }) => {
      const url = new URL(request.url);
      if (url.searchParams.get('appkey') !== FOREIGN_CREDENTIALS.sheetKey) {
        return HttpResponse.json({ error: 'invalid appkey' }, { status: 401, headers: NO_STORE });
      }
      const name = String(params.sheet).replace(/\.json$/, '');
      const build = Object.prototype.hasOwnProperty.call(sheetRows, name) ? sheetRows[name] : undefined;
      if (!build) return HttpResponse.json({ error: `no sheet ${name}` }, { status: 404, headers: NO_STORE });
      const at = snapshotAt(data, url.searchParams.get('date'));
      if (!at.ok || !at.snapshot)
        return HttpResponse.json(
          { error: at.ok ? 'bad date' : at.error },
          { status: 400, headers: NO_STORE },
        );
      const stamp = slashDate(at.snapshot.asOf);
      return HttpResponse.json(build(at.snapshot).map((r) => ({ 统计日期: stamp, ...r })) as never, {
        headers: NO_STORE,
      });
    }),
  ];
}
