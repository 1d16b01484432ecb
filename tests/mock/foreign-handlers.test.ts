import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOREIGN_CREDENTIALS, foreignRoot } from '../../mock/foreign';
import { server } from '../../mock/node';
import { startMockHttpServer, type MockHttpServer } from '../../mock/http-server';

const ROOT = 'http://localhost/foreign';
const bearer = { Authorization: `Bearer ${FOREIGN_CREDENTIALS.ledgerToken}` };

type Ledger = { code: number; msg: string; total: number; rows: Array<Record<string, string>>; tjrq: string };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('foreign root', () => {
  it('sits beside the canonical API', () => {
    expect(foreignRoot('/api/v1')).toBe('');
    expect(foreignRoot('*/api/v1')).toBe('*');
    expect(foreignRoot('http://127.0.0.1:8787/api/v1/')).toBe('http://127.0.0.1:8787');
  });
});

describe('ledger {code,msg,rows,total}', () => {
  it('answers HTTP 200 with code 401 without the bearer token', async () => {
    const res = await fetch(`${ROOT}/ledger/api/dw/list`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 401, msg: '未登录或令牌已过期', rows: [], total: 0 });
  });

  it('lists tasks by POST with pinyin keys, Chinese dates and the as-of date in the body', async () => {
    const res = await fetch(`${ROOT}/ledger/api/rw/list`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ jzrq: '20210630' }),
    });
    const body = (await res.json()) as Ledger;
    expect(body).toMatchObject({ code: 200, total: 15, tjrq: '2021年6月30日' });
    expect(body.rows[0]).toMatchObject({
      rwbh: 'T01',
      xh: '1',
      gnfl: 'C,T',
      qtdw: 'sjtu',
      ksrq: '2021年1月1日',
      wcrq: '',
    });
  });

  it('writes reporting months and rates as text, only up to the as-of date', async () => {
    const body = (await (
      await fetch(`${ROOT}/ledger/api/jdhb/list?jzrq=20210630`, { headers: bearer })
    ).json()) as Ledger;
    const t06 = body.rows.filter((r) => r.dxbh === 'T06');
    expect(t06.at(-1)).toMatchObject({ hbyf: '2021年6月', wcl: '10%' });
    expect(body.rows.every((r) => !/^202[2-5]/.test(r.hbyf!))).toBe(true);
  });

  it('writes numbers with thousands separators', async () => {
    const body = (await (await fetch(`${ROOT}/ledger/api/zb/mb`, { headers: bearer })).json()) as Ledger;
    expect(body.rows.find((r) => r.zbbh === 'IND-HNTE' && r.bq === '2021年')?.mbz).toBe('2,100');
  });

  it('reports a bad date in its own way', async () => {
    const body = (await (
      await fetch(`${ROOT}/ledger/api/dw/list?jzrq=20211345`, { headers: bearer })
    ).json()) as Ledger;
    expect(body.code).toBe(500);
  });
});

describe('spreadsheet export', () => {
  it('needs the appkey in the query', async () => {
    expect((await fetch(`${ROOT}/sheet/export/tasks.json`)).status).toBe(401);
  });

  it('is one flat array with Chinese headers, slash dates, "85%" and 统计日期 on every row', async () => {
    const key = FOREIGN_CREDENTIALS.sheetKey;
    const tasks = (await (
      await fetch(`${ROOT}/sheet/export/tasks.json?date=2021/6/30&appkey=${key}`)
    ).json()) as Array<Record<string, string>>;
    expect(Array.isArray(tasks)).toBe(true);
    expect(tasks[0]).toMatchObject({
      统计日期: '2021/6/30',
      任务编号: 'T01',
      服务功能: 'C、T',
      开始日期: '2021/1/1',
      实际完成日期: '',
    });
    const progress = (await (
      await fetch(`${ROOT}/sheet/export/progress.json?date=2021/6/30&appkey=${key}`)
    ).json()) as Array<Record<string, string>>;
    expect(progress.find((r) => r.对象编号 === 'T06' && r.日期 === '2021/6/30')?.完成率).toBe('10%');
    expect((await fetch(`${ROOT}/sheet/export/nope.json?appkey=${key}`)).status).toBe(404);
  });
});

describe('open-data document', () => {
  it('needs the X-Api-Key header', async () => {
    expect((await fetch(`${ROOT}/opendata/v1/datasets/zerobay`)).status).toBe(401);
  });

  it('nests tasks in aspects, with zoned instants and completion as a share', async () => {
    const res = await fetch(`${ROOT}/opendata/v1/datasets/zerobay?as_of=2021-06-30`, {
      headers: { 'X-Api-Key': FOREIGN_CREDENTIALS.openDataKey },
    });
    const doc = (await res.json()) as {
      result: {
        dataset: { temporal: { asOf: string } };
        plan: {
          aspects: Array<{
            tasks: Array<{ id: string; reports: Array<{ period: string; completion: number }> }>;
          }>;
        };
      };
    };
    expect(doc.result.dataset.temporal.asOf).toBe('2021-06-30T00:00:00+08:00');
    const t06 = doc.result.plan.aspects.flatMap((a) => a.tasks).find((t) => t.id === 'T06');
    expect(t06?.reports.at(-1)).toEqual({
      period: '2021-06-30T00:00:00+08:00',
      completion: 0.1,
      remark: null,
    });
  });
});

describe('the HTTP mock server serves the foreign shapes too', () => {
  let mock: MockHttpServer;
  beforeAll(async () => {
    server.close();
    mock = await startMockHttpServer({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
    server.listen({ onUnhandledRequest: 'error' });
  });

  it('answers a POST with a body and a CORS preflight for the auth headers', async () => {
    const res = await fetch(`${mock.origin}/foreign/ledger/api/rw/list`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: '{"jzrq":"20210630"}',
    });
    expect(((await res.json()) as Ledger).total).toBe(15);
    const pre = await fetch(`${mock.origin}/foreign/opendata/v1/datasets/zerobay`, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization.*X-Api-Key/);
  });
});
