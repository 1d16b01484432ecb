import { describe, expect, it } from 'vitest';
import { applyScenario, MOCK_API_URL, server } from '../../mock/node';
import { FUTURE_AS_OF, HUGE_RESPONSE_BYTES, type ScenarioName } from '../../mock/scenarios';
import { DEFAULT_MAX_RESPONSE_MB, fetchText, MB } from '../../src/data/api-client';
import { appConfigSchema, parseConfig } from '../../src/data/config';
import { ApiError } from '../../src/data/errors';
import { loadResource } from '../../src/data/load-resource';
import { inProcessRunner } from '../../src/data/mapping/runner';
import { planQueries, taskQueries } from '../../src/data/queries';
import { refuseFutureAsOf } from '../../src/data/future-as-of';
import type { ResourceName } from '../../src/domain/schemas';
import { failureOf } from '../support/api-failure';
import { mockApiConfig, noRetryClient, serveMockApi } from '../support/mock-server';

// Faults a real API produces that fault-scenarios.test.ts does not cover, through msw/node and the real data layer:
// a reset connection, a 50 MB answer, a shape that changes between refreshes, an as-of date in the future.

const config = mockApiConfig(5000);
const client = noRetryClient;
serveMockApi();

/** fetchText of one resource from a made-up host, its answer (or failure) given by `fetchImpl`. */
/** The tasks request failing under one scenario: its kind and status, the resource and URL it names. */
async function tasksFailureUnder(scenario: ScenarioName, kind: ApiError['kind'], status: number | null) {
  applyScenario(scenario, { resource: 'tasks' });
  const e = await failureOf(loadResource(config, 'tasks', null));
  expect(e).toMatchObject({ kind, resource: 'tasks', url: `${MOCK_API_URL}/tasks`, status });
  return e;
}

const fetchFake = (resource: ResourceName, fetchImpl: typeof fetch, maxBytes?: number) =>
  fetchText({ resource, url: `http://api.test/${resource}`, timeoutMs: 1000, maxBytes, fetchImpl });

describe('connection reset', () => {
  it('names the resource and URL and says the connection failed or was reset', async () => {
    const e = await tasksFailureUnder('connectionReset', 'network', null);
    expect(e.message).toBe(
      `tasks: network error: the connection failed or was reset before any answer (Failed to fetch) (${MOCK_API_URL}/tasks)`,
    );
  });

  it('adds the system error code when the runtime gives one (Node: ECONNRESET)', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    });
    const e = await failureOf(fetchFake('units', () => Promise.reject(reset)));
    expect(e.reason).toBe(
      'network error: the connection failed or was reset before any answer (fetch failed: ECONNRESET)',
    );
  });

  it('a connection cut in the middle of the body is named as such', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"meta":'));
        c.error(new TypeError('network error'));
      },
    });
    const e = await failureOf(fetchFake('plan', async () => new Response(body)));
    expect(e).toMatchObject({ kind: 'network', resource: 'plan', status: 200 });
    expect(e.reason).toMatch(/^network error: the connection was cut or reset while reading the response \(/);
  });
});

