import { describe, expect, it } from 'vitest';
import { parseConfig, resourceRequest } from '../../src/data/config';
import { configUrlFromLocation } from '../../src/data/load-config';
import { sourceKey } from '../../src/data/source-key';
import { ApiError } from '../../src/data/errors';
import { beijingToday, describeRequests, prepareRequests, renderTemplate } from '../../src/data/requests';

const cfg = (json: Record<string, unknown>) =>
  parseConfig({ mock: { enabled: false }, ...json }, 'config.json');

describe('URL templates', () => {
  it('fills {asOf}, formats, year, month and day', () => {
    expect(renderTemplate('/x/{asOf}', '2021-06-30')).toBe('/x/2021-06-30');
    expect(renderTemplate('{asOf:YYYYMMDD}|{asOf:YYYY/M/D}|{asOf:YYYY年M月D日}', '2021-06-03')).toBe(
      '20210603|2021/6/3|2021年6月3日',
    );
    expect(renderTemplate('/stats/{year}/{month}/{day}', '2021-06-30')).toBe('/stats/2021/06/30');
    expect(renderTemplate('/x?d={asOf}&y={year}', null)).toBe('/x?d=&y=');
  });

  it('rejects placeholders it does not know, naming them', () => {
    expect(() => cfg({ resources: { tasks: { url: '/t?d={date}' } } })).toThrow(
      /resources\.tasks\.url: unknown placeholder \{date\}/,
    );
  });
});

