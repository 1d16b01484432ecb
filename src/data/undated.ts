import type { ResourceName } from '../domain/codes';
import type { AppConfig } from './config';
import { prepareRequests } from './requests';

/*
 * Whether a resource's requests name a date. Its own module, free of TanStack Query, because the parse
 * worker works out the report date's requests with it before the app runs (src/data/early-requests.ts).
 */

const undatedCache = new WeakMap<AppConfig, Map<ResourceName, boolean>>();

/**
 * Whether the source's requests for a resource are the same at every date (its URL, query and body name
 * no date: a full-history source). Then one answer serves every date, the report date's and the compare
 * date's alike, each cut on the client (snapshotAt): no second round trip.
 */
export function isUndated(config: AppConfig, resource: ResourceName): boolean {
  let known = undatedCache.get(config);
  if (!known) undatedCache.set(config, (known = new Map()));
  let undated = known.get(resource);
  if (undated === undefined) {
    const keys = (date: string) =>
      prepareRequests(config, resource, date, 0)
        .map((r) => r.key)
        .join('\n\n');
    undated = keys('2000-01-01') === keys('2001-02-03');
    known.set(resource, undated);
  }
  return undated;
}

/** The date sent to the source: none for an undated one (its answer is the same at every date). */
export const sentAsOf = (config: AppConfig, resource: ResourceName, asOf: string | null): string | null =>
  isUndated(config, resource) ? null : asOf;
