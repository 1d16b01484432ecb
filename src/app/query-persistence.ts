import type { QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSubscribe,
  type PersistedClient,
  type Persister,
  type PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client';
import { createKeptCachePersister, shouldKeepQuery } from '../data/kept-cache';
import { dropKeptHeadline } from '../data/kept-headline';
import { parseOffMainThread } from '../data/parse-runner';
import { idbStore } from '../lib/idb-store';
import { validDate } from '../lib/valid-date';
import { noteKeptCache } from '../stores/kept-cache-store';

/** Bump when the shape of a kept answer changes; a cache from another version is dropped with a note. */
export const KEPT_CACHE_BUSTER = 'zerobay-kept-v2';
export const KEPT_CACHE_DB = 'zerobay';
export const KEPT_CACHE_STORE = 'kept-answers';
export const KEPT_CACHE_KEY = 'query-cache';
/** Where earlier versions kept the cache (localStorage, synchronous, silently skipped when full). */
const OLD_LOCAL_STORAGE_KEY = 'zerobay-query-cache';
const MAX_AGE_MS = 7 * 24 * 3600_000;

declare global {
  interface Window {
    /** Set by public/boot.js: the kept cache's text, read from IndexedDB while the app's scripts download. */
    __zerobayKept?: Promise<string | undefined>;
  }
}

/** The report dates a screen opens on: the latest, and the page's own `?asOf=`. */
function keptDates(): string[] {
  const asOf = validDate(new URLSearchParams(window.location.search).get('asOf'));
  return asOf ? ['latest', asOf] : ['latest'];
}

let persister: Persister | null = null;
/** A restore started before the query client existed (`readKeptAnswers`), taken by the first restore. */
let early: Promise<PersistedClient | undefined> | null = null;

function keptPersister(): Persister {
  if (persister) return persister;
  const store = idbStore(KEPT_CACHE_DB, KEPT_CACHE_STORE);
  persister = createKeptCachePersister({
    storage: {
      ...store,
      // The first read is the one public/boot.js already made (taken once); a failed one reads again.
      getItem: (key) => {
        const read = key === KEPT_CACHE_KEY ? window.__zerobayKept : undefined;
        window.__zerobayKept = undefined;
        return read ? read.catch(() => store.getItem(key)) : store.getItem(key);
      },
    },
    key: KEPT_CACHE_KEY,
    buster: KEPT_CACHE_BUSTER,
    // Never rendered raw: each kept answer is read by the current schemas (in the parse worker) first.
    validate: (resource, value) => parseOffMainThread({ kind: 'kept', resource, value }),
    // The headline painted before the app (public/boot.js) came from the same answers: when they are found
    // unusable it goes with them (a save cut short by the cap or the quota leaves it).
    note: (n) => {
      if (n.kind === 'corrupt' || n.kind === 'dropped') dropKeptHeadline();
      noteKeptCache(n);
    },
  });
  return persister;
}

/**
 * Starts reading and checking the kept answers now (boot calls it first thing, while config.json is on its
 * way), so they are ready for the first render. Nothing where there is no IndexedDB.
 */
export function readKeptAnswers(): void {
  if (typeof indexedDB === 'undefined' || early) return;
  early = Promise.resolve(keptPersister().restoreClient());
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
  const inner = keptPersister();
  return {
    persister: {
      ...inner,
      restoreClient: () => {
        const started = early ?? inner.restoreClient();
        early = null;
        return started;
      },
    },
    maxAge: MAX_AGE_MS,
    buster: KEPT_CACHE_BUSTER,
    dehydrateOptions: { shouldDehydrateQuery: (query) => shouldKeepQuery(query, source, keptDates()) },
  };
}

export interface KeptAnswers {
  /** Settles once the kept answers are in the client (or found unusable, with a note). */
  restored: Promise<void>;
  /** Saves the client's report-date answers from now on; returns the function that stops it. */
  keep: () => () => void;
}

/**
 * Puts the kept answers into `client` (those the schemas accept; an answer that arrived meanwhile is
 * newer and stays) and, once that is done, keeps the answers that arrive. Null where there is no
 * IndexedDB. Called before the first render, so a reload paints the last good figures at once and the
 * requests in flight revalidate them.
 */
export function keepAnswers(client: QueryClient, source: string): KeptAnswers | null {
  const options = persistOptions(source);
  if (!options) return null;
  const props = { ...options, queryClient: client };
  return {
    // A restore that fails has already dropped the store (and noted why): the app runs without it.
    restored: persistQueryClientRestore(props).catch(() => {}),
    keep: () => persistQueryClientSubscribe(props),
  };
}
