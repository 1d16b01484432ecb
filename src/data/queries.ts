import { queryOptions } from '@tanstack/react-query';
import type { ResourceName } from '../domain/codes';
import type { ListResourceName, Plan, RowOf } from '../domain/schemas';
import type { AppConfig } from './config';
import { isProvided } from './provided';
import { keptError } from './errors';
import { sourceKey } from './source-key';
import { isUndated, sentAsOf } from './undated';
import { loadResource, type LoadedResource } from './load-resource';
import { pollInterval, pollsWhenHidden } from './polling';
import type { ResourceResult } from './validate';
import { refuseIfEveryRowDropped, refuseIfShrunk } from './validation-report';

/** `null` asks the source for its latest state; the answer's meta.asOf says which date that is. */
export type AsOfParam = string | null;

const common = (config: AppConfig) => ({
  // Spread over the fleet by a jitter, sooner after a failure; a hidden tab stops unless it is a kiosk.
  refetchInterval: pollInterval(config.refreshIntervalSeconds * 1000, config.refreshJitter),
  refetchIntervalInBackground: pollsWhenHidden(),
  staleTime: Math.min(60_000, config.refreshIntervalSeconds * 1000),
  // Retries are the query client's (createQueryClient), so a test's client can turn them off.
});

/** The query key of a resource; the data-health page reads the same cache entries. */
export const resourceQueryKey = (resource: ResourceName, config: AppConfig, asOf: AsOfParam) =>
  [resource, sourceKey(config), isUndated(config, resource) ? 'undated' : (asOf ?? 'latest')] as const;

/** A resource the source does not have is never requested (prefetching skips it too). */
const provided = (config: AppConfig, resource: ResourceName) => ({
  enabled: isProvided(config, resource),
});

function listQuery<R extends ListResourceName>(resource: R) {
  return (config: AppConfig, asOf: AsOfParam) =>
    queryOptions<ResourceResult<RowOf<R>[]>>({
      queryKey: resourceQueryKey(resource, config, asOf),
      queryFn: async ({ signal, client, queryKey }) => {
        try {
          const loaded = (await loadResource(config, resource, sentAsOf(config, resource, asOf), {
            signal,
          })) as LoadedResource<RowOf<R>[]>;
          const url = loaded.requests[0]?.shownUrl ?? resource;
          const previous = client.getQueryData<ResourceResult<RowOf<R>[]>>(queryKey);
          return refuseIfShrunk(
            refuseIfEveryRowDropped(loaded, url),
            url,
            previous ? previous.report.kept : null,
            config.resources[resource]?.minRows,
          );
        } catch (e) {
          throw keptError(e);
        }
      },
      ...common(config),
      ...provided(config, resource),
    });
}

export const planQueries = {
  detail: (config: AppConfig, asOf: AsOfParam) =>
    queryOptions<ResourceResult<Plan>>({
      queryKey: resourceQueryKey('plan', config, asOf),
      queryFn: async ({ signal }) => {
        try {
          return (await loadResource(config, 'plan', sentAsOf(config, 'plan', asOf), {
            signal,
          })) as LoadedResource<Plan>;
        } catch (e) {
          throw keptError(e);
        }
      },
      ...common(config),
    }),
};
export const unitQueries = { list: listQuery('units') };
export const taskQueries = { list: listQuery('tasks') };
export const indicatorQueries = { list: listQuery('indicators') };
export const workItemQueries = { list: listQuery('workItems') };
export const projectQueries = { list: listQuery('projects') };

/** The six resources of the plan at one date, in the order the views read them (plan, units, tasks, indicators, work items, projects). */
export const planDataQueries = (config: AppConfig, asOf: AsOfParam) =>
  [
    planQueries.detail(config, asOf),
    unitQueries.list(config, asOf),
    taskQueries.list(config, asOf),
    indicatorQueries.list(config, asOf),
    workItemQueries.list(config, asOf),
    projectQueries.list(config, asOf),
  ] as const;
