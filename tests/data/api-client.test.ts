import { describe, expect, it } from 'vitest';
import { fetchText, parseJsonText, type FetchJsonOptions } from '../../src/data/api-client';
import { redactUrl } from '../../src/data/errors';
import { failureOf as failure } from '../support/api-failure';

// The app fetches text (off the main thread it parses it); here the two steps run together, as one fetch.
const fetchJson = async (opts: FetchJsonOptions) =>
  parseJsonText(opts.resource, opts.shownUrl ?? redactUrl(opts.url), await fetchText(opts));

const call = (impl: typeof fetch, url = 'http://api.test/api/v1/tasks', timeoutMs = 200) =>
  fetchJson({ resource: 'tasks', url, timeoutMs, fetchImpl: impl });

describe('fetchJson', () => {
  it('returns parsed JSON', async () => {
    await expect(call(async () => new Response('{"a":1}'))).resolves.toEqual({ a: 1 });
  });

  it('names resource, URL and status for an HTTP error', async () => {
    const e = await failure(
      call(
        async () => new Response('{"error":"db down"}', { status: 500, statusText: 'Internal Server Error' }),
      ),
    );
    expect(e).toMatchObject({
      kind: 'http',
      resource: 'tasks',
      status: 500,
      url: 'http://api.test/api/v1/tasks',
    });
    expect(e.message).toMatch(/tasks: server answered 500 Internal Server Error/);
    // The upstream body is kept apart (for /data-health only), never in the message banners quote.
    expect(e.message).not.toContain('db down');
    expect(e.detail).toBe('{"error":"db down"}');
  });

  it('recognises an HTML error page where JSON was expected', async () => {
    const e = await failure(
      call(
        async () =>
          new Response('<html><body>502 Bad Gateway</body></html>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    expect(e.kind).toBe('parse');
    expect(e.reason).toMatch(/HTML page/);
  });

  it('reports malformed JSON and empty bodies', async () => {
    expect((await failure(call(async () => new Response('{"meta": {"asOf": ')))).kind).toBe('parse');
    expect((await failure(call(async () => new Response('')))).kind).toBe('empty');
  });

  it('times out a request that never answers', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const e = await failure(call(never, undefined, 50));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/no answer within/);
  });

  it('reports network failures', async () => {
    const e = await failure(
      call(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(e).toMatchObject({ kind: 'network' });
  });

  it('never shows credentials from a URL', async () => {
    expect(redactUrl('https://api.test/x?token=abc&asOf=2021-06-30')).toBe(
      'https://api.test/x?token=***&asOf=***',
    );
    expect(redactUrl('/api/v1/tasks?api_key=s3cret')).toBe('/api/v1/tasks?api_key=***');
    const e = await failure(
      call(async () => new Response('', { status: 401 }), 'https://api.test/x?access_token=abc'),
    );
    expect(e.message).not.toContain('abc');
  });
});
