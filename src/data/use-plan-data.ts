import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Availability, PlanData } from '../domain/metrics';
import { RESOURCES, type ResourceName } from '../domain/codes';
import type { IsoDate, Plan, SnapshotMeta, Task } from '../domain/schemas';
import { isProvided } from './provided';
import { useConfig } from './config-context';
import { sharedMemo } from '../lib/shared-memo';
import { planAt, type ReportDate } from './report-date';
import { useReportDate } from './use-report-date';
import { isApiError, type ApiError } from './errors';
import { planDataQueries, type AsOfParam } from './queries';
import type { ResourceResult } from './validate';
import type { ValidationReport } from './validation-report';

export interface ResourceState {
  resource: ResourceName;
  /** `notProvided`: the source declares it has no such resource; no request is made. */
  status: 'pending' | 'success' | 'error' | 'notProvided';
  /** Set when the last fetch failed, even while older data is still shown, and while it is retried. */
  error: ApiError | Error | null;
  /** When the data on screen arrived; 0 when none has. */
  updatedAt: number;
  /** When the last failed attempt happened; 0 when the last fetch succeeded. */
  lastErrorAt: number;
  fetching: boolean;
  report: ValidationReport | null;
  meta: SnapshotMeta | null;
}

export interface PlanDataState {
  /**
   * Null until the answers are in (or the slow ones waited for); `data.availability` says which lists
   * are real. A plan that failed leaves an empty stand-in plan marked `missing`, so the rows that did
   * load are still shown.
   */
  data: PlanData | null;
  /** The date the figures describe (see resolveReportDate); null while unknown. */
  asOf: IsoDate | null;
  /** The same date and where it came from: the request, the source's meta.asOf, or its latest data. */
  reportDate: ReportDate | null;
  requestedAsOf: AsOfParam;
  resources: ResourceState[];
  pending: boolean;
  refetch: () => void;
}

/** What a view may do with a resource's rows (see Availability in src/domain). */
export function availabilityOfState(r: Pick<ResourceState, 'status' | 'updatedAt' | 'error'>): Availability {
  if (r.status === 'notProvided') return 'notProvided';
  if (r.updatedAt === 0) return 'missing';
  return r.error ? 'stale' : 'fresh';
}

function toState(
  resource: ResourceName,
  q: UseQueryResult<ResourceResult<unknown>>,
  provided: boolean,
): ResourceState {
  // TanStack Query keeps `data` after a failed refetch and sets isError: the last good data stays. While
  // a retry is in flight a query with no data goes back to pending and clears its error; the failure is
  // still the latest word (failureReason, errorUpdatedAt), so the warning stays until an answer is good.
  const failedBefore = !q.isSuccess && q.errorUpdatedAt > 0;
  const reason = q.error ?? q.failureReason ?? (failedBefore ? new Error('retrying') : null);
  const failed = reason !== null && (q.isError || failedBefore || q.failureCount > 0);
  return {
    resource,
    status: !provided ? 'notProvided' : q.data ? 'success' : failed ? 'error' : 'pending',
    error: failed && reason ? (isApiError(reason) ? reason : (reason as Error)) : null,
    // An unchanged answer (304) keeps the data object; the query's success time says when it was last confirmed.
    updatedAt: q.data ? Math.max(q.data.receivedAt, q.dataUpdatedAt) : 0,
    lastErrorAt: failed ? q.errorUpdatedAt || Date.now() : 0,
    fetching: q.isFetching,
    report: q.data?.report ?? null,
    meta: q.data?.meta ?? null,
  };
}

export const PARTIAL_AFTER_MS = 1500;

/** An empty plan for when the plan itself never arrived: no names, no aspects; its period spans the tasks. */
function standInPlan(tasks: readonly Task[], asOf: AsOfParam): Plan {
  const starts = tasks.map((t) => t.start).sort();
  const ends = tasks.map((t) => t.due).sort();
  const start = starts[0] ?? asOf ?? new Date().toISOString().slice(0, 10);
  const end = ends.at(-1) ?? start;
  return {
    id: '',
    name: '',
    nameEn: '',
    period: { start, end: end < start ? start : end },
    functions: [],
    aspects: [],
    safeguards: [],
    programmes: [],
  };
}

