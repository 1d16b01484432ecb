import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnvelopeSchema, planEnvelopeSchema } from '../../src/domain/schemas';
import { startMockHttpServer, type MockHttpServer } from '../../mock/http-server';
import { HUGE_RESPONSE_BYTES } from '../../mock/scenarios';

let mock: MockHttpServer;

beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0 });
});
afterAll(async () => {
  await mock.close();
});

const admin = (method: string, body?: unknown) =>
  fetch(`${mock.origin}/__mock/scenario`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('mock HTTP server', () => {
  it('listens on 127.0.0.1 and reports its API base', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
  });

  it('answers health checks', async () => {
    const res = await fetch(`${mock.origin}/__mock/health`);
    expect(res.status).toBe(200);
  });

  it('serves the same data as the handlers, with CORS headers', async () => {
    const res = await fetch(`${mock.url}/tasks?asOf=2021-06-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body: unknown = await res.json();
    expect(listEnvelopeSchema('tasks').safeParse(body).success).toBe(true);
    expect((body as { meta: { asOf: string } }).meta.asOf).toBe('2021-06-30');
    expect(planEnvelopeSchema.safeParse(await (await fetch(`${mock.url}/plan`)).json()).success).toBe(true);
  });

  it('answers CORS preflights with 204 and the allowed headers', async () => {
    const res = await fetch(`${mock.url}/tasks`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('X-Api-Key');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('answers 400 for a bad asOf and 404 for unknown paths', async () => {
    expect((await fetch(`${mock.url}/tasks?asOf=2021-13-45`)).status).toBe(400);
    expect((await fetch(`${mock.url}/nothing`)).status).toBe(404);
  });

  it('switches scenario at run time and recovers on reset', async () => {
    const set = await admin('POST', { name: 'serverError', resource: 'tasks' });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ scenario: { name: 'serverError', resource: 'tasks' } });

    expect((await fetch(`${mock.url}/tasks`)).status).toBe(500);
    expect((await fetch(`${mock.url}/units`)).status).toBe(200);

    expect((await admin('DELETE')).status).toBe(200);
    expect((await fetch(`${mock.url}/tasks`)).status).toBe(200);
  });

  it('accepts resource paths (work-items) and rejects unknown scenarios', async () => {
    expect((await admin('POST', { name: 'htmlErrorPage', resource: 'work-items' })).status).toBe(200);
    const res = await fetch(`${mock.url}/work-items`);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect((await admin('POST', { name: 'explode' })).status).toBe(400);
    expect((await admin('DELETE')).status).toBe(200);
  });

  it('connectionReset really resets the TCP connection, and the server goes on serving', async () => {
    expect((await admin('POST', { name: 'connectionReset', resource: 'tasks' })).status).toBe(200);
    const failure = await fetch(`${mock.url}/tasks`).then(
      () => null,
      (e: unknown) => e as Error & { cause?: { code?: string } },
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure?.cause?.code).toBe('ECONNRESET');
    expect((await fetch(`${mock.url}/units`)).status).toBe(200);
    expect((await admin('DELETE')).status).toBe(200);
    expect((await fetch(`${mock.url}/tasks`)).status).toBe(200);
  });

  it('outage resets every connection to the API until told otherwise; the admin endpoints still answer', async () => {
    expect((await admin('POST', { name: 'outage' })).status).toBe(200);
    for (const path of ['tasks', 'plan', 'work-items', 'nothing-here']) {
      const failure = await fetch(`${mock.url}/${path}`).then(
        () => null,
        (e: unknown) => e as Error & { cause?: { code?: string } },
      );
      expect(failure?.cause?.code).toBe('ECONNRESET');
    }
    expect((await admin('DELETE')).status).toBe(200);
    expect((await fetch(`${mock.url}/tasks`)).status).toBe(200);
  });

  it('hugeResponse streams 50 MB (chunked, no Content-Length), and a client may stop early', async () => {
    expect((await admin('POST', { name: 'hugeResponse', resource: 'plan' })).status).toBe(200);
    const res = await fetch(`${mock.url}/plan`);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    let bytes = 0;
    for await (const chunk of res.body!) bytes += chunk.byteLength;
    expect(bytes).toBe(HUGE_RESPONSE_BYTES);

    const controller = new AbortController();
    const early = await fetch(`${mock.url}/plan`, { signal: controller.signal });
    const reader = early.body!.getReader();
    await reader.read();
    controller.abort();
    expect((await admin('DELETE')).status).toBe(200);
    expect((await fetch(`${mock.url}/plan`)).status).toBe(200);
  });

  it('closes even while a request hangs', async () => {
    const hanging = await startMockHttpServer({ port: 0, scenario: 'hang' });
    const pending = fetch(`${hanging.url}/plan`).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 100));
    await hanging.close();
    expect(await pending).toBe('cut');
  });
});

describe('mock HTTP server: validators for polling', () => {
  it('sends ETag and Last-Modified, answers 304 to a current If-None-Match or If-Modified-Since', async () => {
    const first = await fetch(`${mock.url}/tasks?asOf=2021-06-30`);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(lastModified ?? '')).toBeGreaterThan(0);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('access-control-expose-headers')).toContain('ETag');

    const again = await fetch(`${mock.url}/tasks?asOf=2021-06-30`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // A gzipping proxy weakens the tag: still the same answer.
    const weak = await fetch(`${mock.url}/tasks?asOf=2021-06-30`, {
      headers: { 'If-None-Match': `"x", W/${etag!}` },
    });
    expect(weak.status).toBe(304);
    const since = await fetch(`${mock.url}/tasks?asOf=2021-06-30`, {
      headers: { 'If-Modified-Since': lastModified! },
    });
    expect(since.status).toBe(304);
  });

  it('answers 200 with the body when the tag is another or the date older, and when no validator is sent', async () => {
    const first = await fetch(`${mock.url}/units`);
    const lastModified = Date.parse(first.headers.get('last-modified')!);
    const other = await fetch(`${mock.url}/units`, { headers: { 'If-None-Match': '"stale"' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).toBe(first.headers.get('etag'));
    const older = await fetch(`${mock.url}/units`, {
      headers: { 'If-Modified-Since': new Date(lastModified - 1000).toUTCString() },
    });
    expect(older.status).toBe(200);
    expect((await fetch(`${mock.url}/units`)).status).toBe(200);
    // Another date is another answer: another tag.
    expect((await fetch(`${mock.url}/units?asOf=2021-06-30`)).headers.get('etag')).not.toBe(
      first.headers.get('etag'),
    );
  });

  it('a changed answer gets a new tag and a later date, and the old tag no longer matches', async () => {
    const before = await fetch(`${mock.url}/plan`);
    const etag = before.headers.get('etag')!;
    expect((await admin('POST', { name: 'xss' })).status).toBe(200);
    const changed = await fetch(`${mock.url}/plan`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(Date.parse(changed.headers.get('last-modified')!)).toBeGreaterThan(
      Date.parse(before.headers.get('last-modified')!),
    );
    expect((await admin('DELETE')).status).toBe(200);
  });

  it('errors carry no validators', async () => {
    expect((await admin('POST', { name: 'serverError', resource: 'tasks' })).status).toBe(200);
    const res = await fetch(`${mock.url}/tasks`);
    expect(res.status).toBe(500);
    expect(res.headers.get('etag')).toBeNull();
    expect((await admin('DELETE')).status).toBe(200);
  });
});
