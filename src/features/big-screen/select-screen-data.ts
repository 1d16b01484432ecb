import {
  assessIndicator,
  DEFAULT_THRESHOLDS,
  minDate,
  expandTargets,
  behindCount,
  tasksNeedingAttention,
  type AssessedTask,
  type PlanAssessment,
  type StatusThresholds,
  type UnitRank,
} from '../../domain/metrics';
import type { IndicatorAssessment } from '../../domain/metrics';
import type { StatusCode } from '../../domain/codes';
import type { Aspect, Indicator, IsoDate, Plan } from '../../domain/schemas';

/** The wall's attention list: every task behind or on watch, in the overview's order. */
export const selectAttention = (tasks: readonly AssessedTask[]): AssessedTask[] =>
  tasksNeedingAttention(tasks);

export interface HeadlineCounts {
  /** Null when the tasks never arrived: no tile may read 0. */
  tasks: {
    total: number;
    onTrack: number;
    watch: number;
    /** lagging + overdue + missed */
    behind: number;
    done: number;
    /** Tasks in a status no tile shows, so that the tiles and this add up to the total. */
    other: number;
  } | null;
  /** Null when the indicators never arrived. */
  indicators: { total: number; met: number } | null;
}

/** The wall's tiles: 正常推进 + 需关注 + 滞后/逾期 + 已完成 (+ any other status) = the total. */
export function headlineCounts(a: PlanAssessment): HeadlineCounts {
  const o = a.overall;
  const c = o?.counts;
  const tasks =
    o && c
      ? {
          total: o.count,
          onTrack: c.onTrack,
          watch: c.watch,
          behind: behindCount(c),
          done: c.done,
          other: o.count - (c.onTrack + c.watch + behindCount(c) + c.done),
        }
      : null;
  const i = a.indicatorsOverall;
  return { tasks, indicators: i ? { total: i.count, met: i.met } : null };
}

export interface MatrixRow {
  aspect: Aspect;
  cells: {
    taskId: string;
    order: number;
    name: string;
    nameEn: string | undefined;
    status: StatusCode;
    progress: number;
  }[];
}

/** The 4 aspects × 15 tasks: one row per aspect in plan order, its tasks in their order. */
export function buildStatusMatrix(plan: Plan, tasks: readonly AssessedTask[]): MatrixRow[] {
  return [...plan.aspects]
    .sort((a, b) => a.order - b.order)
    .map((aspect) => ({
      aspect,
      cells: tasks
        .filter((t) => t.task.aspectId === aspect.id)
        .sort((x, y) => x.task.order - y.task.order)
        .map(({ task, a }) => ({
          taskId: task.id,
          order: task.order,
          name: task.name,
          nameEn: task.nameEn,
          status: a.status,
          progress: a.progress,
        })),
    }));
}

export interface YearTarget {
  indicator: Indicator;
  a: IndicatorAssessment;
  year: number;
  /** min(asOf, end of the year): a later screen shows how the year ended. */
  evaluatedAt: IsoDate;
}

/** The seed's 2021 targets: 小巨人 40, 上市 6, 高企 2100, 载体 15万㎡ in use. `?targets=` may name others. */
export const DEFAULT_TARGET_IDS = ['IND-GIANT', 'IND-IPO', 'IND-HNTE', 'IND-JCL-INUSE'] as const;

/** The year of the work programme in force: the latest one not after the as-of year, else the first. */
export function programmeYear(plan: Plan, asOf: IsoDate): number | null {
  const asOfYear = Number(asOf.slice(0, 4));
  const years = plan.programmes.map((p) => p.year).sort((a, b) => a - b);
  const past = years.filter((y) => y <= asOfYear);
  return past[past.length - 1] ?? years[0] ?? null;
}

const hasYearTarget = (ind: Indicator, year: number) =>
  expandTargets(ind.targets).some(
    (t) => t.period.start === `${year}-01-01` && t.period.end === `${year}-12-31`,
  );

/**
 * The year the wall's target strip shows: the as-of date's, so the strip judges the same period as the
 * indicator cards above it (a 2021 strip under 2025 cards gave 7/6 已达成 beside 3/4 落后 for one indicator).
 */
export const stripYear = (asOf: IsoDate): number => Number(asOf.slice(0, 4));

/**
 * The year's numeric targets, judged at min(asOf, year end). Named ids first, in the order named; when the
 * source has none of them (a real API with its own ids), the first numeric indicators with a target for
 * exactly that calendar year.
 */
export function selectYearTargets(
  indicators: readonly Indicator[],
  year: number,
  asOf: IsoDate,
  ids: readonly string[] = DEFAULT_TARGET_IDS,
  limit = 4,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): YearTarget[] {
  const evaluatedAt = minDate(asOf, `${year}-12-31`);
  const eligible = indicators.filter((i) => i.kind !== 'milestone' && hasYearTarget(i, year));
  const named = ids
    .map((id) => eligible.find((i) => i.id === id))
    .filter((i): i is Indicator => i !== undefined);
  const chosen = named.length > 0 ? named : eligible;
  return chosen.slice(0, limit).map((indicator) => ({
    indicator,
    a: assessIndicator(indicator, evaluatedAt, thresholds),
    year,
    evaluatedAt,
  }));
}

export interface RankingRow extends UnitRank {
  name: string;
}

export function rankingRows(ranking: readonly UnitRank[], unitName: (id: string) => string): RankingRow[] {
  return ranking.map((r) => ({ ...r, name: unitName(r.unitId) }));
}

/**
 * Every unit on some page, never a row dropped: at most `perPage` rows a page, the pages as even as they
 * can be (7 at 6 a page is 4 + 3, not 6 + 1), so the last unit is never alone on a flash of a page.
 */
export function rankingPages<T>(rows: readonly T[], perPage: number): T[][] {
  const size = Math.max(1, Math.floor(perPage));
  if (rows.length === 0) return [[]];
  const count = Math.ceil(rows.length / size);
  const base = Math.floor(rows.length / count);
  const extra = rows.length % count;
  const pages: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const n = base + (i < extra ? 1 : 0);
    pages.push(rows.slice(at, at + n));
    at += n;
  }
  return pages;
}

/** A unit's lead on time elapsed as the wall labels it: which way, by how many whole points. */
export function gapArrow(score: number): {
  key: 'rankingGapAhead' | 'rankingGapBehind' | 'rankingGapLevel';
  points: number;
} {
  const p = Math.round(score * 100);
  if (p === 0) return { key: 'rankingGapLevel', points: 0 };
  return { key: p > 0 ? 'rankingGapAhead' : 'rankingGapBehind', points: Math.abs(p) };
}

/** Which page an unattended wall shows at `now` (ms): each page for `dwellMs`, round and round. */
export function rankingPageAt(pageCount: number, now: number, dwellMs: number): number {
  if (pageCount < 2 || dwellMs <= 0) return 0;
  return Math.floor(now / dwellMs) % pageCount;
}

/** Split a number into the digits a flip counter shows, padded so the width never jumps. */
export function counterDigits(value: number, minDigits = 1): string[] {
  const s = String(Math.max(0, Math.round(value)));
  return s.padStart(minDigits, '0').split('');
}
