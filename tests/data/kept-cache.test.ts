import { dehydrate, QueryClient } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../mock/fixtures';
import { MOCK_LATEST } from '../../mock/as-of';
import { selectAsOf, snapshotMeta } from '../../mock/handlers/shared';
import {
  capKept,
  createKeptCachePersister,
  restoreKept,
  shouldKeepQuery,
  type KeptNote,
} from '../../src/data/kept-cache';
import { ApiError } from '../../src/data/errors';
import { validateKept } from '../../src/data/validate-kept';
import { validateList, validatePlan, type ResourceResult } from '../../src/data/validate';
import type { ResourceName } from '../../src/domain/codes';

const SOURCE = 'http://api.test/v1';
const BUSTER = 'test-v1';
const key = (resource: ResourceName, date = 'latest', source = SOURCE) => [resource, source, date];

type Row = Record<string, unknown>;

/** A validated answer, as the app's queries hold it. */
function answer(resource: ResourceName, receivedAt = 1_000): ResourceResult<unknown> {
  const meta = snapshotMeta(MOCK_LATEST);
  if (resource === 'plan') return validatePlan('/plan', { meta, data: fixtures.plan }, receivedAt);
  const rows = selectAsOf[resource](fixtures[resource] as never, MOCK_LATEST);
  return validateList(resource, `/${resource}`, { meta, data: rows }, receivedAt);
}

const listAnswer = (resource: Exclude<ResourceName, 'plan'>) => answer(resource) as ResourceResult<Row[]>;

const validate = async (resource: ResourceName, value: unknown) => validateKept(resource, value);

/** A storage in memory that can be told to refuse big saves, as a full IndexedDB does. */
function fakeStore(limit = Infinity) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: async (k: string) => items.get(k) ?? null,
    setItem: async (k: string, v: string) => {
      if (v.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: async (k: string) => void items.delete(k),
  };
}

function clientWith(entries: Array<[readonly unknown[], unknown, number?]>) {
  const client = new QueryClient();
  for (const [k, data, at] of entries) client.setQueryData(k, data, { updatedAt: at });
  return client;
}

const keptClient = (client: QueryClient, dates = ['latest']): PersistedClient => ({
  buster: BUSTER,
  timestamp: Date.now(),
  clientState: dehydrate(client, { shouldDehydrateQuery: (q) => shouldKeepQuery(q, SOURCE, dates) }),
});

function failRefresh(client: QueryClient, k: readonly unknown[]) {
  const query = client.getQueryCache().find({ queryKey: k })!;
  const error = new ApiError({ kind: 'network', resource: 'tasks', url: '/tasks', reason: 'reset' });
  query.setState({ status: 'error', error, errorUpdatedAt: Date.now(), fetchFailureCount: 2 });
}

