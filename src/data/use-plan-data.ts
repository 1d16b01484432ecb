import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { PlanData } from '../domain/metrics';
import type { ResourceName } from '../domain/codes';
import type { IsoDate, SnapshotMeta } from '../domain/schemas';
import { useConfig } from './config-context';
import { isApiError, type ApiError } from './errors';
import { planDataQueries, type AsOfParam } from './queries';
import type { ResourceResult } from './validate';
import type { ValidationReport } from './validation-report';

export interface ResourceState {
  resource: ResourceName;
  status: 'pending' | 'success' | 'error';
  /** Set when the last fetch failed, even while older data is still shown. */
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
  /** Null until the plan itself has loaded; lists whose resource failed are empty. */
  data: PlanData | null;
  /** The date the figures describe, as the source reports it (it may clamp a future date). */
  asOf: IsoDate | null;
  requestedAsOf: AsOfParam;
  resources: ResourceState[];
  pending: boolean;
  refetch: () => void;
}

function toState(resource: ResourceName, q: UseQueryResult<ResourceResult<unknown>>): ResourceState {
  // TanStack Query keeps `data` after a failed refetch and sets isError: the last good data stays.
  const failed = q.isError;
  return {
    resource,
    status: q.data ? 'success' : q.isError ? 'error' : 'pending',
    error: failed && q.error ? (isApiError(q.error) ? q.error : (q.error as Error)) : null,
    // An unchanged answer (304) keeps the data object; the query's success time says when it was last confirmed.
    updatedAt: q.data ? Math.max(q.data.receivedAt, q.dataUpdatedAt) : 0,
    lastErrorAt: failed ? q.errorUpdatedAt : 0,
    fetching: q.isFetching,
    report: q.data?.report ?? null,
    meta: q.data?.meta ?? null,
  };
}

export const PARTIAL_AFTER_MS = 1500;

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
  const pending = results.some((r) => r.isPending);
  // The views wait for all six answers, so the screen fills in once, not number by number as answers
  // arrive (and renders once instead of six times); a resource that is slow to answer holds it no longer
  // than PARTIAL_AFTER_MS, then the rest shows and the slow one fills in when it comes.
  const showPartial = useExpired(Boolean(plan.data) && pending, asOf ?? '', PARTIAL_AFTER_MS);
  const ready = Boolean(plan.data) && (!pending || showPartial);

  const data = useMemo<PlanData | null>(
    () =>
      plan.data && ready
        ? {
            plan: plan.data.data,
            units: units.data?.data ?? [],
            tasks: tasks.data?.data ?? [],
            indicators: indicators.data?.data ?? [],
            workItems: workItems.data?.data ?? [],
            projects: projects.data?.data ?? [],
          }
        : null,
    [ready, plan.data, units.data, tasks.data, indicators.data, workItems.data, projects.data],
  );

  const resources: ResourceState[] = [
    toState('plan', plan as UseQueryResult<ResourceResult<unknown>>),
    toState('units', units as UseQueryResult<ResourceResult<unknown>>),
    toState('tasks', tasks as UseQueryResult<ResourceResult<unknown>>),
    toState('indicators', indicators as UseQueryResult<ResourceResult<unknown>>),
    toState('workItems', workItems as UseQueryResult<ResourceResult<unknown>>),
    toState('projects', projects as UseQueryResult<ResourceResult<unknown>>),
  ];

  return {
    data,
    asOf: plan.data?.meta.asOf ?? asOf,
    requestedAsOf: asOf,
    resources,
    pending,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