describe('prepareRequests', () => {
  const config = cfg({
    mock: { enabled: false },
    api: {
      baseUrl: 'https://ledger.example.org/api/',
      headers: { 'X-Tenant': 'minhang' },
      auth: { type: 'bearer', token: 's3cret-token' },
    },
    resources: {
      tasks: {
        path: 'rw/list',
        method: 'POST',
        body: { jzrq: '{asOf:YYYYMMDD}', pageSize: 1000 },
        query: { scope: 'zerobay', date: '{asOf}' },
        requests: [
          {
            name: 'reports',
            path: 'jdhb/list',
            query: { jzrq: '{asOf:YYYYMMDD}' },
            auth: { type: 'apiKey', in: 'query', name: 'appkey', value: 'k3y-in-url' },
          },
          {
            name: 'extra',
            url: 'https://other.example.org/x/{year}',
            latest: 'today',
            auth: { type: 'basic', username: 'u', password: 'p' },
          },
        ],
      },
      units: {
        url: 'https://units.example.org/list',
        auth: { type: 'apiKey', name: 'X-Api-Key', value: 'hdr-key' },
      },
    },
  });

  it('builds the main request and the extra ones with query, body and auth', () => {
    const [main, reports, extra] = prepareRequests(config, 'tasks', '2021-06-30', Date.UTC(2026, 0, 1));
    expect(main).toMatchObject({
      name: 'main',
      method: 'POST',
      url: 'https://ledger.example.org/api/rw/list?scope=zerobay&date=2021-06-30',
      body: JSON.stringify({ jzrq: '20210630', pageSize: 1000 }),
    });
    expect(main!.headers).toEqual({
      'X-Tenant': 'minhang',
      Authorization: 'Bearer s3cret-token',
      'Content-Type': 'application/json',
    });
    expect(reports!.url).toBe('https://ledger.example.org/api/jdhb/list?jzrq=20210630&appkey=k3y-in-url');
    expect(reports!.headers.Authorization).toBeUndefined();
    expect(extra!.url).toBe('https://other.example.org/x/2021');
    expect(extra!.headers.Authorization).toBe(`Basic ${btoa('u:p')}`);
    expect(prepareRequests(config, 'units', null)[0]!.headers['X-Api-Key']).toBe('hdr-key');
  });

  it('leaves empty query values out for "latest", or uses today when asked', () => {
    const [main, reports, extra] = prepareRequests(config, 'tasks', null, Date.UTC(2026, 0, 1, 20));
    expect(main!.url).toBe('https://ledger.example.org/api/rw/list?scope=zerobay');
    expect(main!.body).toBe(JSON.stringify({ jzrq: '', pageSize: 1000 }));
    expect(reports!.url).toBe('https://ledger.example.org/api/jdhb/list?appkey=k3y-in-url');
    // 20:00 UTC on 1 January is already 2 January in Beijing.
    expect(beijingToday(Date.UTC(2026, 0, 1, 20))).toBe('2026-01-02');
    expect(extra!.url).toBe('https://other.example.org/x/2026');
  });

  it('never shows a credential: URLs redacted, header names only', () => {
    const shown = JSON.stringify(
      [...prepareRequests(config, 'tasks', '2021-06-30'), ...prepareRequests(config, 'units', null)].map(
        (r) => [r.shownUrl, r.shownHeaders],
      ),
    );
    for (const secret of ['s3cret-token', 'k3y-in-url', 'hdr-key', btoa('u:p')])
      expect(shown).not.toContain(secret);
    expect(describeRequests(prepareRequests(config, 'tasks', '2021-06-30'))[1]).toBe(
      'reports: GET https://ledger.example.org/api/jdhb/list?jzrq=20210630&appkey=***',
    );
  });

  it('keeps the canonical contract and resourceRequest for configs without sources', () => {
    const plain = cfg({ api: { baseUrl: '/api/v1' } });
    expect(resourceRequest(plain, 'workItems', '2021-06-30')).toEqual({
      url: '/api/v1/work-items?asOf=2021-06-30',
      headers: {},
    });
    expect(resourceRequest(plain, 'plan', null)).toEqual({ url: '/api/v1/plan', headers: {} });
    expect(sourceKey(plain)).toBe('/api/v1');
    expect(sourceKey(cfg({ mock: { enabled: true } }))).toBe('mock');
    expect(sourceKey(config)).toMatch(/^https:\/\/ledger\.example\.org\/api\/#\w+$/);
    expect(sourceKey(config)).not.toBe(
      sourceKey(cfg({ ...JSON.parse(JSON.stringify(config)), resources: {} })),
    );
  });
});

describe('config validation messages', () => {
  it('names the deepest field of a mapping that is wrong', () => {
    expect(() =>
      cfg({ resources: { tasks: { mapping: { fields: { start: { path: 'ksrq', typ: 'date' } } } } } }),
    ).toThrow(/resources\.tasks\.mapping\.fields\.start/);
    expect(() =>
      cfg({ resources: { tasks: { mapping: { fields: { start: { path: 'ksrq', type: 'day' } } } } } }),
    ).toThrow(/resources\.tasks\.mapping\.fields\.start\.type/);
    expect(() => cfg({ resources: { tasks: { url: '/a', path: 'b' } } })).toThrow(/either "url" or "path"/);
    expect(() => cfg({ resources: { tasks: { requests: [{ name: 'a b', url: '/x' }] } } })).toThrow(
      /resources\.tasks\.requests\.0\.name/,
    );
    expect(() => cfg({ resources: { tasks: { mappings: {} } } })).toThrow(/resources\.tasks.*mappings/);
    expect(() => cfg({ api: { auth: { type: 'bearer' } } })).toThrow(/api\.auth\.token/);
    expect(() => cfg({ resources: { tasks: { url: '//evil.example.org/x' } } })).toThrow(/must start with/);
  });
});

describe('configUrlFromLocation', () => {
  const page = 'https://dashboard.example.org/zerobay/?asOf=2021-06-30';
  const fallback = '/zerobay/config.json';

  it('uses config.json when the page URL names none', () => {
    expect(configUrlFromLocation('', page, fallback)).toBe(fallback);
    expect(configUrlFromLocation('?config=', page, fallback)).toBe(fallback);
  });

  it('accepts a config on the same site, relative or absolute', () => {
    expect(configUrlFromLocation('?config=/configs/ledger.json', page, fallback)).toBe(
      '/configs/ledger.json',
    );
    expect(configUrlFromLocation('?config=configs/ledger.json', page, fallback)).toBe(
      '/zerobay/configs/ledger.json',
    );
    expect(configUrlFromLocation('?config=https://dashboard.example.org/c.json?v=2', page, fallback)).toBe(
      '/c.json?v=2',
    );
  });

  it.each([
    'https://evil.example.com/config.json',
    '//evil.example.com/config.json',
    '/\\evil.example.com/config.json',
    'http://dashboard.example.org/c.json',
    'https://dashboard.example.org:8443/c.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'https://user:pw@dashboard.example.org/c.json',
  ])('refuses %s', (value) => {
    expect(() => configUrlFromLocation(`?config=${encodeURIComponent(value)}`, page, fallback)).toThrow(
      ApiError,
    );
  });
});
