import { beforeEach, describe, expect, it } from 'vitest';
import { units } from '../../mock/fixtures';
import { fetchText } from '../../src/data/api-client';
import { parseConfig } from '../../src/data/config';
import { ApiError } from '../../src/data/errors';
import { forgetAnswers, loadResource } from '../../src/data/load-resource';
import type { MapJob } from '../../src/data/mapping/map-resource';
import { inProcessRunner, type MappingRunner } from '../../src/data/mapping/runner';
import { ledgerUnitRow, ledgerUnitsResource } from '../support/ledger-units';

/**
 * A tiny API with validators: each path has a body and a version; it answers 304 to a current
 * If-None-Match (or If-Modified-Since when no tag is sent), and records what each request sent.
 */
function versionedApi(opts: { etag?: boolean; lastModified?: boolean } = { etag: true, lastModified: true }) {
  const bodies = new Map<string, { body: string; version: number }>();
  const sent: Array<{ path: string; ifNoneMatch: string | null; ifModifiedSince: string | null }> = [];
  const stamp = (version: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toUTCString();
  const fetchImpl: typeof fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    const headers = new Headers(init?.headers);
    const ifNoneMatch = headers.get('if-none-match');
    const ifModifiedSince = headers.get('if-modified-since');
    sent.push({ path, ifNoneMatch, ifModifiedSince });
    expect(init?.cache, 'the browser cache never answers for the app').toBe('no-store');
    const entry = bodies.get(path);
    if (!entry) return new Response('{"error":"not found"}', { status: 404 });
    const validators: Record<string, string> = {};
    if (opts.etag) validators.ETag = `"v${entry.version}"`;
    if (opts.lastModified) validators['Last-Modified'] = stamp(entry.version);
    const current = ifNoneMatch
      ? opts.etag && ifNoneMatch === `"v${entry.version}"`
      : ifModifiedSince !== null &&
        opts.lastModified &&
        Date.parse(ifModifiedSince) >= Date.parse(stamp(entry.version));
    if (current) return new Response(null, { status: 304, headers: validators });
    return new Response(entry.body, {
      status: 200,
      headers: { 'Content-Type': 'application/json', ...validators },
    });
  };
  return {
    fetchImpl,
    sent,
    set(path: string, body: unknown) {
      const version = (bodies.get(path)?.version ?? 0) + 1;
      bodies.set(path, { body: typeof body === 'string' ? body : JSON.stringify(body), version });
    },
  };
}

const meta = { asOf: '2021-06-30', source: 'test', generatedAt: '2021-06-30T18:00:00+08:00' };
const canonical = parseConfig({ mock: { enabled: false }, api: { baseUrl: 'https://api.test/v1' } }, 'test');
const mapped = parseConfig(
  {
    mock: { enabled: false },
    api: { baseUrl: 'https://api.test/v1' },
    resources: { units: ledgerUnitsResource() },
  },
  'test',
);
const row = (id: string) => ledgerUnitRow(id);

/** The in-process mapping runner, counting its runs: a run is a parse, a mapping and a validation. */
function countingRunner(): MappingRunner & { runs: number } {
  const counting = {
    runs: 0,
    run: (job: MapJob) => {
      counting.runs += 1;
      return inProcessRunner.run(job);
    },
  };
  return counting as MappingRunner & { runs: number };
}

beforeEach(() => forgetAnswers());