describe('a 50 MB response', () => {
  it('the default limit is 40 MB and is documented in the config schema', () => {
    expect(DEFAULT_MAX_RESPONSE_MB).toBe(40);
    expect(config.api.maxResponseMB).toBe(40);
    expect(appConfigSchema.parse({ mock: { enabled: false } }).api.maxResponseMB).toBe(40);
    expect(() => parseConfig({ mock: { enabled: false }, api: { maxResponseMB: 0 } }, 'config.json')).toThrow(
      /api\.maxResponseMB/,
    );
    expect(() =>
      parseConfig({ mock: { enabled: false }, api: { maxResponseMB: 'big' } }, 'config.json'),
    ).toThrow(/api\.maxResponseMB/);
  });

  it('streamed without Content-Length: reading stops past the limit, the message names resource, size seen and limit', async () => {
    const e = await tasksFailureUnder('hugeResponse', 'tooLarge', 200);
    const m =
      /^tasks: response too large: (\d+\.\d) MB \(([\d,]+) bytes\) received when reading stopped, over the 40 MB limit \(api\.maxResponseMB\)/.exec(
        e.message,
      );
    expect(m, e.message).not.toBeNull();
    const seen = Number(m![2]!.replace(/,/g, ''));
    expect(seen).toBeGreaterThan(40 * MB);
    // Stopped within one chunk of the limit: the rest of the 50 MB was never read.
    expect(seen).toBeLessThanOrEqual(40 * MB + 1024 * 1024);
    expect(seen).toBeLessThan(HUGE_RESPONSE_BYTES);
  });

  it('with a Content-Length over the limit, nothing is read at all', async () => {
    // The normal tasks answer is about 47 KB, with Content-Length; a 0.01 MB limit refuses it up front.
    const small = appConfigSchema.parse({
      mock: { enabled: false },
      api: { baseUrl: MOCK_API_URL, maxResponseMB: 0.01 },
    });
    const e = await failureOf(loadResource(small, 'tasks', null));
    expect(e.kind).toBe('tooLarge');
    expect(e.reason).toMatch(
      /^response too large: [\d,]+ bytes announced by Content-Length, over the 0\.01 MB limit \(api\.maxResponseMB\)$/,
    );
  });

  it('the same answer under a higher limit loads: the limit is what refuses it, not its content', async () => {
    applyScenario('hugeResponse', { resource: 'units' });
    const roomy = appConfigSchema.parse({
      mock: { enabled: false },
      api: { baseUrl: MOCK_API_URL, maxResponseMB: 60 },
    });
    const r = await loadResource(roomy, 'units', null);
    expect(r.report.dropped).toBe(0);
    expect(r.data).toHaveLength(r.report.received);
    expect(r.report.received).toBeGreaterThan(10);
  });

  it('a body without a stream is measured after reading', async () => {
    const res = new Response('x'.repeat(3000));
    Object.defineProperty(res, 'body', { value: null });
    const e = await failureOf(fetchFake('units', async () => res, 2000));
    expect(e.reason).toBe('response too large: 3,000 bytes, over the 0.00191 MB limit (api.maxResponseMB)');
  });
});

describe('a shape that changes between refreshes', () => {
  it('good data first, then a failure naming the resource and what is wrong, the last good data kept, then recovery', async () => {
    const qc = client();
    const opts = taskQueries.list(config, null);
    applyScenario('shapeShift', { resource: 'tasks' });
    const good = await qc.fetchQuery(opts);
    expect(good.data).toHaveLength(15);

    await qc.refetchQueries({ queryKey: opts.queryKey });
    const state = qc.getQueryState(opts.queryKey);
    expect(state?.status).toBe('error');
    expect(state?.error).toBeInstanceOf(ApiError);
    expect((state?.error as ApiError).message).toBe(
      `tasks: data should be an array of rows, got an object (${MOCK_API_URL}/tasks)`,
    );
    expect(qc.getQueryData(opts.queryKey)).toBe(good);

    server.resetHandlers();
    await qc.refetchQueries({ queryKey: opts.queryKey });
    expect(qc.getQueryState(opts.queryKey)?.status).toBe('success');
    expect(qc.getQueryData(opts.queryKey)?.data).toHaveLength(15);
  });

  it('the plan in its new shape fails naming the plan field', async () => {
    applyScenario('shapeShift', { resource: 'plan' });
    await client().fetchQuery(planQueries.detail(config, null));
    const e = await failureOf(client().fetchQuery(planQueries.detail(config, null)));
    expect(e).toMatchObject({ kind: 'shape', resource: 'plan' });
    expect(e.reason).toMatch(/^plan field \S+ expected .+, got /);
  });
});

