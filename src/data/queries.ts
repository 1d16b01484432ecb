import { queryOptions } from '@tanstack/react-query';
import type { ResourceName } from '../domain/codes';
import type { ListResourceName, Plan, RowOf } from '../domain/schemas';
import type { AppConfig } from './config';
import { sourceKey } from './source-key';
import { loadResource, type LoadedResource } from './load-resource';
import type { ResourceResult } from './validate';
import { refuseIfEveryRowDropped } from './validation-report';

/** `null` asks the source for its latest state; the answer's meta.asOf says which date that is. */
export type AsOfParam = string | null;

const common = (config: AppConfig) => ({
  refetchInterval: config.refreshIntervalSeconds * 1000,
  refetchIntervalInBackground: true,
  staleTime: Math.min(60_000, config.refreshIntervalSeconds * 1000),
  // Retries are the query client's (createQueryClient), so a test's client can turn them off.
});

/** The query key of a resource; the data-health page reads the same cache entries. */
export const resourceQueryKey = (resource: ResourceName, config: AppConfig, asOf: AsOfParam) =>
  [resource, sourceKey(config), asOf ?? 'latest'] as const;

function listQuery<R extends ListResourceName>(resource: R) {
  return (config: AppConfig, asOf: AsOfParam) =>
    queryOptions<ResourceResult<RowOf<R>[]>>({
      queryKey: resourceQueryKey(resource, config, asOf),
      queryFn: async ({ signal }) => {
        const loaded = (await loadResource(config, resource, asOf, { signal })) as LoadedResource<RowOf<R>[]>;
        return refuseIfEveryRowDropped(loaded, loaded.requests[0]?.shownUrl ?? resource);
      },
      ...common(config),
    });
}

export const planQueries = {
  detail: (config: AppConfig, asOf: AsOfParam) =>
    queryOptions<ResourceResult<Plan>>({
      queryKey: resourceQueryKey('plan', config, asOf),
      queryFn: async ({ signal }) =>
        (await loadResource(config, 'plan', asOf, { signal })) as LoadedResource<Plan>,
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
