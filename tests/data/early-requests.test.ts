import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESOURCES } from '../../src/domain/codes';
import { parseConfig } from '../../src/data/config';
import { closeEarlyRequests, resetEarlyRequests, startEarlyRequests } from '../../src/data/early-flights';
import { earlyRequests } from '../../src/data/early-requests';
import { forgetAnswers, loadResource } from '../../src/data/load-resource';
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
});

describe('the app’s fetch layer and the early requests', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetAnswers();
    resetEarlyRequests();
  });

  /** A fetch that answers each call with the next of `answers` (the last one again when they run out). */
  function stubFetch(...answers: (() => Promise<Response>)[]) {
    let call = 0;
    const fetchSpy = vi.fn(() => answers[Math.min(call++, answers.length - 1)]!());
    vi.stubGlobal('fetch', fetchSpy);
    return fetchSpy;
  }
  const status = (code: number) => () => Promise.resolve(new Response('nothing here', { status: code }));

  it('takes the early answer instead of asking again, for canonical and mapped sources alike', async () => {
    for (const config of [testConfig({ api: { baseUrl: 'https://api.example/v1' } }), example('ledger')]) {
      const fetchSpy = stubFetch(status(503));
      startEarlyRequests(config, '');
      const started = fetchSpy.mock.calls.length;
      expect(started).toBe(earlyRequests(config, '', Date.now()).length);
      // The early answer is the app's answer, its fault message the app's own: no second request.
      await expect(loadResource(config, 'tasks', null)).rejects.toThrow(/server answered 503/);
      expect(fetchSpy).toHaveBeenCalledTimes(started);
      resetEarlyRequests();
      forgetAnswers();
    }
  });

  it('asks again itself when an early request got no answer at all', async () => {
    const config = testConfig({ api: { baseUrl: 'https://api.example/v1' } });
    const fetchSpy = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    startEarlyRequests(config, '');
    fetchSpy.mockImplementation(status(404));
    await expect(loadResource(config, 'units', null)).rejects.toThrow(/server answered 404/);
    expect(fetchSpy).toHaveBeenCalledTimes(7);
  });

  it('never takes an early request for another date; closed, the untaken ones are stopped', async () => {
    const config = testConfig({ api: { baseUrl: 'https://api.example/v1' } });
    const fetchSpy = stubFetch(status(500));
    startEarlyRequests(config, '');
    fetchSpy.mockImplementation(status(404));
    await expect(loadResource(config, 'units', '2024-12-31')).rejects.toThrow(/server answered 404/);
    expect(fetchSpy).toHaveBeenCalledTimes(7);
    const signals = fetchSpy.mock.calls.slice(0, 6).map((c) => ((c as unknown[])[1] as RequestInit).signal!);
    closeEarlyRequests();
    expect(signals.every((s) => s.aborted)).toBe(true);
    // A config read after the app has asked starts nothing.
    startEarlyRequests(config, '');
    expect(fetchSpy).toHaveBeenCalledTimes(7);
  });
});
