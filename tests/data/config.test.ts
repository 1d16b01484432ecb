import { describe, expect, it } from 'vitest';
import { applyEnv, DEFAULT_CONFIG, parseConfig, resourceRequest } from '../../src/data/config';
import { CONFIG_TIMEOUT_MS, loadConfig } from '../../src/data/load-config';
import { ApiError } from '../../src/data/errors';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const real = { mock: { enabled: false } };

describe('config', () => {
  it('defaults to a real API on the canonical contract, never to the demo data', () => {
    expect(DEFAULT_CONFIG.mock.enabled).toBe(false);
    expect(resourceRequest(DEFAULT_CONFIG, 'workItems', '2021-06-30').url).toBe(
      '/api/v1/work-items?asOf=2021-06-30',
    );
    expect(resourceRequest(DEFAULT_CONFIG, 'plan', null).url).toBe('/api/v1/plan');
  });

  it('runs the demo only when config.json says "mock": { "enabled": true } in so many words', () => {
    expect(parseConfig({ mock: { enabled: true } }, 'config.json').mock.enabled).toBe(true);
    expect(parseConfig(real, 'config.json').mock.enabled).toBe(false);
    // A config that does not say is not a config: an error, not the demo.
    expect(() => parseConfig({}, 'config.json')).toThrowError(/mock/);
    expect(() => parseConfig({ api: { baseUrl: '/api/v1' } }, 'config.json')).toThrowError(/mock/);
    expect(() => parseConfig({ mock: {} }, 'config.json')).toThrowError(/mock\.enabled/);
    expect(() => parseConfig({ mock: { enabled: 'yes' } }, 'config.json')).toThrowError(/mock\.enabled/);
  });

  it('refuses unknown keys, naming them (a misspelt "Mock" is an error, not ignored)', () => {
    expect(() => parseConfig({ ...real, Mock: { enabled: false } }, 'config.json')).toThrowError(/Mock/);
    expect(() => parseConfig({ ...real, api: { baseURL: '/x' } }, 'config.json')).toThrowError(/baseURL/);
    expect(() => parseConfig({ ...real, thresholds: { lag: 1 } }, 'config.json')).toThrowError(/lag/);
    expect(() => parseConfig({ mock: { enabled: false, scenaro: null } }, 'c')).toThrowError(/scenaro/);
    // A JSON Schema file on the same site (what `?config=/schema/tasks.schema.json` reaches) is no config.
    const schemaFile = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {},
    };
    expect(() => parseConfig(schemaFile, '/schema/tasks.schema.json')).toThrowError(ApiError);
    // A declared $schema is allowed in a config.
    expect(parseConfig({ ...real, $schema: './config.schema.json' }, 'c').mock.enabled).toBe(false);
  });

  it('lets a resource have its own URL template and headers', () => {
    const c = parseConfig(
      {
        ...real,
        api: { baseUrl: 'https://api.example.org/v2/', headers: { 'X-Api-Key': 'k' } },
        resources: {
          tasks: { url: 'https://ledger.example.org/tasks?date={asOf}', headers: { 'X-Extra': '1' } },
        },
      },
      'config.json',
    );
    expect(resourceRequest(c, 'tasks', '2021-06-30')).toEqual({
      url: 'https://ledger.example.org/tasks?date=2021-06-30',
      headers: { 'X-Api-Key': 'k', 'X-Extra': '1' },
    });
    expect(resourceRequest(c, 'units', null).url).toBe('https://api.example.org/v2/units');
  });

  it('refuses URLs that are not http(s) or relative, naming the field', () => {
    expect(() =>
      parseConfig({ ...real, api: { baseUrl: 'javascript:alert(1)' } }, 'config.json'),
    ).toThrowError(/api\.baseUrl/);
    expect(() => parseConfig({ ...real, refreshIntervalSeconds: 'soon' }, 'config.json')).toThrowError(
      /refreshIntervalSeconds/,
    );
  });

  it('lets the build environment pin the API and turn the mock off', () => {
    const c = applyEnv(DEFAULT_CONFIG, { VITE_API_BASE_URL: 'http://127.0.0.1:8787/api/v1' });
    expect(c.mock.enabled).toBe(false);
    expect(c.api.baseUrl).toBe('http://127.0.0.1:8787/api/v1');
    expect(applyEnv(c, { VITE_MOCK: 'true' }).mock.enabled).toBe(true);
  });

  it('loads config.json; a missing file, an error status or bad JSON is an error, never the defaults', async () => {
    const ok = await loadConfig('/config.json', {}, async () =>
      jsonResponse({ ...real, refreshIntervalSeconds: 60 }),
    );
    expect(ok.refreshIntervalSeconds).toBe(60);
    await expect(
      loadConfig('/config.json', {}, async () => new Response('nope', { status: 404 })),
    ).rejects.toThrow(/HTTP 404/);
    await expect(
      loadConfig('/config.json', {}, async () => new Response('bad gateway', { status: 502 })),
    ).rejects.toThrow(/HTTP 502/);
    await expect(
      loadConfig('/config.json', {}, async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).rejects.toThrow(/Failed to fetch/);
    await expect(
      loadConfig('/config.json', {}, async () => new Response('{oops', { status: 200 })),
    ).rejects.toThrow(/not valid JSON/);
  });

  it('gives up on a config.json that does not answer in time', async () => {
    const hung = loadConfig('/config.json', {}, () => new Promise<Response>(() => {}), { timeoutMs: 20 });
    await expect(hung).rejects.toThrow(/no answer within/);
    expect(CONFIG_TIMEOUT_MS).toBeGreaterThanOrEqual(5000);
  });

  it('refuses a config whose answer came from another site (a redirect)', async () => {
    const redirected = () => {
      const res = jsonResponse(real);
      Object.defineProperty(res, 'url', { value: 'http://evil.test/config.json' });
      return Promise.resolve(res);
    };
    await expect(
      loadConfig('/config.json?x', {}, redirected, { origin: 'http://site.test' }),
    ).rejects.toThrow(/redirected to another site \(http:\/\/evil\.test\)/);
    const same = () => {
      const res = jsonResponse(real);
      Object.defineProperty(res, 'url', { value: 'http://site.test/other/config.json' });
      return Promise.resolve(res);
    };
    expect((await loadConfig('/config.json', {}, same, { origin: 'http://site.test' })).mock.enabled).toBe(
      false,
    );
  });
});