describe('the kept last good data', () => {
  it('keeps a resource whose last refresh failed, with its last good data, as a success', async () => {
    const tasks = listAnswer('tasks');
    const client = clientWith([[key('tasks'), tasks]]);
    failRefresh(client, key('tasks'));
    const kept = keptClient(client);
    expect(kept.clientState.queries).toHaveLength(1);
    const { text } = capKept(kept, Infinity);
    const restored = await restoreKept(text, { buster: BUSTER, validate, note: () => {} });
    const state = restored!.clientState.queries[0]!.state;
    expect(state.status).toBe('success');
    expect(state.error).toBeNull();
    expect((state.data as typeof tasks).data).toHaveLength(tasks.data.length);
  });

  it('keeps only the report dates (latest and the page’s date) of the source in use, and only with data', () => {
    const client = clientWith([
      [key('tasks'), answer('tasks')],
      [key('plan', '2021-06-30'), answer('plan')],
      [key('plan', '2020-01-31'), answer('plan')],
      [key('units', 'latest', 'http://other.test'), answer('units')],
      [['playground', 'x'], { any: 1 }],
    ]);
    void client.prefetchQuery({ queryKey: key('indicators'), queryFn: () => new Promise(() => {}) });
    const kept = keptClient(client, ['latest', '2021-06-30']).clientState.queries.map((q) => q.queryKey);
    expect(kept).toEqual([key('tasks'), key('plan', '2021-06-30')]);
  });

  it('caps the text by dropping the oldest answers first', () => {
    const client = clientWith([
      [key('tasks'), answer('tasks'), 3_000],
      [key('units'), answer('units'), 1_000],
      [key('projects'), answer('projects'), 2_000],
    ]);
    const all = keptClient(client);
    const full = capKept(all, Infinity);
    expect(full.dropped).toBe(0);
    const unitsChars = JSON.stringify(all.clientState.queries.find((q) => q.queryKey[0] === 'units')).length;
    const capped = capKept(all, full.text.length - unitsChars + 10);
    expect(capped.dropped).toBe(1);
    const left = (JSON.parse(capped.text) as PersistedClient).clientState.queries.map((q) => q.queryKey[0]);
    expect(left.sort()).toEqual(['projects', 'tasks']);
  });

  it('on a full storage drops the oldest answer and keeps the rest, with a note', async () => {
    const client = clientWith([
      [key('tasks'), answer('tasks'), 3_000],
      [key('units'), answer('units'), 1_000],
      [key('plan'), answer('plan'), 2_000],
    ]);
    const whole = capKept(keptClient(client), Infinity).text.length;
    const unitsChars = JSON.stringify(answer('units')).length;
    const store = fakeStore(whole - unitsChars / 2);
    const notes: KeptNote[] = [];
    const persister = createKeptCachePersister({
      storage: store,
      key: 'k',
      buster: BUSTER,
      validate,
      note: (n) => notes.push(n),
      throttleTime: 0,
    });
    await persister.persistClient(keptClient(client));
    const saved = JSON.parse(store.items.get('k')!) as PersistedClient;
    expect(saved.clientState.queries.map((q) => q.queryKey[0]).sort()).toEqual(['plan', 'tasks']);
    expect(notes.map((n) => n.kind)).toEqual(['quota']);
    expect(notes[0]!.detail).toMatch(/QuotaExceededError.*oldest answer dropped, 2 kept/);
  });

  it('ignores a corrupted store with a note, and one that cannot be read', async () => {
    const notes: KeptNote[] = [];
    const note = (n: KeptNote) => notes.push(n);
    expect(await restoreKept('{"timestamp": 1, "clientState": ', { buster: BUSTER, validate, note })).toBe(
      undefined,
    );
    expect(await restoreKept('[1,2,3]', { buster: BUSTER, validate, note })).toBe(undefined);
    const broken = createKeptCachePersister({
      storage: { ...fakeStore(), getItem: () => Promise.reject(new Error('UnknownError: backing store')) },
      key: 'k',
      buster: BUSTER,
      validate,
      note,
    });
    expect(await broken.restoreClient()).toBe(undefined);
    expect(notes.map((n) => n.kind)).toEqual(['corrupt', 'corrupt', 'corrupt']);
    expect(notes[2]!.detail).toMatch(/backing store/);
  });

  it('reads kept rows through the current schemas: missing defaults are filled, refused answers dropped with a note', async () => {
    const tasks = listAnswer('tasks');
    // Rows kept by a build whose tasks had no milestones or progress: the schemas' defaults fill them in,
    // so nothing downstream reads an undefined list.
    const older = {
      ...tasks,
      data: tasks.data.map(({ milestones: _m, progress: _p, ...rest }) => rest),
    };
    // Rows kept by a build whose units had another shape: refused, the whole answer dropped.
    const units = listAnswer('units');
    const other = { ...units, data: units.data.map((row) => ({ ...row, kind: 42 })) };
    const client = clientWith([
      [key('tasks'), older],
      [key('units'), other],
      [key('plan'), answer('plan')],
    ]);
    const notes: KeptNote[] = [];
    const restored = await restoreKept(capKept(keptClient(client), Infinity).text, {
      buster: BUSTER,
      validate,
      note: (n) => notes.push(n),
    });
    const queries = restored!.clientState.queries;
    expect(queries.map((q) => q.queryKey[0]).sort()).toEqual(['plan', 'tasks']);
    const restoredTasks = queries.find((q) => q.queryKey[0] === 'tasks')!.state.data as typeof tasks;
    expect(restoredTasks.data.every((t) => Array.isArray(t.milestones) && Array.isArray(t.progress))).toBe(
      true,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]!.kind).toBe('dropped');
    expect(notes[0]!.detail).toMatch(/^units \(latest\): row 0\.kind/);
  });

  it('drops another version’s cache with a note', async () => {
    const notes: KeptNote[] = [];
    const text = capKept(
      { ...keptClient(clientWith([[key('units'), answer('units')]])), buster: 'old' },
      Infinity,
    ).text;
    expect(await restoreKept(text, { buster: BUSTER, validate, note: (n) => notes.push(n) })).toBe(undefined);
    expect(notes[0]).toMatchObject({ kind: 'dropped' });
    expect(notes[0]!.detail).toMatch(/another version \(old/);
  });

  it('reads a valid kept answer back exactly as it was kept', () => {
    for (const resource of ['plan', 'units', 'tasks', 'indicators', 'workItems', 'projects'] as const) {
      const a = answer(resource);
      expect(validateKept(resource, JSON.parse(JSON.stringify(a)))).toEqual(JSON.parse(JSON.stringify(a)));
    }
  });
});
