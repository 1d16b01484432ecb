import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FUNCTION_CODES,
  listEnvelopeSchema,
  rowSchemas,
  type ListResourceName,
} from '../../src/domain/schemas';
import { fixtures } from '../../mock/fixtures';
import { applyScenario, MOCK_API_URL, server } from '../../mock/node';
import { parseScaleOptions, SCALE_MONTHS, scaleCounts, scaledFixtures } from '../../mock/scale';

const LISTS: ListResourceName[] = ['units', 'tasks', 'indicators', 'workItems', 'projects'];

describe('scaleCounts', () => {
  it('multiplies the plan; indicators are 20 per factor unit (2,000 at 100×)', () => {
    expect(scaleCounts({ factor: 100 })).toEqual({
      tasks: 1500,
      indicators: 2000,
      workItems: fixtures.workItems.length * 100,
      projects: fixtures.projects.length * 100,
    });
    expect(scaleCounts()).toEqual(scaleCounts({ factor: 100 }));
    expect(scaleCounts({ factor: 2, tasks: 10_000, indicators: 7 })).toMatchObject({
      tasks: 10_000,
      indicators: 7,
    });
  });

  it('refuses counts that are not whole, negative or absurd', () => {
    expect(() => scaleCounts({ factor: 0 })).toThrow(RangeError);
    expect(() => scaleCounts({ tasks: -1 })).toThrow(RangeError);
    expect(() => scaleCounts({ tasks: 1.5 })).toThrow(RangeError);
    expect(() => scaleCounts({ indicators: 1e9 })).toThrow(RangeError);
  });
});

