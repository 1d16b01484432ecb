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
import { FUNCTION_CODES, STATUS_CODES } from '../codes';
import { assessIndicator, type IndicatorAssessment } from './indicator-metrics';
import { rankUnits, type UnitRank } from './ranking';
import { DEFAULT_THRESHOLDS, type StatusThresholds } from './thresholds';
import { assessTrack, type TrackAssessment } from './track-status';

/** One snapshot of the data; any list may be [] when its resource failed to load. */
export interface PlanData {
  plan: Plan;
  units: Unit[];
  tasks: Task[];
  indicators: Indicator[];
  workItems: WorkItem[];
  projects: Project[];
}

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
  /** lagging + overdue. */
  behind: number;
}

export interface IndicatorRollup {
  key: string;
  count: number;
  counts: StatusCounts;
  noData: number;
  /** done. */
  met: number;
  /** watch + lagging + overdue. */
  atRisk: number;
  /** Mean of attainment clamped to [0, 1] over those with data; null when none has data. */
  meanAttainment: number | null;
}

export interface PlanAssessment {
  asOf: IsoDate;
  tasks: AssessedTask[];
  indicators: AssessedIndicator[];
  workItems: AssessedWorkItem[];
  /** key 'all'. */
  overall: TaskRollup;
  /** In plan.aspects order, every aspect present even with 0 tasks. */
  byAspect: TaskRollup[];
  /** C, T, O; a task serving two functions counts in both. */
  byFunction: TaskRollup[];
  /** Lead units only. */
  byLeadUnit: TaskRollup[];
  indicatorsOverall: IndicatorRollup;
  indicatorsByFunction: IndicatorRollup[];
  ranking: UnitRank[];
}

/** Worst first: the order in which one bad indicator colours a whole work item. */
const WORST_FIRST: readonly StatusCode[] = ['overdue', 'lagging', 'watch', 'onTrack', 'done'];

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
    behind: counts.lagging + counts.overdue,
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
    atRisk: counts.watch + counts.lagging + counts.overdue,
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
  return {
    item,
    status: worstStatus(indicators.map((x) => x.a.status)),
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
  const byLeadUnit = leadUnitOrder(data).map((id) => tasksWhere(id, (x) => x.task.leadUnitId === id));

  return {
    asOf,
    tasks,
    indicators,
    workItems,
    overall: rollupTasks('all', tasks),
    byAspect: data.plan.aspects.map((aspect) => tasksWhere(aspect.id, (x) => x.task.aspectId === aspect.id)),
    byFunction: FUNCTION_CODES.map((f) => tasksWhere(f, (x) => serves(x.task.functions, f))),
    byLeadUnit,
    indicatorsOverall: rollupIndicators('all', indicators),
    indicatorsByFunction: FUNCTION_CODES.map((f) =>
      indicatorsWhere(f, (x) => serves(x.indicator.functions, f)),
    ),
    ranking: rankUnits(byLeadUnit),
  };
}
