import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/data/errors';
import { freshnessOf } from '../../src/data/health-summary';
import { validateList } from '../../src/data/validate';
import { refuseIfShrunk } from '../../src/data/validation-report';
import { testConfig } from '../support/test-config';

const meta = { asOf: '2025-12-31', source: 'test', generatedAt: '2025-12-31T18:00:00+08:00' };
const unit = (id: string) => ({ id, name: `单位${id}`, shortName: id, kind: 'district' });
const answer = (n: number) =>
  validateList('units', '/units', { meta, data: Array.from({ length: n }, (_, i) => unit(`U${i}`)) }, 0);

const refusal = (f: () => unknown): ApiError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('refuseIfShrunk: a list that shrinks implausibly is a fault, not news', () => {
  it('refuses an empty answer where the last good one had rows, naming both counts', () => {
    const e = refusal(() => refuseIfShrunk(answer(0), '/units', 15, undefined));
    expect(e.kind).toBe('shrunk');
    expect(e.message).toMatch(/units: the answer is empty where the last good one had 15 rows/);
  });

  it('refuses an answer below the configured minimum, naming the config key', () => {
    const e = refusal(() => refuseIfShrunk(answer(3), '/units', null, 10));
    expect(e.message).toMatch(
      /3 rows, fewer than the configured minimum of 10 \(resources\.units\.minRows\)/,
    );
  });

  it('accepts an empty first answer (nothing was seen before, no minimum) and a list that merely changes', () => {
    expect(refuseIfShrunk(answer(0), '/units', null, undefined).data).toEqual([]);
    expect(refuseIfShrunk(answer(12), '/units', 15, undefined).data).toHaveLength(12);
    expect(refuseIfShrunk(answer(10), '/units', 15, 10).data).toHaveLength(10);
  });

  it('takes resources.<name>.minRows in config.json, and refuses a negative one', () => {
    expect(
      testConfig({ resources: { tasks: { minRows: 10 } } }, 'config.json').resources.tasks?.minRows,
    ).toBe(10);
    expect(() => testConfig({ resources: { tasks: { minRows: -1 } } }, 'config.json')).toThrow(/minRows/);
  });
});

describe('freshnessOf: one rule for every header, the oldest resource a view depends on', () => {
  const r = (resource: 'plan' | 'tasks' | 'units', updatedAt: number, error: unknown = null) => ({
    resource,
    status: updatedAt ? 'success' : error ? 'error' : 'pending',
    error,
    updatedAt,
  });

  it('is as old as the oldest resource, never the freshest', () => {
    expect(freshnessOf([r('plan', 5000), r('tasks', 1000), r('units', 9000)])).toEqual({
      kind: 'fresh',
      at: 1000,
    });
  });

  it('is stale from the oldest data on screen when a refresh fails', () => {
    const f = freshnessOf([r('plan', 9000), r('tasks', 1000, new Error('x')), r('units', 9000)]);
    expect(f).toEqual({ kind: 'stale', at: 1000, resources: ['tasks'] });
  });

  it('says "missing" when a resource failed with nothing kept', () => {
    const f = freshnessOf([r('plan', 9000), r('tasks', 0, new Error('x')), r('units', 9000)]);
    expect(f).toEqual({ kind: 'missing', resources: ['tasks'] });
  });

  it('leaves out a resource the source does not provide', () => {
    const f = freshnessOf([
      r('plan', 9000),
      { resource: 'units', status: 'notProvided', error: null, updatedAt: 0 },
    ]);
    expect(f).toEqual({ kind: 'fresh', at: 9000 });
  });
});
