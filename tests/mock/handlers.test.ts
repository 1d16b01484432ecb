import { getResponse } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listEnvelopeSchema,
  planEnvelopeSchema,
  RESOURCE_PATHS,
  RESOURCES,
  rowSchemas,
  type ListResourceName,
  type ResourceName,
} from '../../src/domain/schemas';
import { MOCK_LATEST } from '../../mock/as-of';
import { fixtures } from '../../mock/fixtures';
import { createHandlers } from '../../mock/handlers';
import { MOCK_API_URL, server, applyScenario } from '../../mock/node';
import {
  FUTURE_AS_OF,
  HUGE_RESPONSE_BYTES,
  INVALID_ROWS,
  MALFORMED_BODY,
  PARTIAL_ROWS_FAULTS,
  SCENARIO_NAMES,
} from '../../mock/scenarios';
import { serveMockApi } from '../support/mock-server';

const LISTS = RESOURCES.filter((r): r is ListResourceName => r !== 'plan');
const url = (resource: ResourceName, query = '') => `${MOCK_API_URL}/${RESOURCE_PATHS[resource]}${query}`;
const envelopeSchemaOf = (resource: ResourceName) =>
  resource === 'plan' ? planEnvelopeSchema : listEnvelopeSchema(resource);

async function getJson(resource: ResourceName, query = '') {
  const res = await fetch(url(resource, query));
  return { res, body: (await res.json()) as { meta: { asOf: string }; data: unknown } };
}

serveMockApi();

describe('normal handlers', () => {
  it.each(RESOURCES)('GET %s answers a schema-valid envelope at the latest date', async (resource) => {
    const { res, body } = await getJson(resource);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const parsed = envelopeSchemaOf(resource).safeParse(body);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(body.meta).toEqual({
      asOf: MOCK_LATEST,
      source: 'zerobay-mock',
      generatedAt: '2025-12-31T18:00:00+08:00',
    });
  });

  it('filters by asOf', async () => {
    const { body } = await getJson('tasks', '?asOf=2021-06-30');
    expect(body.meta.asOf).toBe('2021-06-30');
    expect(body.meta).toMatchObject({ generatedAt: '2021-06-30T18:00:00+08:00' });
    const t06 = (
      body.data as Array<{
        id: string;
        progress: Array<{ date: string; percent: number }>;
        completedOn: string | null;
      }>
    ).find((t) => t.id === 'T06');
    expect(t06?.progress.at(-1)).toEqual({ date: '2021-06-30', percent: 10 });
    expect(t06?.completedOn).toBeNull();
    const indicators = await getJson('indicators', '?asOf=2021-06-30');
    for (const i of indicators.body.data as Array<{ observations: Array<{ date: string }> }>) {
      for (const o of i.observations) expect(o.date <= '2021-06-30').toBe(true);
    }
  });

  it('treats an empty asOf as latest', async () => {
    const { res, body } = await getJson('projects', '?asOf=');
    expect(res.status).toBe(200);
    expect(body.meta.asOf).toBe(MOCK_LATEST);
  });

  it('clamps a future asOf to the latest data date', async () => {
    const { res, body } = await getJson('tasks', '?asOf=2031-01-01');
    expect(res.status).toBe(200);
    expect(body.meta.asOf).toBe('2025-12-31');
  });

  it.each(['2021-02-30', 'latest', '20210630'])(
    'answers 400 for asOf=%s, naming parameter and value',
    async (bad) => {
      const res = await fetch(url('tasks', `?asOf=${bad}`));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string };
      expect(body.error).toContain('asOf');
      expect(body.error).toContain(bad);
    },
  );

  it('matches any origin in Node, e.g. jsdom’s http://localhost:3000', async () => {
    const res = await fetch('http://localhost:3000/api/v1/units');
    expect(res.status).toBe(200);
  });

  it('createHandlers takes fixture overrides and an absolute base URL', async () => {
    const one = fixtures.tasks.slice(0, 1);
    const handlers = createHandlers({ tasks: one }, { baseUrl: 'http://api.example.test/v2/' });
    const res = await getResponse(handlers, new Request('http://api.example.test/v2/tasks?asOf=2021-01-31'));
    const body = (await res?.json()) as { data: Array<{ id: string; progress: unknown[] }> };
    expect(body.data.map((t) => t.id)).toEqual(['T01']);
    expect(body.data[0]?.progress).toHaveLength(1);
    expect(await getResponse(handlers, new Request('http://elsewhere.test/v2/tasks'))).toBeUndefined();
  });
});

