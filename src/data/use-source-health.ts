import { useQueries, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RESOURCES, type ResourceName } from '../domain/codes';
import { useConfig } from './config-context';
import type { AppConfig } from './config';
import { isProvided } from './provided';
import { isApiError, type ApiError } from './errors';
import { requestInfo, type LoadedResource, type RequestInfo } from './load-resource';
import { planDataQueries, type AsOfParam } from './queries';
import { prepareRequests } from './requests';

export type MappingKind = 'canonical' | 'fields' | 'jsonata';

export interface SourceHealth {
  resource: ResourceName;
  status: 'pending' | 'success' | 'error' | 'notProvided';
  /** The last attempt's failure, even while older data is still shown. */
  error: ApiError | Error | null;
  /** What was asked for, credentials replaced: from the last answer, or from the config while none has come. */
  requests: RequestInfo[];
  mapping: MappingKind;
  /** The last good answer: rows, report, meta, what was assumed, mapping time. */
  result: LoadedResource | null;
  updatedAt: number;
  lastErrorAt: number;
  fetching: boolean;
}

export const mappingKind = (config: AppConfig, resource: ResourceName): MappingKind => {
  const m = config.resources[resource]?.mapping;
  return !m ? 'canonical' : m.jsonata ? 'jsonata' : 'fields';
};

/**
 * Per resource, everything the data-health page shows. It reads the same query cache as the views
 * (same keys), so opening the page fetches nothing new.
 */
export function useSourceHealth(asOf: AsOfParam): SourceHealth[] {
  const config = useConfig();
  const options = planDataQueries(config, asOf) as unknown as UseQueryOptions<LoadedResource>[];
  const results = useQueries({ queries: options });
  const planned = useMemo(
    () =>
      Object.fromEntries(
        RESOURCES.map((r) => [r, prepareRequests(config, r, asOf).map(requestInfo)]),
      ) as Record<ResourceName, RequestInfo[]>,
    [config, asOf],
  );
  return RESOURCES.map((resource, i) => {
    const q = results[i]!;
    const result = q.data ?? null;
    return {
      resource,
      status: !isProvided(config, resource)
        ? 'notProvided'
        : result
          ? 'success'
          : q.isError
            ? 'error'
            : 'pending',
      error: q.isError && q.error ? (isApiError(q.error) ? q.error : (q.error as Error)) : null,
      requests: !isProvided(config, resource) ? [] : (result?.requests ?? planned[resource]),
      mapping: mappingKind(config, resource),
      result,
      // An unchanged answer (304) keeps the data object; the query's success time says when it was last confirmed.
      updatedAt: result ? Math.max(result.receivedAt, q.dataUpdatedAt) : 0,
      lastErrorAt: q.isError ? q.errorUpdatedAt : 0,
      fetching: q.isFetching,
    };
  });
}
