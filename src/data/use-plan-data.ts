import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PlanData } from '../domain/metrics';
import type { IsoDate, ResourceName, SnapshotMeta } from '../domain/schemas';
import { useConfig } from './config-context';
import { isApiError, type ApiError } from './errors';
import {
  indicatorQueries,
  planQueries,
  projectQueries,
  taskQueries,
  unitQueries,
  workItemQueries,
  type AsOfParam,
} from './queries';
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
    updatedAt: q.data?.receivedAt ?? 0,
    lastErrorAt: failed ? q.errorUpdatedAt : 0,
    fetching: q.isFetching,
    report: q.data?.report ?? null,
    meta: q.data?.meta ?? null,
  };
}

/** Every resource of the plan at one as-of date, each loading and failing on its own. */
export function usePlanData(asOf: AsOfParam): PlanDataState {
  const config = useConfig();
  const results = useQueries({
    queries: [
      planQueries.detail(config, asOf),
      unitQueries.list(config, asOf),
      taskQueries.list(config, asOf),
      indicatorQueries.list(config, asOf),
      workItemQueries.list(config, asOf),
      projectQueries.list(config, asOf),
    ],
  });
  const [plan, units, tasks, indicators, workItems, projects] = results;

  const data = useMemo<PlanData | null>(
    () =>
      plan.data
        ? {
            plan: plan.data.data,
            units: units.data?.data ?? [],
            tasks: tasks.data?.data ?? [],
            indicators: indicators.data?.data ?? [],
            workItems: workItems.data?.data ?? [],
            projects: projects.data?.data ?? [],
          }
        : null,
    [plan.data, units.data, tasks.data, indicators.data, workItems.data, projects.data],
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
    pending: results.some((r) => r.isPending),
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
