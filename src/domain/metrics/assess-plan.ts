import type {
  FunctionCode,
  Indicator,
  IsoDate,
  Plan,
  Project,
  StatusCode,
  Task,
  Unit,
  WorkItem,
} from '../schemas';
import { FUNCTION_CODES, RESOURCES, STATUS_CODES, type ResourceName } from '../codes';
import { assessIndicator, type IndicatorAssessment } from './indicator-metrics';
import { rankUnits, type UnitRank } from './ranking';
import { DEFAULT_THRESHOLDS, type StatusThresholds } from './thresholds';
import { assessTrack, type TrackAssessment } from './track-status';

/**
 * Whether a resource's rows may be counted: `fresh` from the last answer, `stale` kept from an earlier
 * answer because the last refresh failed, `missing` when no good answer has arrived (its list is then []
 * and means nothing: never "no rows"), `notProvided` when the source declares it has no such resource.
 */
export type Availability = 'fresh' | 'stale' | 'missing' | 'notProvided';

/** One snapshot of the data. A list whose resource is `missing` or `notProvided` is [] and must not be counted. */
export interface PlanData {
  plan: Plan;
  units: Unit[];
  tasks: Task[];
  indicators: Indicator[];
  workItems: WorkItem[];
  projects: Project[];
  /** A resource left out is `fresh`. */
  availability?: Partial<Record<ResourceName, Availability>>;
}

export const availabilityOf = (data: Pick<PlanData, 'availability'>, r: ResourceName): Availability =>
  data.availability?.[r] ?? 'fresh';

/** True when the resource's rows arrived (fresh or kept): only then may they be counted. */
export const hasRows = (data: Pick<PlanData, 'availability'>, r: ResourceName): boolean => {
  const a = availabilityOf(data, r);
  return a === 'fresh' || a === 'stale';
};

export interface AssessedTask {
  task: Task;
  a: TrackAssessment;
}

export interface AssessedIndicator {
  indicator: Indicator;
  a: IndicatorAssessment;
}

export interface AssessedWorkItem {
  item: WorkItem;
  status: StatusCode | null;
  progress: number | null;
  /** Milestone items only. */
  a: TrackAssessment | null;
  indicators: AssessedIndicator[];
}

export type StatusCounts = Record<StatusCode, number>;

export interface TaskRollup {
  key: string;
  count: number;
  counts: StatusCounts;
  meanProgress: number;
  meanTimeProgress: number;
  /** lagging + overdue + missed (BEHIND_STATUSES). */
  behind: number;
}

export interface IndicatorRollup {
  key: string;
  count: number;
  counts: StatusCounts;
  noData: number;
  /** done. */
  met: number;
  /** watch + lagging + overdue + missed. */
  atRisk: number;
  /** Mean of attainment clamped to [0, 1] over those with data; null when none has data. */
  meanAttainment: number | null;
}

/**
 * The figures at one date. Every rollup is null when the resource it counts is missing: a count of rows
 * that never arrived is not 0, and nothing may be drawn or written from it.
 */
export interface PlanAssessment {
  asOf: IsoDate;
  /** Per resource, as in PlanData (a resource left out there is `fresh` here). */
  availability: Record<ResourceName, Availability>;
  tasks: AssessedTask[];
  indicators: AssessedIndicator[];
  workItems: AssessedWorkItem[];
  /** key 'all'; null when tasks are missing. */
  overall: TaskRollup | null;
  /** In plan.aspects order, every aspect present even with 0 tasks; null when tasks or the plan are missing. */
  byAspect: TaskRollup[] | null;
  /** C, T, O; a task serving two functions counts in both; null when tasks are missing. */
  byFunction: TaskRollup[] | null;
  /** Lead units only; null when tasks are missing. */
  byLeadUnit: TaskRollup[] | null;
  /** Null when indicators are missing. */
  indicatorsOverall: IndicatorRollup | null;
  indicatorsByFunction: IndicatorRollup[] | null;
  /** Null when tasks are missing. */
  ranking: UnitRank[] | null;
}

/** Worst first: the order in which one bad indicator colours a whole work item. */
const WORST_FIRST: readonly StatusCode[] = [
  'missed',
  'overdue',
  'lagging',
  'watch',
  'onTrack',
  'notStarted',
  'done',
];

/**
 * What counts as behind in every roll-up, tile and sentence: lagging, overdue, and a closed period whose
 * target was missed. Not started is not behind (nothing was expected of it yet).
 */
export const BEHIND_STATUSES: readonly StatusCode[] = ['lagging', 'overdue', 'missed'];

/** Behind, or on watch: what the attention lists show. */
export const needsAttention = (s: StatusCode | null): boolean =>
  s === 'watch' || (s !== null && BEHIND_STATUSES.includes(s));

export const isBehindStatus = (s: StatusCode | null): boolean => s !== null && BEHIND_STATUSES.includes(s);

export const behindCount = (counts: StatusCounts): number =>
  BEHIND_STATUSES.reduce((n, s) => n + counts[s], 0);

export function countStatuses(list: readonly StatusCode[]): StatusCounts {
  const counts = Object.fromEntries(STATUS_CODES.map((s) => [s, 0])) as StatusCounts;
  for (const s of list) counts[s] += 1;
  return counts;
}

