import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../data/config';
import { closeEarlyRequests } from '../data/early-flights';
import { planDataQueries } from '../data/queries';
import { validDate } from '../lib/valid-date';

/**
 * Every view but the mapping playground shows the report date's six resources. They are requested as soon
 * as config is known, beside React's first render and the view's code, instead of after them; the views'
 * queries then find them in flight. Same options as the views', so the cache entries are the same.
 */
export function prefetchPlanData(client: QueryClient, config: AppConfig, search: string): Promise<void> {
  const asOf = validDate(new URLSearchParams(search).get('asOf'));
  const settled = planDataQueries(config, asOf)
    .filter((options) => options.enabled !== false)
    .map((options) => client.prefetchQuery(options as Parameters<QueryClient['prefetchQuery']>[0]));
  // The queries above have taken the requests config-first.ts started for them (their fetch begins at once).
  closeEarlyRequests();
  // Settled when every answer is in, checked, or has failed (a prefetch never rejects).
  return Promise.all(settled).then(() => undefined);
}
