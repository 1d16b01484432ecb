// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { configFetch } from '../../src/app/config-fetch';
import { prefetchPlanData } from '../../src/app/early-start';
import { DEFAULT_CONFIG } from '../../src/data/config';
import { resourceQueryKey } from '../../src/data/queries';

describe('early start', () => {
  it('takes the config answer public/boot.js requested, once, and only for the same URL', async () => {
    const early = {
      url: 'http://site.test/config.json',
      response: Promise.resolve(new Response('{"compareMonths":6}')),
    };
    const other = configFetch('/other.json', 'http://site.test/', early);
    expect(other).toBe(fetch);
    Object.assign(window, { __zerobayConfig: early });
    const same = configFetch('/config.json', 'http://site.test/tasks', early);
    expect(same).not.toBe(fetch);
    expect(await (await same('/config.json')).json()).toEqual({ compareMonths: 6 });
    // Taken: a second load (a retry) asks the server again.
    expect((window as { __zerobayConfig?: unknown }).__zerobayConfig).toBeUndefined();
  });

  it('requests the six resources of the URL’s report date under the views’ query keys', () => {
    const client = new QueryClient();
    const config = { ...DEFAULT_CONFIG, mock: { enabled: false, scenario: null } };
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    prefetchPlanData(client, config, '?asOf=2021-06-30&kiosk=1');
    const keys = client
      .getQueryCache()
      .getAll()
      .map((q) => JSON.stringify(q.queryKey));
    expect(keys).toHaveLength(6);
    expect(keys).toContain(JSON.stringify(resourceQueryKey('tasks', config, '2021-06-30')));
    expect(spy).toHaveBeenCalledTimes(6);
    expect(String(spy.mock.calls[0]?.[0])).toContain('/api/v1/plan?asOf=2021-06-30');
    // An invalid date means "latest", as in the views.
    prefetchPlanData(client, config, '?asOf=2021-02-30');
    expect(client.getQueryCache().find({ queryKey: resourceQueryKey('plan', config, null) })).toBeDefined();
    spy.mockRestore();
    client.clear();
  });
});