describe('scenarios', () => {
  const tested = new Set<string>();
  afterAll(() => expect([...tested].sort()).toEqual([...SCENARIO_NAMES].sort()));

  it('serverError: 500 with a JSON body, only on the chosen resource', async () => {
    tested.add('serverError');
    applyScenario('serverError', { resource: 'tasks' });
    const res = await fetch(url('tasks'));
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
    expect((await fetch(url('units'))).status).toBe(200);
  });

  it('serverError without a resource breaks all six', async () => {
    applyScenario('serverError');
    for (const r of RESOURCES) expect((await fetch(url(r))).status).toBe(500);
  });

  it('hang: never answers, the client has to abort', async () => {
    tested.add('hang');
    applyScenario('hang', { resource: 'plan' });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    await expect(fetch(url('plan'), { signal: controller.signal })).rejects.toThrow(/abort/i);
    clearTimeout(timer);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('slow: answers the normal data after the delay', async () => {
    tested.add('slow');
    applyScenario('slow', { delayMs: 300 });
    const started = Date.now();
    const { res, body } = await getJson('indicators', '?asOf=2023-06-30');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(res.status).toBe(200);
    expect(body.meta.asOf).toBe('2023-06-30');
    expect(listEnvelopeSchema('indicators').safeParse(body).success).toBe(true);
  });

  it('malformedJson: 200, JSON content type, body cut short', async () => {
    tested.add('malformedJson');
    applyScenario('malformedJson');
    const res = await fetch(url('workItems'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const text = await res.text();
    expect(text).toBe(MALFORMED_BODY);
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('wrongShape: valid JSON that is not the envelope', async () => {
    tested.add('wrongShape');
    applyScenario('wrongShape');
    const list = await getJson('tasks');
    expect(list.res.status).toBe(200);
    expect(list.body).toHaveProperty('items');
    expect(listEnvelopeSchema('tasks').safeParse(list.body).success).toBe(false);
    const plan = await getJson('plan');
    expect(Array.isArray(plan.body)).toBe(true);
    expect(planEnvelopeSchema.safeParse(plan.body).success).toBe(false);
  });

  it.each(LISTS)(
    'partialRows: only the listed %s rows are broken, the rest are the normal rows',
    async (resource) => {
      tested.add('partialRows');
      const normal = (await getJson(resource, '?asOf=2022-06-30')).body.data as unknown[];
      applyScenario('partialRows', { resource });
      const { res, body } = await getJson(resource, '?asOf=2022-06-30');
      expect(res.status).toBe(200);
      const rows = body.data as unknown[];
      expect(rows).toHaveLength(normal.length);
      const brokenAt = PARTIAL_ROWS_FAULTS[resource].map(([index]) => index);
      expect(brokenAt.length).toBeGreaterThanOrEqual(2);
      rows.forEach((row, i) => {
        const ok = rowSchemas[resource].safeParse(row).success;
        if (brokenAt.includes(i)) expect(ok, `${resource}[${i}] should be broken`).toBe(false);
        else {
          expect(ok, `${resource}[${i}] should be valid`).toBe(true);
          expect(row).toEqual(normal[i]);
        }
      });
    },
  );

  it('partialRows leaves the plan intact', async () => {
    applyScenario('partialRows');
    expect(planEnvelopeSchema.safeParse((await getJson('plan')).body).success).toBe(true);
  });

  it('empty: [] for lists and null for the plan, in a valid envelope', async () => {
    tested.add('empty');
    applyScenario('empty');
    for (const r of LISTS) {
      const { body } = await getJson(r);
      expect(body.data).toEqual([]);
      expect(listEnvelopeSchema(r).safeParse(body).success).toBe(true);
    }
    const plan = await getJson('plan');
    expect(plan.body.data).toBeNull();
    expect(plan.body.meta.asOf).toBe(MOCK_LATEST);
  });

  it('htmlErrorPage: 502 with an nginx HTML page', async () => {
    tested.add('htmlErrorPage');
    applyScenario('htmlErrorPage', { resource: 'projects' });
    const res = await fetch(url('projects'));
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('xss: the same rows, every free-text field carrying a payload', async () => {
    tested.add('xss');
    applyScenario('xss', { resource: 'units' });
    const res = await fetch(url('units'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Array<{ id: string; name: string }> };
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.some((u) => /<script>|onerror=|javascript:|<svg/.test(u.name))).toBe(true);
  });

  it('scale: the plan multiplied (mock/scale.ts; more in scale.test.ts)', async () => {
    tested.add('scale');
    applyScenario('scale', { resource: 'tasks', scale: 3 });
    const { body } = await getJson('tasks');
    expect(body.data).toHaveLength(fixtures.tasks.length * 3);
  });

  it('invalidRows: 150,000 rows of which only the first is valid, under the 40 MB default limit', async () => {
    tested.add('invalidRows');
    applyScenario('invalidRows', { resource: 'tasks' });
    const res = await fetch(url('tasks'));
    const text = await res.text();
    expect(text.length).toBeLessThan(40 * 1024 * 1024);
    const body = JSON.parse(text) as { data: Array<{ id: string; due: string }> };
    expect(body.data).toHaveLength(INVALID_ROWS);
    expect(body.data[1]).toMatchObject({ id: 'BAD-1', due: '2021-13-45' });
    expect((await fetch(url('units'))).status).toBe(200);
  });

  it('connectionReset: a network error, no answer at all, only on the chosen resource', async () => {
    tested.add('connectionReset');
    applyScenario('connectionReset', { resource: 'tasks' });
    await expect(fetch(url('tasks'))).rejects.toThrow(TypeError);
    expect((await fetch(url('units'))).status).toBe(200);
  });

  it('outage: every request under the API is cut, whatever resource is named, until cleared', async () => {
    tested.add('outage');
    applyScenario('outage', { resource: 'tasks' });
    await expect(fetch(url('units'))).rejects.toThrow(TypeError);
    await expect(fetch(url('plan'))).rejects.toThrow(TypeError);
    await expect(fetch(`${MOCK_API_URL}/anything-else`)).rejects.toThrow(TypeError);
  });

  it('hugeResponse: 50 MB streamed without Content-Length, a valid envelope padded with one huge string', async () => {
    tested.add('hugeResponse');
    const normal = await getJson('units');
    applyScenario('hugeResponse', { resource: 'units' });
    const res = await fetch(url('units'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-length')).toBeNull();
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.byteLength).toBe(HUGE_RESPONSE_BYTES);
    const body = JSON.parse(new TextDecoder().decode(bytes)) as {
      meta: unknown;
      data: unknown;
      padding: string;
    };
    expect(body.padding.length).toBeGreaterThan(HUGE_RESPONSE_BYTES - 100_000);
    expect(listEnvelopeSchema('units').safeParse(body).success).toBe(true);
    expect(body.data).toEqual(normal.body.data);
    expect(body.meta).toEqual(normal.body.meta);
  });

  it('shapeShift: the first answer per resource is normal, later ones wrap data in { rows, total }', async () => {
    tested.add('shapeShift');
    applyScenario('shapeShift');
    const first = await getJson('tasks', '?asOf=2022-06-30');
    expect(listEnvelopeSchema('tasks').safeParse(first.body).success).toBe(true);
    const plan = await getJson('plan');
    expect(planEnvelopeSchema.safeParse(plan.body).success).toBe(true);
    for (let i = 0; i < 2; i += 1) {
      const later = await getJson('tasks', '?asOf=2022-06-30');
      expect(later.res.status).toBe(200);
      expect(later.body.meta.asOf).toBe('2022-06-30');
      expect(later.body.data).toEqual({
        rows: first.body.data,
        total: (first.body.data as unknown[]).length,
      });
      expect(listEnvelopeSchema('tasks').safeParse(later.body).success).toBe(false);
    }
    const laterPlan = await getJson('plan');
    expect(laterPlan.body.data).toEqual({ plan: plan.body.data, version: 2 });
    // Activating it again starts the count afresh.
    server.resetHandlers();
    applyScenario('shapeShift', { resource: 'tasks' });
    expect(listEnvelopeSchema('tasks').safeParse((await getJson('tasks')).body).success).toBe(true);
  });

  it('futureAsOf: the normal data, but meta.asOf far in the future', async () => {
    tested.add('futureAsOf');
    const normal = await getJson('indicators');
    applyScenario('futureAsOf', { resource: 'indicators' });
    const { res, body } = await getJson('indicators');
    expect(res.status).toBe(200);
    expect(body.meta).toMatchObject({ asOf: FUTURE_AS_OF, generatedAt: `${FUTURE_AS_OF}T18:00:00+08:00` });
    expect(FUTURE_AS_OF > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(body.data).toEqual(normal.body.data);
    expect(listEnvelopeSchema('indicators').safeParse(body).success).toBe(true);
  });

  it('resetHandlers brings the normal answers back', async () => {
    applyScenario('serverError');
    expect((await fetch(url('tasks'))).status).toBe(500);
    server.resetHandlers();
    expect((await fetch(url('tasks'))).status).toBe(200);
  });
});
