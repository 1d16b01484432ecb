import { queryOptions } from '@tanstack/react-query';
import type { ListResourceName, Plan, RowOf } from '../domain/schemas';
import { fetchJson } from './api-client';
import { redactUrl } from './errors';
import { resourceRequest, sourceKey, type AppConfig } from './config';
import { validateList, validatePlan, type ResourceResult } from './validate';

/** `null` asks the source for its latest state; the answer's meta.asOf says which date that is. */
export type AsOfParam = string | null;

const common = (config: AppConfig) => ({
  refetchInterval: config.refreshIntervalSeconds * 1000,
  refetchIntervalInBackground: true,
  staleTime: Math.min(60_000, config.refreshIntervalSeconds * 1000),
  // A failed refresh keeps the last good data; retries are few so the error shows quickly.
  retry: 1,
  retryDelay: 1500,
});

function listQuery<R extends ListResourceName>(resource: R) {
  return (config: AppConfig, asOf: AsOfParam) =>
    queryOptions<ResourceResult<RowOf<R>[]>>({
      queryKey: [resource, sourceKey(config), asOf ?? 'latest'],
      queryFn: async ({ signal }) => {
        const req = resourceRequest(config, resource, asOf);
        const json = await fetchJson({ resource, url: req.url, headers: req.headers, timeoutMs: config.api.timeoutMs, signal });
        return validateList(resource, redactUrl(req.url), json, Date.now());
      },
      ...common(config),
    });
}

export const planQueries = {
  detail: (config: AppConfig, asOf: AsOfParam) =>
    queryOptions<ResourceResult<Plan>>({
      queryKey: ['plan', sourceKey(config), asOf ?? 'latest'],
      queryFn: async ({ signal }) => {
        const req = resourceRequest(config, 'plan', asOf);
        const json = await fetchJson({ resource: 'plan', url: req.url, headers: req.headers, timeoutMs: config.api.timeoutMs, signal });
        return validatePlan(redactUrl(req.url), json, Date.now());
      },
      ...common(config),
    }),
};
export const unitQueries = { list: listQuery('units') };
export const taskQueries = { list: listQuery('tasks') };
export const indicatorQueries = { list: listQuery('indicators') };
export const workItemQueries = { list: listQuery('workItems') };
export const projectQueries = { list: listQuery('projects') };
