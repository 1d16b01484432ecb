import {
  behindCount,
  countStatuses,
  daysBetween,
  type AssessedIndicator,
  type AssessedWorkItem,
  type PlanAssessment,
  type StatusCounts,
} from '../../domain/metrics';
import type { StatusCode } from '../../domain/codes';
import type { IsoDate, Plan, Programme, WorkArea } from '../../domain/schemas';

export interface ProgrammeItem extends AssessedWorkItem {
  area: WorkArea | undefined;
  /** "1.3": area order, item order. */
  no: string;
  /** Judged by indicators at the programme's year end rather than at the as-of date. */
  atYearEnd: boolean;
}

export interface AreaGroup {
  area: WorkArea;
  /** Every item of the area, before the status filter. */
  counts: StatusCounts;
  noData: number;
  items: ProgrammeItem[];
}

export type Timeliness =
  | { kind: 'onTime'; date: IsoDate }
  | { kind: 'late'; date: IsoDate; days: number }
  | { kind: 'open' }
  | { kind: 'none' };

export interface TargetRow {
  key: string;
  item: ProgrammeItem;
  ind: AssessedIndicator;
}

/** The programme of that year, else the first one the plan holds. */
export function pickProgramme(plan: Plan, year = 2021): Programme | null {
  return plan.programmes.find((p) => p.year === year) ?? plan.programmes[0] ?? null;
}

export const programmeYearEnd = (programme: Programme): IsoDate => `${programme.year}-12-31`;

/**
 * A yearly programme's targets are that year's: judged later, an indicator would be held to a later
 * year's target. So the targets are read at the year end, or earlier when the as-of date is earlier.
 */
export function evaluationDate(asOf: IsoDate, programme: Programme): IsoDate {
  const end = programmeYearEnd(programme);
  return asOf < end ? asOf : end;
}

const ORDINALS_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** "一、" in Chinese, as the seed numbers its sections; "1. " in English: either is followed directly by the name. */
export function areaOrdinal(order: number, lang: 'zh' | 'en'): string {
  if (lang === 'en') return `${order}. `;
  return `${ORDINALS_ZH[order - 1] ?? String(order)}、`;
}

function byAreaThenOrder(areas: readonly WorkArea[]) {
  const rank = new Map(areas.map((a) => [a.id, a.order]));
  return (x: AssessedWorkItem, y: AssessedWorkItem) =>
    (rank.get(x.item.areaId) ?? 999) - (rank.get(y.item.areaId) ?? 999) || x.item.order - y.item.order;
}

/**
 * The programme's items with their lights. Milestone items keep the light at the as-of date (a late
 * completion stays visible through its dates); items judged by indicators take `yearEnd`'s light.
 */
export function programmeItems(
  programme: Programme,
  current: PlanAssessment,
  yearEnd: PlanAssessment | null,
): ProgrammeItem[] {
  const areaById = new Map(programme.areas.map((a) => [a.id, a]));
  const atEnd = new Map((yearEnd?.workItems ?? []).map((w) => [w.item.id, w]));
  return current.workItems
    .filter((w) => w.item.programmeId === programme.id)
    .sort(byAreaThenOrder(programme.areas))
    .map((w) => {
      const area = areaById.get(w.item.areaId);
      const end = w.item.kind === 'indicator' ? atEnd.get(w.item.id) : undefined;
      const base = end ?? w;
      return { ...base, area, no: `${area?.order ?? '?'}.${w.item.order}`, atYearEnd: end !== undefined };
    });
}

/** Areas in order, each with all its items counted and the items that pass the filters. */
export function groupByArea(
  programme: Programme,
  all: readonly ProgrammeItem[],
  shown: readonly ProgrammeItem[],
): AreaGroup[] {
  return [...programme.areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => {
      const mine = all.filter((x) => x.item.areaId === area.id);
      const statuses = mine.map((x) => x.status).filter((s): s is StatusCode => s !== null);
      return {
        area,
        counts: countStatuses(statuses),
        noData: mine.length - statuses.length,
        items: shown.filter((x) => x.item.areaId === area.id),
      };
    });
}

export function filterItems(
  items: readonly ProgrammeItem[],
  areaId: string | null,
  statuses: readonly StatusCode[],
): ProgrammeItem[] {
  return items.filter(
    (x) =>
      (areaId === null || x.item.areaId === areaId) &&
      (statuses.length === 0 || (x.status !== null && statuses.includes(x.status))),
  );
}

/** Whether a milestone item finished by its due date; an item judged by indicators has no completion. */
export function timeliness(x: AssessedWorkItem, asOf: IsoDate): Timeliness {
  if (x.item.kind === 'indicator') return { kind: 'none' };
  const done =
    x.a?.completedOn ??
    (x.item.completedOn !== null && x.item.completedOn <= asOf ? x.item.completedOn : null);
  if (!done) return { kind: 'open' };
  const days = daysBetween(x.item.due, done);
  return days > 0 ? { kind: 'late', date: done, days } : { kind: 'onTime', date: done };
}

export interface ProgrammeSummary {
  items: number;
  counts: StatusCounts;
  noData: number;
  done: number;
  onTime: number;
  late: number;
  /**
   * Done items without a completion date to be on time or late: items judged by their indicators (met), so
   * 按期 + 逾期完成 + this = 已完成.
   */
  doneOther: number;
  behind: number;
}

export function summarise(items: readonly ProgrammeItem[], asOf: IsoDate): ProgrammeSummary {
  const statuses = items.map((x) => x.status).filter((s): s is StatusCode => s !== null);
  const counts = countStatuses(statuses);
  const times = items.map((x) => timeliness(x, asOf));
  const onTime = times.filter((t) => t.kind === 'onTime').length;
  const late = times.filter((t) => t.kind === 'late').length;
  return {
    items: items.length,
    counts,
    noData: items.length - statuses.length,
    done: counts.done,
    onTime,
    late,
    doneOther: Math.max(0, counts.done - onTime - late),
    behind: behindCount(counts),
  };
}

/**
 * Every indicator a programme item is judged by, read from `yearEnd` so each is held to the
 * programme year's target, in area and item order.
 */
export function targetRows(programme: Programme, yearEnd: PlanAssessment): TargetRow[] {
  return programmeItems(programme, yearEnd, yearEnd).flatMap((item) =>
    item.indicators.map((ind) => ({ key: `${item.item.id}/${ind.indicator.id}`, item, ind })),
  );
}