describe('an as-of date in the future', () => {
  const noon = (date: string) => Date.parse(`${date}T04:00:00Z`); // 12:00 in Beijing

  it('is refused as a whole, naming the resource, meta.asOf, the value and today', async () => {
    applyScenario('futureAsOf', { resource: 'indicators' });
    const e = await failureOf(loadResource(config, 'indicators', null, { now: () => noon('2026-11-27') }));
    expect(e).toMatchObject({ kind: 'shape', resource: 'indicators', url: `${MOCK_API_URL}/indicators` });
    expect(e.message).toBe(
      `indicators: meta.asOf ${FUTURE_AS_OF} is in the future (today is 2026-11-27 in Beijing, one day of clock difference allowed): response refused (${MOCK_API_URL}/indicators)`,
    );
  });

  it('allows one day ahead of today in Beijing, not two', () => {
    const at = noon('2025-12-30');
    expect(() => refuseFutureAsOf('tasks', '/t', '2025-12-30', at)).not.toThrow();
    expect(() => refuseFutureAsOf('tasks', '/t', '2025-12-31', at)).not.toThrow();
    expect(() => refuseFutureAsOf('tasks', '/t', '2026-01-01', at)).toThrow(
      /meta\.asOf 2026-01-01 is in the future \(today is 2025-12-30 in Beijing/,
    );
    // Today is Beijing's: at 23:30 UTC on 12-30 it is already 12-31 in Beijing, so 2026-01-01 is one day ahead.
    expect(() =>
      refuseFutureAsOf('tasks', '/t', '2026-01-01', Date.parse('2025-12-30T23:30:00Z')),
    ).not.toThrow();
  });

  it('the mock data dated 2025-12-31 loads from 2025-12-30 on, and is refused on 2025-12-29', async () => {
    await expect(
      loadResource(config, 'units', null, { now: () => noon('2025-12-30') }),
    ).resolves.toMatchObject({ meta: { asOf: '2025-12-31' } });
    const e = await failureOf(loadResource(config, 'units', null, { now: () => noon('2025-12-29') }));
    expect(e.reason).toMatch(/^meta\.asOf 2025-12-31 is in the future/);
  });

  it('the same rule holds for a mapped source, unless the app assumed the date itself', async () => {
    const mapped = parseConfig(
      {
        mock: { enabled: false },
        api: { baseUrl: MOCK_API_URL },
        resources: { units: { mapping: { rows: 'data', fields: { id: 'id', name: 'name', kind: 'kind' } } } },
      },
      'config.json',
    );
    applyScenario('futureAsOf', { resource: 'units' });
    const e = await failureOf(
      loadResource(mapped, 'units', null, { runner: inProcessRunner, now: () => noon('2026-11-27') }),
    );
    expect(e.reason).toMatch(new RegExp(`^meta\\.asOf ${FUTURE_AS_OF} is in the future`));

    // A source without a date: the app assumes the requested one, which is not the source's claim.
    const undated = parseConfig(
      {
        mock: { enabled: false },
        api: { baseUrl: MOCK_API_URL },
        resources: {
          units: {
            mapping: {
              rows: 'data',
              meta: { asOf: 'nowhere' },
              fields: { id: 'id', name: 'name', kind: 'kind' },
            },
          },
        },
      },
      'config.json',
    );
    server.resetHandlers();
    const r = await loadResource(undated, 'units', '2030-06-30', {
      runner: inProcessRunner,
      now: () => noon('2026-11-27'),
    });
    expect(r.assumed).toContain('asOf');
    expect(r.meta.asOf).toBe('2030-06-30');
  });

  it('a failed refresh with a future date keeps the last good data', async () => {
    const qc = client();
    const opts = planQueries.detail(config, null);
    const good = await qc.fetchQuery(opts);
    applyScenario('futureAsOf', { resource: 'plan' });
    await qc.refetchQueries({ queryKey: opts.queryKey });
    expect(qc.getQueryState(opts.queryKey)?.status).toBe('error');
    expect(qc.getQueryData(opts.queryKey)).toBe(good);
    expect(good.meta.asOf).toBe('2025-12-31');
  });
});