describe('revalidation: canonical sources', () => {
  it('an unchanged answer (304) returns the previous result itself, asked with its ETag and date', async () => {
    const api = versionedApi();
    api.set('/v1/units', { meta, data: units.slice(0, 3) });
    const first = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    expect(api.sent[0]).toMatchObject({ ifNoneMatch: null, ifModifiedSince: null });
    const second = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    expect(second).toBe(first);
    expect(api.sent[1]).toMatchObject({
      ifNoneMatch: '"v1"',
      ifModifiedSince: expect.stringMatching(/GMT$/),
    });
  });

  it('a changed answer is parsed and validated again, and its new validators are sent next', async () => {
    const api = versionedApi();
    api.set('/v1/units', { meta, data: units.slice(0, 3) });
    const first = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    api.set('/v1/units', { meta, data: units.slice(0, 2) });
    const second = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    expect(second).not.toBe(first);
    expect((second.data as unknown[]).length).toBe(2);
    await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    expect(api.sent.map((s) => s.ifNoneMatch)).toEqual([null, '"v1"', '"v2"']);
  });

  it('without validators from the server, every refresh asks in full and parses again', async () => {
    const api = versionedApi({ etag: false, lastModified: false });
    api.set('/v1/units', { meta, data: units.slice(0, 3) });
    const first = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    const second = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    expect(second).not.toBe(first);
    expect(second.data).toEqual(first.data);
    expect(api.sent.every((s) => s.ifNoneMatch === null && s.ifModifiedSince === null)).toBe(true);
  });

  it('with Last-Modified only, If-Modified-Since alone decides', async () => {
    const api = versionedApi({ etag: false, lastModified: true });
    api.set('/v1/units', { meta, data: units.slice(0, 3) });
    const first = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    expect(await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl })).toBe(first);
    expect(api.sent[1]).toMatchObject({ ifNoneMatch: null, ifModifiedSince: expect.stringMatching(/GMT$/) });
  });

  it('another date is another answer: its own validators, never the other date’s result', async () => {
    const api = versionedApi();
    api.set('/v1/units', { meta, data: units.slice(0, 3) });
    const june = await loadResource(canonical, 'units', '2021-06-30', { fetchImpl: api.fetchImpl });
    const latest = await loadResource(canonical, 'units', null, { fetchImpl: api.fetchImpl });
    expect(latest).not.toBe(june);
    expect(api.sent[1]).toMatchObject({ ifNoneMatch: null });
  });
});

describe('revalidation: mapped sources', () => {
  it('an unchanged answer costs no mapping run; a changed one is mapped again', async () => {
    const api = versionedApi();
    const runner = countingRunner();
    api.set('/v1/units', { rows: [row('a'), row('b')] });
    const first = await loadResource(mapped, 'units', '2021-06-30', { fetchImpl: api.fetchImpl, runner });
    const second = await loadResource(mapped, 'units', '2021-06-30', { fetchImpl: api.fetchImpl, runner });
    expect(second).toBe(first);
    expect(runner.runs).toBe(1);
    api.set('/v1/units', { rows: [row('a')] });
    const third = await loadResource(mapped, 'units', '2021-06-30', { fetchImpl: api.fetchImpl, runner });
    expect(runner.runs).toBe(2);
    expect((third.data as Array<{ id: string }>).map((u) => u.id)).toEqual(['a']);
  });

  it('an API whose CORS preflight refuses the validators is asked again without them, and from then on', async () => {
    const api = versionedApi();
    api.set('/v1/units', { rows: [row('a')] });
    const refusing: typeof fetch = (input, init) =>
      new Headers(init?.headers).has('if-none-match')
        ? Promise.reject(new TypeError('Failed to fetch'))
        : api.fetchImpl(input, init);
    const runner = countingRunner();
    await loadResource(mapped, 'units', '2021-06-30', { fetchImpl: refusing, runner });
    const second = await loadResource(mapped, 'units', '2021-06-30', { fetchImpl: refusing, runner });
    expect((second.data as unknown[]).length).toBe(1);
    await loadResource(mapped, 'units', '2021-06-30', { fetchImpl: refusing, runner });
    expect(api.sent.map((s) => s.ifNoneMatch)).toEqual([null, null, null]);
    expect(runner.runs).toBe(3);
  });
});

describe('fetchText and 304', () => {
  it('a 304 to a request that sent no validators is an error, not an empty success', async () => {
    const fetchImpl: typeof fetch = async () => new Response(null, { status: 304 });
    const failure = await fetchText({
      resource: 'units',
      url: 'https://api.test/v1/units',
      timeoutMs: 1000,
      fetchImpl,
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(304);
  });

  it('a 304 to a conditional request says notModified and reads no body', async () => {
    const fetchImpl: typeof fetch = async () => new Response(null, { status: 304, headers: { ETag: '"x"' } });
    const res = await fetchText({
      resource: 'units',
      url: 'https://api.test/v1/units',
      timeoutMs: 1000,
      fetchImpl,
      validators: { etag: '"x"', lastModified: null },
    });
    expect(res).toMatchObject({ notModified: true, status: 304, bytes: [], validators: { etag: '"x"' } });
  });
});
