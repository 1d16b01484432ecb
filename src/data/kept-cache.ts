import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query } from '@tanstack/react-query';
import {
  removeOldestQuery,
  type AsyncStorage,
  type PersistedClient,
  type Persister,
} from '@tanstack/react-query-persist-client';
import { RESOURCES, type ResourceName } from '../domain/codes';

/*
 * The last good answer of each report-date resource, kept across restarts (a wall screen rebooted during
 * an outage shows it with its age). What is kept is the data, not the state of the last fetch: a refresh
 * that failed keeps the answer before it, so repeated restarts in an outage lose nothing. What is read
 * back is checked against the current schemas first; anything else is dropped with a note.
 */

/** The most kept, in characters of JSON (about as many bytes); the oldest answers go first. */
export const KEPT_CACHE_MAX_CHARS = 8_000_000;

export type KeptNoteKind = 'corrupt' | 'dropped' | 'quota' | 'capped';

export interface KeptNote {
  kind: KeptNoteKind;
  at: number;
  detail: string;
}

type KeptQuery = PersistedClient['clientState']['queries'][number];

const isResource = (v: unknown): v is ResourceName => RESOURCES.includes(v as ResourceName);

/** A resource's query key (`[resource, source, date]`) for this source at one of the kept dates. */
export function isKeptQueryKey(key: readonly unknown[], source: string, dates: readonly string[]): boolean {
  return key.length === 3 && isResource(key[0]) && key[1] === source && dates.includes(String(key[2]));
}

/**
 * Which queries are kept: any with data (whether or not its last refresh failed) for the source in use,
 * at the report dates a screen shows on start: the latest (`'latest'`) and the page's `?asOf=`.
 */
export function shouldKeepQuery(query: Query, source: string, dates: readonly string[]): boolean {
  return query.state.data !== undefined && isKeptQueryKey(query.queryKey, source, dates);
}

/** The last good data as a success: the failure after it belongs to that session, not to the data. */
export function asKept(query: KeptQuery): KeptQuery {
  return {
    ...query,
    state: {
      ...query.state,
      status: 'success',
      error: null,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchStatus: 'idle',
    },
  };
}

/**
 * The client as text within `maxChars`: the newest answers first, the oldest dropped until it fits.
 * `dropped` says how many went.
 */
export function capKept(client: PersistedClient, maxChars: number): { text: string; dropped: number } {
  const queries = client.clientState.queries
    .map(asKept)
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  const total = queries.length;
  for (;;) {
    const text = JSON.stringify({ ...client, clientState: { mutations: [], queries } });
    if (text.length <= maxChars || queries.length === 0) return { text, dropped: total - queries.length };
    queries.pop();
  }
}

/** Checks a kept answer against the current schemas: the answer as they read it, or a rejection naming why. */
export type KeptValidator = (resource: ResourceName, value: unknown) => Promise<unknown>;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The kept text back as a client, each answer re-validated; `undefined` when there is nothing usable.
 * Unreadable text, another version's cache and answers the schemas refuse are dropped with a note.
 */
export async function restoreKept(
  text: unknown,
  { buster, validate, note }: { buster: string; validate: KeptValidator; note: (n: KeptNote) => void },
): Promise<PersistedClient | undefined> {
  if (text === undefined || text === null) return undefined;
  let parsed: PersistedClient;
  try {
    if (typeof text !== 'string') throw new Error(`not text (${typeof text})`);
    parsed = JSON.parse(text) as PersistedClient;
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      typeof parsed.timestamp !== 'number' ||
      !Array.isArray(parsed.clientState?.queries)
    )
      throw new Error('not a kept cache');
  } catch (e) {
    note({ kind: 'corrupt', at: Date.now(), detail: describe(e) });
    return undefined;
  }
  if (parsed.buster !== buster) {
    note({
      kind: 'dropped',
      at: Date.now(),
      detail: `kept by another version (${String(parsed.buster)}, this is ${buster})`,
    });
    return undefined;
  }
  const kept: KeptQuery[] = [];
  const refused: string[] = [];
  for (const query of parsed.clientState.queries) {
    const key = query?.queryKey as unknown[] | undefined;
    const resource = Array.isArray(key) ? key[0] : undefined;
    if (!isResource(resource) || key!.length !== 3 || query.state?.data === undefined) {
      refused.push(`${JSON.stringify(key ?? null)}: not a kept answer`);
      continue;
    }
    try {
      const data = await validate(resource, query.state.data);
      kept.push(asKept({ ...query, state: { ...query.state, data } }));
    } catch (e) {
      refused.push(`${resource} (${String(key![2])}): ${describe(e)}`);
    }
  }
  if (refused.length > 0) note({ kind: 'dropped', at: Date.now(), detail: refused.join('; ') });
  return { ...parsed, clientState: { mutations: [], queries: kept } };
}

export interface KeptCachePersisterOptions {
  storage: AsyncStorage<string>;
  key: string;
  buster: string;
  validate: KeptValidator;
  note: (n: KeptNote) => void;
  maxChars?: number;
  throttleTime?: number;
}

/**
 * TanStack's async storage persister with the rules above: capped text on the way in (oldest answers
 * dropped first), the oldest answer dropped and the save tried again when storage refuses it (full),
 * and a checked restore.
 */
export function createKeptCachePersister({
  storage,
  key,
  buster,
  validate,
  note,
  maxChars = KEPT_CACHE_MAX_CHARS,
  throttleTime = 2000,
}: KeptCachePersisterOptions): Persister {
  const inner = createAsyncStoragePersister({
    storage,
    key,
    throttleTime,
    serialize: (client) => {
      const { text, dropped } = capKept(client, maxChars);
      if (dropped > 0)
        note({
          kind: 'capped',
          at: Date.now(),
          detail: `${dropped} oldest answer(s) not kept: over ${maxChars} characters`,
        });
      return text;
    },
    retry: ({ persistedClient, error }) => {
      const smaller = removeOldestQuery({ persistedClient, error, errorCount: 0 });
      note({
        kind: 'quota',
        at: Date.now(),
        detail: `storage refused the save (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}); ${
          smaller
            ? `the oldest answer dropped, ${smaller.clientState.queries.length} kept`
            : 'nothing could be kept'
        }`,
      });
      return smaller;
    },
  });
  return {
    persistClient: inner.persistClient,
    removeClient: inner.removeClient,
    restoreClient: async () => {
      let text: unknown;
      try {
        text = await storage.getItem(key);
      } catch (e) {
        note({ kind: 'corrupt', at: Date.now(), detail: `could not read: ${describe(e)}` });
        return undefined;
      }
      return restoreKept(text, { buster, validate, note });
    },
  };
}
