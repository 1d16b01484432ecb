import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESOURCES } from '../../src/domain/codes';
import { parseConfig, type AppConfig } from '../../src/data/config';
import { earlyRequests } from '../../src/data/early-requests';
import { forgetAnswers, loadResource } from '../../src/data/load-resource';
import { runParseTask } from '../../src/data/parse-tasks';
import { isProvided } from '../../src/data/provided';
import { prepareRequests } from '../../src/data/requests';
import { sentAsOf } from '../../src/data/undated';
import { testConfig } from '../support/test-config';

const NOW = Date.parse('2025-07-01T04:00:00Z');
const example = (name: string) =>
  parseConfig(JSON.parse(readFileSync(`examples/${name}.config.json`, 'utf8')) as unknown, name);

describe('the requests public/boot.js starts before the app runs', () => {
  it('are the canonical API’s six at the page’s report date', () => {
    const c = testConfig({ api: { baseUrl: 'https://api.example/v1/' } });
    const latest = earlyRequests(c, '', NOW);
    expect(latest.map((r) => r.url)).toEqual(
      ['plan', 'units', 'tasks', 'indicators', 'work-items', 'projects'].map(
        (p) => `https://api.example/v1/${p}`,
      ),
    );
    expect(latest[0]!.init).toEqual({
      method: 'GET',
      body: undefined,
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
    expect(earlyRequests(c, '?asOf=2025-06-30&theme=ink', NOW)[2]!.url).toBe(
      'https://api.example/v1/tasks?asOf=2025-06-30',
    );
    // Not a date the app would read: the latest, as the app asks.
    expect(earlyRequests(c, '?asOf=2025-02-30', NOW)[2]!.url).toBe('https://api.example/v1/tasks');
  });

  it('are none for the demo, and skip what the source does not provide', () => {
    expect(earlyRequests(testConfig({ mock: { enabled: true, scenario: null } }), '', NOW)).toEqual([]);
    const c = testConfig({ resources: { workItems: false } });
    expect(earlyRequests(c, '', NOW).map((r) => r.url)).not.toContain('/api/v1/work-items');
    expect(earlyRequests(c, '', NOW)).toHaveLength(5);
  });

  it('carry a mapped source’s every request, its method, body and credentials, as the app sends them', () => {
    for (const name of ['ledger', 'opendata', 'ruoyi', 'sheet']) {
      const c = example(name);
      // The resources the app's queries ask for (planDataQueries: the plan, and every list the source
      // provides), at the date the app sends (none for a source whose requests name no date).
      const expected = RESOURCES.filter((r) => r === 'plan' || isProvided(c, r)).flatMap((resource) =>
        prepareRequests(c, resource, sentAsOf(c, resource, '2025-06-30'), NOW),
      );
      const early = earlyRequests(c, '?asOf=2025-06-30', NOW);
      expect(early.map((r) => r.url)).toEqual(expected.map((r) => r.url));
      expect(early.map((r) => r.init.method)).toEqual(expected.map((r) => r.method));
      expect(early.map((r) => r.init.body)).toEqual(expected.map((r) => r.body));
      expect(early.map((r) => r.init.headers)).toEqual(
        expected.map((r) => expect.objectContaining(r.headers) as unknown),
      );
    }
  });

  it('are worked out in the parse worker from config.json’s text, with the build’s overrides', () => {
    const text = JSON.stringify({ mock: { enabled: false, scenario: null }, api: { baseUrl: '/api/v1' } });
    const early = runParseTask({ kind: 'early', url: 'config.json', text, search: '', now: NOW });
    expect((early as { url: string }[]).map((r) => r.url)[0]).toBe('/api/v1/plan');
  });
});

describe('the app’s fetch layer and the early requests', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetAnswers();
  });

  /** boot.js's requests as it leaves them for the app, each answered with `answer`. */
  function startedEarly(config: AppConfig, answer: () => Promise<Response>) {
    const flights: Record<string, { response: Promise<Response>; controller: AbortController }> = {};
    for (const r of earlyRequests(config, '', Date.now())) {
      const response = answer();
      // As boot.js does: one nobody takes is no stray error.
      response.catch(() => {});
      flights[r.key] = { response, controller: new AbortController() };
    }
    const early = { closed: false, started: Object.keys(flights).length, flights };
    vi.stubGlobal('window', { __zerobayEarly: early });
    return early;
  }

  it('takes the early answer instead of asking again, for canonical and mapped sources alike', async () => {
    for (const config of [testConfig({ api: { baseUrl: 'https://api.example/v1' } }), example('ledger')]) {
      const asked = vi.fn(() => Promise.reject(new Error('asked again')));
      vi.stubGlobal('fetch', asked);
      const early = startedEarly(config, () =>
        Promise.resolve(new Response('down for maintenance', { status: 503 })),
      );
      // The early answer is the app's answer, its fault message the app's own.
      await expect(loadResource(config, 'tasks', null)).rejects.toThrow(/server answered 503/);
      expect(asked).not.toHaveBeenCalled();
      const taken = prepareRequests(config, 'tasks', null).length;
      expect(Object.keys(early.flights)).toHaveLength(early.started - taken);
      forgetAnswers();
    }
  });

  it('asks again itself when an early request got no answer at all', async () => {
    const config = testConfig({ api: { baseUrl: 'https://api.example/v1' } });
    const asked = vi.fn(() => Promise.resolve(new Response('{}', { status: 404 })));
    vi.stubGlobal('fetch', asked);
    startedEarly(config, () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadResource(config, 'units', null)).rejects.toThrow(/server answered 404/);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('never takes an early request for another date', async () => {
    const config = testConfig({ api: { baseUrl: 'https://api.example/v1' } });
    const asked = vi.fn(() => Promise.resolve(new Response('{}', { status: 404 })));
    vi.stubGlobal('fetch', asked);
    const early = startedEarly(config, () => Promise.resolve(new Response('', { status: 500 })));
    await expect(loadResource(config, 'units', '2024-12-31')).rejects.toThrow(/server answered 404/);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(Object.keys(early.flights)).toHaveLength(6);
  });
});
