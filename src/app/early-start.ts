import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../data/config';
import { planDataQueries } from '../data/queries';
import { validDate } from '../lib/url-state';

interface EarlyConfig {
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    /** Set by public/boot.js: the deployed config.json, requested before the app's scripts ran. */
    __zerobayConfig?: EarlyConfig;
  }
}

/**
 * The fetch that loads config.json: the answer public/boot.js already requested when it asked for the
 * same URL (it is taken once), otherwise a new request.
 */
export function configFetch(
  configUrl: string,
  pageUrl: string,
  early = window.__zerobayConfig,
): typeof fetch {
  if (!early || new URL(configUrl, pageUrl).href !== early.url) return fetch;
  window.__zerobayConfig = undefined;
  return () => early.response;
}

/**
 * Every view but the mapping playground shows the report date's six resources. They are requested as soon
 * as config is known, beside React's first render and the view's code, instead of after them; the views'
 * queries then find them in flight. Same options as the views', so the cache entries are the same.
 */
export function prefetchPlanData(client: QueryClient, config: AppConfig, search: string): void {
  const asOf = validDate(new URLSearchParams(search).get('asOf'));
  for (const options of planDataQueries(config, asOf))
    if (options.enabled !== false)
      void client.prefetchQuery(options as Parameters<QueryClient['prefetchQuery']>[0]);
}
