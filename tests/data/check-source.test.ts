import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockHttpServer, type MockHttpServer } from '../../mock/http-server';
import { runCheck } from '../../scripts/check-source';

/* `npm run check-source` against the mock HTTP server over real HTTP, with the example configs. */

let mock: MockHttpServer;
let dir: string;

beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'zerobay-check-'));
});
afterAll(() => mock.close());

function writeConfig(name: string, edit: (text: string) => string = (t) => t): string {
  const text = readFileSync(
    new URL(`../../examples/${name}.config.json`, import.meta.url),
    'utf8',
  ).replaceAll('http://127.0.0.1:8787', mock.origin);
  const path = join(dir, `${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, edit(text));
  return path;
}

async function check(args: string[]) {
  const lines: string[] = [];
  const code = await runCheck(args, { out: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

describe('check-source', () => {
  it.each(['ledger', 'sheet', 'opendata'])(
    'passes the %s example, every resource usable, no secret printed',
    async (name) => {
      const { code, text } = await check(['--config', writeConfig(name), '--as-of', '2021-06-30']);
      expect(code, text).toBe(0);
      expect(text).toMatch(/✔ tasks\s+15 of 15 kept\s+as of 2021-06-30/);
      expect(text).toMatch(/✔ plan\s+1 of 1 kept/);
      expect(text).toContain('every resource is usable');
      expect(text).not.toMatch(/zerobay-(ledger|sheet|opendata)-demo-(token|key)/);
    },
  );

  it('passes the ruoyi example: full history, work items and projects not provided, the report date named', async () => {
    const { code, text } = await check(['--config', writeConfig('ruoyi')]);
    expect(code, text).toBe(0);
    expect(text).toMatch(/✔ tasks\s+15 of 15 kept\s+no as-of date given/);
    expect(text).toMatch(/– workItems\s+not provided by this source/);
    expect(text).toMatch(/– projects\s+not provided by this source/);
    expect(text).toContain('report date the dashboard will use: 2025-12-31 (the latest dated fact in tasks)');
    const at = await check(['--config', writeConfig('ruoyi'), '--as-of', '2021-06-30']);
    expect(at.text).toContain('report date the dashboard will use: 2021-06-30 (the requested date)');
  });

  it('fails with the row, field and source of a wrong mapping', async () => {
    const path = writeConfig('sheet', (t) =>
      t.replace('"path": "开始日期", "type": "date"', '"path": "开始时间", "type": "date"'),
    );
    const { code, text } = await check(['--config', path, '--resource', 'tasks']);
    expect(code).toBe(1);
    expect(text).toMatch(/✖ tasks\s+0 of 15 kept, 15 dropped/);
    expect(text).toContain('row T01: start expected string, got missing (from [0].开始时间)');
    expect(text).toContain('unusable: tasks');
  });

  it('fails on a wrong credential with the API’s own message', async () => {
    const { code, text } = await check([
      '--config',
      writeConfig('ledger', (t) => t.replace('zerobay-ledger-demo-token', 'expired')),
      '--resource',
      'units',
    ]);
    expect(code).toBe(1);
    expect(text).toContain('the API reported an error: code = 401');
    expect(text).toContain('upstream: 未登录或令牌已过期');
    expect(text).not.toContain('expired');
  });

  it('passes the canonical API and resolves relative URLs against --base', async () => {
    const path = join(dir, 'canonical.json');
    writeFileSync(path, JSON.stringify({ mock: { enabled: false }, api: { baseUrl: '/api/v1' } }));
    expect((await check(['--config', path, '--resource', 'units'])).text).toMatch(/relative: give --base/);
    const { code, text } = await check(['--config', path, '--base', mock.origin, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(text)).toMatchObject({
      ok: true,
      resources: [{ resource: 'plan', ok: true }, { resource: 'units', kept: 20 }, {}, {}, {}, {}],
    });
  });

  it('with --strict, a dropped row fails the check', async () => {
    mock.setScenario({ name: 'partialRows', resource: 'units' });
    const path = join(dir, 'canonical-strict.json');
    writeFileSync(
      path,
      JSON.stringify({ mock: { enabled: false }, api: { baseUrl: `${mock.origin}/api/v1` } }),
    );
    expect((await check(['--config', path, '--resource', 'units'])).code).toBe(0);
    expect((await check(['--config', path, '--resource', 'units', '--strict'])).code).toBe(1);
    mock.setScenario(null);
  });

  it('explains bad arguments and a bad config with exit status 2', async () => {
    expect((await check([])).code).toBe(2);
    expect((await check(['--config', join(dir, 'missing.json')])).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        mock: { enabled: false },
        resources: { tasks: { mapping: { fields: { start: { path: 'x', type: 'day' } } } } },
      }),
    );
    const { code, text } = await check(['--config', bad]);
    expect(code).toBe(2);
    expect(text).toMatch(/resources\.tasks\.mapping\.fields\.start\.type/);
  });
});
