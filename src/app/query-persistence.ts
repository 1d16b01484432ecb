import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { createKeptCachePersister, shouldKeepQuery } from '../data/kept-cache';
import { parseOffMainThread } from '../data/parse-runner';
import { idbStore } from '../lib/idb-store';
import { validDate } from '../lib/url-state';
import { noteKeptCache } from '../stores/kept-cache-store';

/** Bump when the shape of a kept answer changes; a cache from another version is dropped with a note. */
export const KEPT_CACHE_BUSTER = 'zerobay-kept-v2';
export const KEPT_CACHE_DB = 'zerobay';
export const KEPT_CACHE_STORE = 'kept-answers';
export const KEPT_CACHE_KEY = 'query-cache';
/** Where earlier versions kept the cache (localStorage, synchronous, silently skipped when full). */
const OLD_LOCAL_STORAGE_KEY = 'zerobay-query-cache';

/** The report dates a screen opens on: the latest, and the page's own `?asOf=`. */
function keptDates(): string[] {
  const asOf = validDate(new URLSearchParams(window.location.search).get('asOf'));
  return asOf ? ['latest', asOf] : ['latest'];
}

/**
 * A wall screen restarted during an outage must show the last good data with its age: each report-date
 * resource's last good answer is kept in IndexedDB (src/data/kept-cache.ts) for a week after the last save.
 * Null where there is no IndexedDB: the app runs, it only forgets on restart.
 */
export function persistOptions(source: string): Omit<PersistQueryClientOptions, 'queryClient'> | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    window.localStorage.removeItem(OLD_LOCAL_STORAGE_KEY);
  } catch {
    /* no localStorage: nothing to clear */
  }
  return {
    persister: createKeptCachePersister({
      storage: idbStore(KEPT_CACHE_DB, KEPT_CACHE_STORE),
      key: KEPT_CACHE_KEY,
      buster: KEPT_CACHE_BUSTER,
      validate: (resource, value) => parseOffMainThread({ kind: 'kept', resource, value }),
      note: noteKeptCache,
    }),
    maxAge: 7 * 24 * 3600_000,
    buster: KEPT_CACHE_BUSTER,
    dehydrateOptions: { shouldDehydrateQuery: (query) => shouldKeepQuery(query, source, keptDates()) },
  };
}
