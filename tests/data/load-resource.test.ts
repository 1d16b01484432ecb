import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/data/config';
import { ApiError } from '../../src/data/errors';
import { loadResource } from '../../src/data/load-resource';
import { inProcessRunner } from '../../src/data/mapping/runner';
import { ledgerUnitRow, ledgerUnitsResource } from '../support/ledger-units';

const unitRow = ledgerUnitRow;

function fakeFetch(routes: Record<string, unknown>, calls: string[] = []): typeof fetch {
  return async (input) => {
    const url = String(input);
    calls.push(url);
    const path = new URL(url).pathname;
    if (!(path in routes)) return new Response('{"error":"not found"}', { status: 404 });
    const body = routes[path];
    return typeof body === 'string' ? new Response(body) : Response.json(body);
  };
}

const config = parseConfig(
  {
    mock: { enabled: false },
    api: { baseUrl: 'https://api.test/v1' },
    resources: {
      units: ledgerUnitsResource({ success: { path: 'code', equals: [0], message: 'msg' } }),
      projects: {
        path: 'doc',
        mapping: { jsonata: "[sites.{ 'id': id, 'name': name, 'kind': 'site' }]" },
      },
      plan: { path: 'doc', mapping: { rows: 'plan' } },
      tasks: { path: 'tasks', requests: [{ name: 'reports', path: 'reports' }], mapping: { jsonata: '[]' } },
    },
  },
  'test',
);

describe('loadResource', () => {
  it('maps, validates, drops bad rows with the source field, and says what it assumed', async () => {
    const r = await loadResource(config, 'units', '2021-06-30', {
      runner: inProcessRunner,
      fetchImpl: fakeFetch({
        '/v1/units': { code: 0, rows: [unitRow('a'), unitRow('b', '外星'), unitRow('c')] },
      }),
      now: () => Date.UTC(2021, 5, 30, 10),
    });
    expect((r.data as Array<{ id: string }>).map((u) => u.id)).toEqual(['a', 'c']);
    expect(r.report).toMatchObject({ received: 3, kept: 2, dropped: 1 });
    expect(r.report.issues[0]).toMatchObject({
      rowId: 'b',
      path: 'kind',
      got: '"外星"',
      source: 'rows[1].lx',
    });
    expect(r.meta).toEqual({
      asOf: '2021-06-30',
      source: 'api.test',
      generatedAt: '2021-06-30T18:00:00+08:00',
    });
    expect(r.assumed).toEqual(['asOf', 'source', 'generatedAt']);
    expect(r.requests).toEqual([
      { name: 'main', method: 'GET', shownUrl: 'https://api.test/v1/units', shownHeaders: [] },
    ]);
  });

  it('for "latest" without a date from the source, assumes today in Beijing', async () => {
    const r = await loadResource(config, 'units', null, {
      runner: inProcessRunner,
      fetchImpl: fakeFetch({ '/v1/units': { code: 0, rows: [unitRow('a')] } }),
      now: () => Date.UTC(2025, 11, 31, 20),
    });
    expect(r.meta.asOf).toBe('2026-01-01');
  });

  it("fails the resource with the API's own error message", async () => {
    const e = await loadResource(config, 'units', null, {
      runner: inProcessRunner,
      fetchImpl: fakeFetch({ '/v1/units': { code: 401, msg: '令牌无效', rows: [] } }),
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).kind).toBe('source');
    expect((e as ApiError).message).toMatch(/units: the API reported an error: code = 401/);
    // The API's own words are upstream text: kept apart for /data-health, never in the banner's message.
    expect((e as ApiError).message).not.toContain('令牌无效');
    expect((e as ApiError).detail).toBe('令牌无效');
  });

  it('fetches a document shared by several resources once', async () => {
    const calls: string[] = [];
    const fetchImpl = fakeFetch({ '/v1/doc': { sites: [{ id: 'P1', name: '园区' }], plan: {} } }, calls);
    const [projects, plan] = await Promise.allSettled([
      loadResource(config, 'projects', null, { runner: inProcessRunner, fetchImpl }),
      loadResource(config, 'plan', null, { runner: inProcessRunner, fetchImpl }),
    ]);
    expect(calls).toEqual(['https://api.test/v1/doc']);
    expect(projects.status === 'fulfilled' && projects.value.data).toEqual([
      { id: 'P1', name: '园区', kind: 'site', functions: [], location: null, statusHistory: [] },
    ]);
    // The empty plan fails validation as a whole, naming the field.
    expect(plan.status === 'rejected' && String(plan.reason)).toMatch(
      /plan field id expected string, got missing/,
    );
  });

  it('names the extra request that failed', async () => {
    const e = await loadResource(config, 'tasks', null, {
      runner: inProcessRunner,
      fetchImpl: fakeFetch({ '/v1/tasks': [], '/v1/reports': '<html>502</html>' }),
    }).catch((x: unknown) => x);
    expect((e as ApiError).message).toMatch(/^tasks: request "reports": expected JSON, got an HTML page/);
    const e2 = await loadResource(config, 'tasks', null, {
      runner: inProcessRunner,
      fetchImpl: fakeFetch({ '/v1/tasks': [] }),
    }).catch((x: unknown) => x);
    expect((e2 as ApiError).message).toMatch(/^tasks: request "reports": server answered 404/);
  });

  it('reports a broken mapping as a mapping failure', async () => {
    const broken = parseConfig(
      {
        ...JSON.parse(JSON.stringify(config)),
        resources: { projects: { path: 'doc', mapping: { jsonata: 'sites.{ "id": }' } } },
      },
      'x',
    );
    const e = await loadResource(broken, 'projects', null, {
      runner: inProcessRunner,
      fetchImpl: fakeFetch({ '/v1/doc': {} }),
    }).catch((x: unknown) => x);
    expect((e as ApiError).kind).toBe('mapping');
    expect((e as ApiError).reason).toMatch(/^mapping failed: JSONata S0\d+ at character \d+/);
  });
});
