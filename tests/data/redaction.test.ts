import { describe, expect, it } from 'vitest';
import { fetchText } from '../../src/data/api-client';
import {
  ApiError,
  fromPostedError,
  keptError,
  postedError,
  redactUrl,
  scrubUrls,
} from '../../src/data/errors';
import { prepareRequests } from '../../src/data/requests';
import { failureOf as failure } from '../support/api-failure';
import { testConfig } from '../support/test-config';

// Names no list of "secret-sounding" parameters had: the rule must mask them without knowing them.
const NAMES = ['api-key', 'X-Amz-Signature', 'subscription-key', 'private_token', 'code', 'whatever'];

describe('redaction by rule: every query value and any userinfo', () => {
  it('masks every query value, whatever its name, and the userinfo', () => {
    for (const name of NAMES) {
      const shown = redactUrl(`https://api.test/x?${name}=S3CRET-${name}&page=2`);
      expect(shown).not.toContain(`S3CRET-${name}`);
      expect(shown).toContain(`${name}=***`);
      expect(shown).toContain('page=***');
    }
    expect(redactUrl('http://svc:SECRET@api.test/v1/tasks')).toBe('http://api.test/v1/tasks');
    expect(redactUrl('/api/v1/tasks?private_token=abc')).toBe('/api/v1/tasks?private_token=***');
    expect(redactUrl('https://api.test/x')).toBe('https://api.test/x');
  });

  it('shows only a value the caller vouches for (the date the app wrote itself)', () => {
    expect(redactUrl('https://api.test/x?asOf=2021-06-30&code=xyz', (v) => v === '2021-06-30')).toBe(
      'https://api.test/x?asOf=2021-06-30&code=***',
    );
  });

  it('scrubs URLs quoted inside any text, as the browser quotes them', () => {
    const text =
      "Failed to execute 'fetch' on 'Window': Request cannot be constructed from a URL that includes credentials: http://svc:SECRET@127.0.0.1:8787/api/v1/tasks?api-key=K1&code=C2. Then /api/v1/units?subscription-key=K3 failed";
    const scrubbed = scrubUrls(text);
    for (const secret of ['SECRET', 'K1', 'C2', 'K3', 'svc:']) expect(scrubbed).not.toContain(secret);
    expect(scrubbed).toContain('http://127.0.0.1:8787/api/v1/tasks?api-key=***&code=***.');
    expect(scrubbed).toContain('/api/v1/units?subscription-key=***');
  });

  it('an ApiError never keeps a URL secret in its reason, message or detail, posted or not', () => {
    const e = new ApiError({
      kind: 'network',
      resource: 'tasks',
      url: 'http://svc:SECRET@api.test/v1/tasks',
      reason: 'TypeError: bad http://svc:SECRET@api.test/v1/tasks?X-Amz-Signature=SIG',
      detail: 'echo: https://api.test/v1/tasks?private_token=TOK',
    });
    const seen = JSON.stringify([e.message, e.reason, e.url, e.detail, postedError(e)]);
    for (const secret of ['SECRET', 'SIG', 'TOK']) expect(seen).not.toContain(secret);
    expect(fromPostedError(postedError(e))).toMatchObject({ detail: e.detail });
    const plain = keptError(new TypeError('failed: https://x.test/?code=CODE')) as Error;
    expect(plain.message).not.toContain('CODE');
  });

  it('keeps the upstream body out of the message, cut, in `detail`', async () => {
    const body = `<html>${'x'.repeat(5000)} https://api.test/?api-key=LEAK</html>`;
    const e = await failure(
      fetchText({
        resource: 'tasks',
        url: 'http://api.test/api/v1/tasks',
        timeoutMs: 500,
        fetchImpl: async () => new Response(body, { status: 502, statusText: 'Bad Gateway' }),
      }),
    );
    expect(e.message).not.toContain('<html>');
    expect(e.detail?.startsWith('<html>')).toBe(true);
    expect(e.detail!.length).toBeLessThanOrEqual(301);
  });

  it('prepared requests show the date they render and mask everything else', () => {
    const config = testConfig(
      {
        api: { baseUrl: 'https://api.test/v1' },
        resources: {
          tasks: {
            url: 'https://svc:PW@api.test/v1/list?day={asOf:YYYY/M/D}&api-key=K1',
            query: { 'X-Amz-Signature': 'SIG', code: 'C0DE', jzrq: '{asOf:YYYYMMDD}' },
            auth: { type: 'apiKey', in: 'query', name: 'subscription-key', value: 'SUB' },
          },
        },
      },
      '/config.json',
    );
    const [main] = prepareRequests(config, 'tasks', '2021-06-30');
    for (const secret of ['PW', 'K1', 'SIG', 'C0DE', 'SUB', 'svc'])
      expect(main!.shownUrl).not.toContain(secret);
    expect(decodeURIComponent(main!.shownUrl)).toContain('day=2021/6/30');
    expect(main!.shownUrl).toContain('jzrq=20210630');
  });
});
