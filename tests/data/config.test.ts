import { describe, expect, it } from 'vitest';
import { applyEnv, DEFAULT_CONFIG, parseConfig, resourceRequest } from '../../src/data/config';
import { loadConfig } from '../../src/data/load-config';
import { ApiError } from '../../src/data/errors';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('config', () => {
  it('defaults to the in-browser mock on the canonical contract', () => {
    expect(DEFAULT_CONFIG.mock.enabled).toBe(true);
    expect(resourceRequest(DEFAULT_CONFIG, 'workItems', '2021-06-30').url).toBe(
      '/api/v1/work-items?asOf=2021-06-30',
    );
    expect(resourceRequest(DEFAULT_CONFIG, 'plan', null).url).toBe('/api/v1/plan');
  });

  it('lets a resource have its own URL template and headers', () => {
    const c = parseConfig(
      {
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
    expect(() => parseConfig({ api: { baseUrl: 'javascript:alert(1)' } }, 'config.json')).toThrowError(
      /api\.baseUrl/,
    );
    expect(() => parseConfig({ refreshIntervalSeconds: 'soon' }, 'config.json')).toThrowError(ApiError);
  });

  it('lets the build environment pin the API and turn the mock off', () => {
    const c = applyEnv(DEFAULT_CONFIG, { VITE_API_BASE_URL: 'http://127.0.0.1:8787/api/v1' });
    expect(c.mock.enabled).toBe(false);
    expect(c.api.baseUrl).toBe('http://127.0.0.1:8787/api/v1');
    expect(applyEnv(c, { VITE_MOCK: 'true' }).mock.enabled).toBe(true);
  });

  it('loads config.json, falls back to defaults on 404, and reports bad JSON', async () => {
    const ok = await loadConfig('/config.json', {}, async () => jsonResponse({ refreshIntervalSeconds: 60 }));
    expect(ok.refreshIntervalSeconds).toBe(60);
    const missing = await loadConfig('/config.json', {}, async () => new Response('nope', { status: 404 }));
    expect(missing).toEqual(DEFAULT_CONFIG);
    // The build's environment still applies when there is no config.json.
    const pinned = await loadConfig(
      '/config.json',
      { VITE_API_BASE_URL: 'https://api.example.org/v1' },
      async () => new Response('', { status: 404 }),
    );
    expect(pinned.mock.enabled).toBe(false);
    expect(pinned.api.baseUrl).toBe('https://api.example.org/v1');
    await expect(
      loadConfig('/config.json', {}, async () => new Response('{oops', { status: 200 })),
    ).rejects.toThrow(/not valid JSON/);
  });
});