/**
 * The answers' rows as one PlanData, null until the view may show them. Shared (as is the cut below): the
 * header's and the view's hooks of one date get the same objects, computed once.
 */
const planData = sharedMemo(
  (
    ready: boolean,
    availabilityKey: string,
    asOf: AsOfParam,
    plan: PlanData['plan'] | undefined,
    units: PlanData['units'] | undefined,
    tasks: PlanData['tasks'] | undefined,
    indicators: PlanData['indicators'] | undefined,
    workItems: PlanData['workItems'] | undefined,
    projects: PlanData['projects'] | undefined,
  ): PlanData | null => {
    if (!ready) return null;
    const marks = availabilityKey.split(',') as Availability[];
    const taskRows = tasks ?? [];
    return {
      plan: plan ?? standInPlan(taskRows, asOf),
      units: units ?? [],
      tasks: taskRows,
      indicators: indicators ?? [],
      workItems: workItems ?? [],
      projects: projects ?? [],
      availability: Object.fromEntries(RESOURCES.map((r, i) => [r, marks[i] ?? 'missing'])),
    };
  },
);

const sharedPlanAt = sharedMemo(planAt);

/** True once `waiting` has held for `ms` under the same key (a new key starts again). */
function useExpired(waiting: boolean, key: string, ms: number): boolean {
  const [expiredFor, setExpiredFor] = useState<string | null>(null);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setExpiredFor(key), ms);
    return () => clearTimeout(timer);
  }, [waiting, key, ms]);
  return expiredFor === key;
}

/** Every resource of the plan at one as-of date, each loading and failing on its own. */
export function usePlanData(asOf: AsOfParam): PlanDataState {
  const config = useConfig();
  const results = useQueries({
    queries: planDataQueries(config, asOf),
  });
  const [plan, units, tasks, indicators, workItems, projects] = results;
  // A resource the source does not provide is never requested: it stays "pending" in TanStack Query.
  const waiting = results.map((r, i) => r.isPending && isProvided(config, RESOURCES[i]!));
  const pending = waiting.some(Boolean);
  // The views wait for all six answers, so the screen fills in once, not number by number as answers
  // arrive (and renders once instead of six times); a resource that is slow to answer holds it no longer
  // than PARTIAL_AFTER_MS, then the rest shows and the slow one fills in when it comes.
  const showPartial = useExpired(Boolean(plan.data) && pending, asOf ?? '', PARTIAL_AFTER_MS);
  // A plan that failed with nothing kept must not hide the tasks and indicators that did arrive.
  const planFailed = !plan.data && plan.isError && !waiting.slice(1).some(Boolean);
  const ready = (Boolean(plan.data) && (!pending || showPartial)) || planFailed;

  const resources: ResourceState[] = RESOURCES.map((r, i) =>
    toState(r, results[i] as UseQueryResult<ResourceResult<unknown>>, isProvided(config, r)),
  );
  const availabilityKey = resources.map((r) => availabilityOfState(r)).join(',');

  // Keyed on the rows, not on the answers: an answer that revalidates unchanged keeps its rows (TanStack
  // Query's structural sharing), so the figures are not computed and rendered again.
  const rows = {
    plan: plan.data?.data,
    units: units.data?.data,
    tasks: tasks.data?.data,
    indicators: indicators.data?.data,
    workItems: workItems.data?.data,
    projects: projects.data?.data,
  };
  // Shared, so the same rows give the same object: no useMemo needed to keep it stable between renders.
  const raw = planData(
    ready,
    availabilityKey,
    asOf,
    rows.plan,
    rows.units,
    rows.tasks,
    rows.indicators,
    rows.workItems,
    rows.projects,
  );

  // One date for every figure, and the data cut to what was known then (a full-history answer included).
  const reportDate = useReportDate(asOf, raw, results);
  const data = useMemo(() => sharedPlanAt(raw, reportDate), [raw, reportDate]);

  return {
    data,
    asOf: reportDate?.date ?? null,
    reportDate,
    requestedAsOf: asOf,
    resources,
    pending,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
