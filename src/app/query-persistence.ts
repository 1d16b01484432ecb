import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';

/** Bump when the shape of cached data changes, so an old cache is dropped rather than misread. */
const CACHE_VERSION = 'zerobay-cache-v1';

/**
 * A wall screen restarted during an outage must show the last good data with its age, so successful
 * query results are kept in localStorage (errors never are) for a week.
 */
export function persistOptions(): Omit<PersistQueryClientOptions, 'queryClient'> | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.setItem('zerobay-probe', '1');
    storage.removeItem('zerobay-probe');
  } catch {
    return null;
  }
  return {
    persister: createSyncStoragePersister({ storage, key: 'zerobay-query-cache', throttleTime: 2000 }),
    maxAge: 7 * 24 * 3600_000,
    buster: CACHE_VERSION,
  };
}