export function worstStatus(list: readonly (StatusCode | null)[]): StatusCode | null {
  for (const s of WORST_FIRST) if (list.includes(s)) return s;
  return null;
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function rollupTasks(key: string, list: readonly AssessedTask[]): TaskRollup {
  const counts = countStatuses(list.map((x) => x.a.status));
  return {
    key,
    count: list.length,
    counts,
    meanProgress: mean(list.map((x) => x.a.progress)),
    meanTimeProgress: mean(list.map((x) => x.a.timeProgress)),
    behind: behindCount(counts),
  };
}

export function rollupIndicators(key: string, list: readonly AssessedIndicator[]): IndicatorRollup {
  const statuses = list.map((x) => x.a.status).filter((s): s is StatusCode => s !== null);
  const counts = countStatuses(statuses);
  const attainments = list.map((x) => x.a.attainment).filter((v): v is number => v !== null);
  return {
    key,
    count: list.length,
    counts,
    noData: list.length - statuses.length,
    met: counts.done,
    atRisk: counts.watch + behindCount(counts),
    meanAttainment: attainments.length === 0 ? null : mean(attainments.map(clamp01)),
  };
}

function assessWorkItem(
  item: WorkItem,
  indicatorsById: ReadonlyMap<string, AssessedIndicator>,
  /** Indicators by the work item they name, in list order. */
  naming: ReadonlyMap<string, readonly AssessedIndicator[]>,
  asOf: IsoDate,
  t: StatusThresholds,
): AssessedWorkItem {
  // An indicator may name its work item instead of (or as well as) the item naming it.
  const ids = [...new Set([...item.indicatorIds, ...(naming.get(item.id) ?? []).map((x) => x.indicator.id)])];
  const indicators = ids
    .map((id) => indicatorsById.get(id))
    .filter((x): x is AssessedIndicator => x !== undefined);

  if (item.kind === 'milestone') {
    const a = assessTrack(item, asOf, t);
    return { item, status: a.status, progress: a.progress, a, indicators };
  }
  const attainments = indicators.map((x) => x.a.attainment).filter((v): v is number => v !== null);
  const worst = worstStatus(indicators.map((x) => x.a.status));
  // The item's own period closes on its due date: not all its indicators met by then is 未完成, even when
  // an indicator's longer target is still running (item 5.4 read 正常推进 years after its date).
  const closed = asOf >= item.due && worst !== null && worst !== 'done';
  return {
    item,
    status: closed ? 'missed' : worst,
    progress: attainments.length === 0 ? null : mean(attainments.map(clamp01)),
    a: null,
    indicators,
  };
}

function leadUnitOrder(data: PlanData): string[] {
  const leads = new Set(data.tasks.map((x) => x.leadUnitId));
  const known = data.units.map((u) => u.id).filter((id) => leads.has(id));
  const unknown = [...leads].filter((id) => !known.includes(id)).sort();
  return [...known, ...unknown];
}

const serves = (functions: readonly FunctionCode[], f: FunctionCode): boolean => functions.includes(f);

export function assessPlan(
  data: PlanData,
  asOf: IsoDate,
  t: StatusThresholds = DEFAULT_THRESHOLDS,
): PlanAssessment {
  const tasks = data.tasks.map((task) => ({ task, a: assessTrack(task, asOf, t) }));
  const indicators = data.indicators.map((indicator) => ({
    indicator,
    a: assessIndicator(indicator, asOf, t),
  }));
  const indicatorsById = new Map(indicators.map((x) => [x.indicator.id, x]));
  // Grouped once: filtering all indicators for every work item was quadratic (2,000 × 2,100 at 100× the plan).
  const naming = new Map<string, AssessedIndicator[]>();
  for (const x of indicators) {
    const id = x.indicator.workItemId;
    if (id === undefined) continue;
    const list = naming.get(id);
    if (list) list.push(x);
    else naming.set(id, [x]);
  }
  const workItems = data.workItems.map((item) => assessWorkItem(item, indicatorsById, naming, asOf, t));

  const tasksWhere = (key: string, keep: (x: AssessedTask) => boolean) =>
    rollupTasks(key, tasks.filter(keep));
  const indicatorsWhere = (key: string, keep: (x: AssessedIndicator) => boolean) =>
    rollupIndicators(key, indicators.filter(keep));
  const availability = Object.fromEntries(RESOURCES.map((r) => [r, availabilityOf(data, r)])) as Record<
    ResourceName,
    Availability
  >;
  const tasksKnown = hasRows(data, 'tasks');
  const indicatorsKnown = hasRows(data, 'indicators');
  const byLeadUnit = tasksKnown
    ? leadUnitOrder(data).map((id) => tasksWhere(id, (x) => x.task.leadUnitId === id))
    : null;

  return {
    asOf,
    availability,
    tasks,
    indicators,
    workItems,
    overall: tasksKnown ? rollupTasks('all', tasks) : null,
    byAspect:
      tasksKnown && hasRows(data, 'plan')
        ? data.plan.aspects.map((aspect) => tasksWhere(aspect.id, (x) => x.task.aspectId === aspect.id))
        : null,
    byFunction: tasksKnown
      ? FUNCTION_CODES.map((f) => tasksWhere(f, (x) => serves(x.task.functions, f)))
      : null,
    byLeadUnit,
    indicatorsOverall: indicatorsKnown ? rollupIndicators('all', indicators) : null,
    indicatorsByFunction: indicatorsKnown
      ? FUNCTION_CODES.map((f) => indicatorsWhere(f, (x) => serves(x.indicator.functions, f)))
      : null,
    ranking: byLeadUnit ? rankUnits(byLeadUnit) : null,
  };
}