describe('scaledFixtures at 100×', () => {
  const data = scaledFixtures({ factor: 100 });

  it('has the counts the issue asks for', () => {
    expect(data.tasks).toHaveLength(1500);
    expect(data.indicators).toHaveLength(2000);
    expect(data.workItems).toHaveLength(fixtures.workItems.length * 100);
    expect(data.projects).toHaveLength(fixtures.projects.length * 100);
    expect(data.plan).toBe(fixtures.plan);
    expect(data.units).toBe(fixtures.units);
  });

  it.each(LISTS)('%s: ids unique, every row valid under the canonical schema', (resource) => {
    const rows = data[resource] as unknown[];
    const ids = rows.map((r) => (r as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    const parsed = z.array(rowSchemas[resource]).safeParse(rows);
    expect(parsed.success, parsed.error?.message.slice(0, 500)).toBe(true);
  });

  it('keeps the plan’s own rows as copy 0 and suffixes the others', () => {
    expect(data.tasks.slice(0, 15)).toEqual(fixtures.tasks);
    expect(data.tasks[15]!.id).toBe(`${fixtures.tasks[0]!.id}~1`);
    expect(data.tasks[15]!.name).toBe(`${fixtures.tasks[0]!.name} #1`);
    const milestoneIds = data.tasks.flatMap((t) => (t.milestones ?? []).map((m) => m.id));
    expect(new Set(milestoneIds).size).toBe(milestoneIds.length);
  });

  it('spreads tasks over the aspects, functions and units that exist', () => {
    const aspects = new Set(fixtures.plan.aspects.map((a) => a.id));
    const units = new Set(fixtures.units.map((u) => u.id));
    expect(new Set(data.tasks.map((t) => t.aspectId))).toEqual(aspects);
    expect(new Set(data.tasks.flatMap((t) => t.functions))).toEqual(new Set(FUNCTION_CODES));
    const leads = new Set(data.tasks.map((t) => t.leadUnitId));
    for (const id of leads) expect(units.has(id)).toBe(true);
    expect(leads.size).toBe(units.size);
    for (const t of data.tasks) for (const id of t.coUnitIds ?? []) expect(units.has(id)).toBe(true);
  });

  it('gives every indicator 60 monthly observations, 2021-01..2025-12', () => {
    expect(SCALE_MONTHS).toHaveLength(60);
    expect(SCALE_MONTHS[0]).toBe('2021-01-31');
    expect(SCALE_MONTHS.at(-1)).toBe('2025-12-31');
    for (const i of data.indicators) expect(i.observations?.map((o) => o.date)).toEqual(SCALE_MONTHS);
  });

  it('links indicators to tasks and work items that exist', () => {
    const tasks = new Set(data.tasks.map((t) => t.id));
    const items = new Set(data.workItems.map((w) => w.id));
    const indicators = new Set(data.indicators.map((i) => i.id));
    for (const i of data.indicators) {
      if (i.taskId) expect(tasks.has(i.taskId)).toBe(true);
      if (i.workItemId) expect(items.has(i.workItemId)).toBe(true);
    }
    for (const w of data.workItems)
      for (const id of w.indicatorIds ?? []) expect(indicators.has(id)).toBe(true);
  });

  it('is deterministic', () => {
    const a = JSON.stringify(scaledFixtures({ factor: 3 }));
    scaledFixtures({ factor: 4 }); // evicts the memoised factor 3
    expect(JSON.stringify(scaledFixtures({ factor: 3 }))).toBe(a);
  });
});

describe('scaledFixtures for the ledger', () => {
  it('makes 10,000 tasks with unique ids that parse', () => {
    const { tasks } = scaledFixtures({ factor: 1, tasks: 10_000 });
    expect(tasks).toHaveLength(10_000);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(10_000);
    expect(z.array(rowSchemas.tasks).safeParse(tasks).success).toBe(true);
  }, 60_000);
});

describe('parseScaleOptions', () => {
  it('reads strings and numbers, skips empty values, reports bad ones', () => {
    expect(parseScaleOptions({ scale: '100', tasks: 10000, indicators: '' })).toEqual({
      scale: 100,
      tasks: 10000,
    });
    expect(parseScaleOptions({ scale: '0' })).toMatch(/scale/);
    expect(parseScaleOptions({ tasks: 'many' })).toMatch(/tasks/);
    expect(parseScaleOptions({ indicators: -3 })).toMatch(/indicators/);
  });
});

describe('scenario scale through msw/node', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('answers the scaled lists, as-of filtered, with valid envelopes', async () => {
    applyScenario('scale', { scale: 2, tasks: 40 });
    const tasks = (await (await fetch(`${MOCK_API_URL}/tasks?asOf=2021-06-30`)).json()) as {
      data: Array<{ progress: Array<{ date: string }> }>;
    };
    expect(listEnvelopeSchema('tasks').safeParse(tasks).success).toBe(true);
    expect(tasks.data).toHaveLength(40);
    for (const t of tasks.data) for (const p of t.progress) expect(p.date <= '2021-06-30').toBe(true);
    const indicators = (await (await fetch(`${MOCK_API_URL}/indicators`)).json()) as { data: unknown[] };
    expect(indicators.data).toHaveLength(40);
  });

  it('scales only the resource asked for', async () => {
    applyScenario('scale', { resource: 'tasks', tasks: 30 });
    expect(((await (await fetch(`${MOCK_API_URL}/tasks`)).json()) as { data: unknown[] }).data).toHaveLength(
      30,
    );
    expect(
      ((await (await fetch(`${MOCK_API_URL}/indicators`)).json()) as { data: unknown[] }).data,
    ).toHaveLength(fixtures.indicators.length);
  });
});

describe('scenario scale over HTTP', () => {
  it('starts scaled (--scale/--tasks) and switches by POST /__mock/scenario', async () => {
    const { startMockHttpServer } = await import('../../mock/http-server');
    const mock = await startMockHttpServer({ port: 0, scenario: 'scale', scale: { scale: 1, tasks: 25 } });
    try {
      const count = async (path: string) =>
        ((await (await fetch(`${mock.url}/${path}`)).json()) as { data: unknown[] }).data.length;
      expect(await count('tasks')).toBe(25);
      expect(await count('indicators')).toBe(20);
      const post = await fetch(`${mock.origin}/__mock/scenario`, {
        method: 'POST',
        body: JSON.stringify({ name: 'scale', scale: 2, indicators: 7 }),
      });
      expect(post.status).toBe(200);
      expect(await post.json()).toEqual({ scenario: { name: 'scale', scale: 2, indicators: 7 } });
      expect(await count('tasks')).toBe(30);
      expect(await count('indicators')).toBe(7);
      const bad = await fetch(`${mock.origin}/__mock/scenario`, {
        method: 'POST',
        body: JSON.stringify({ name: 'scale', tasks: 'lots' }),
      });
      expect(bad.status).toBe(400);
    } finally {
      await mock.close();
    }
  });
});
