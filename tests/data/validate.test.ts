import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/data/errors';
import { validateList, validatePlan } from '../../src/data/validate';
import { describeIssue } from '../../src/data/validation-report';

const meta = { asOf: '2021-06-30', source: 'test', generatedAt: '2021-06-30T18:00:00+08:00' };
const unit = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `单位${id}`,
  shortName: id,
  kind: 'district',
  ...extra,
});

describe('validateList', () => {
  it('keeps good rows and drops bad ones with resource, row id, field path, expected and got', () => {
    const r = validateList(
      'units',
      '/api/v1/units',
      { meta, data: [unit('a'), unit('b', { kind: 'alien' }), unit('c'), { name: 'x' }] },
      1,
    );
    expect(r.data.map((u) => u.id)).toEqual(['a', 'c']);
    expect(r.report).toMatchObject({ resource: 'units', received: 4, kept: 2, dropped: 2 });
    const [bad] = r.report.issues;
    expect(bad).toMatchObject({ index: 1, rowId: 'b', path: 'kind', got: '"alien"' });
    expect(bad?.expected).toMatch(/one of "municipal"/);
    expect(describeIssue(bad!)).toMatch(/^row b: kind expected one of/);
    expect(
      r.report.issues.some(
        (i) => i.index === 3 && i.rowId === null && i.path === 'id' && i.got === 'missing',
      ),
    ).toBe(true);
  });

  it('reports nested paths inside a row', () => {
    const task = {
      id: 'T01',
      order: 1,
      aspectId: 'A1',
      name: '任务',
      functions: ['C'],
      leadUnitId: 'u',
      start: '2021-01-01',
      due: '2021-12-31',
      progress: [
        { date: '2021-01-31', percent: 10 },
        { date: '2021-13-45', percent: 140 },
      ],
    };
    const r = validateList('tasks', '/t', { meta, data: [task] }, 1);
    expect(r.report.dropped).toBe(1);
    const paths = r.report.issues.map((i) => `${i.path}=${i.got}`);
    expect(paths).toContain('progress[1].date="2021-13-45"');
    expect(paths).toContain('progress[1].percent=140');
  });

  it('drops a duplicate id', () => {
    const r = validateList('units', '/u', { meta, data: [unit('a'), unit('a')] }, 1);
    expect(r.report).toMatchObject({ kept: 1, dropped: 1 });
    expect(r.report.issues[0]?.message).toBe('duplicate id');
  });

  it('fails the resource as a whole only when the response is unusable', () => {
    expect(() => validateList('units', '/u', { items: [] }, 1)).toThrowError(ApiError);
    expect(() => validateList('units', '/u', { meta, data: { rows: [] } }, 1)).toThrowError(
      /data should be an array of rows, got an object/,
    );
    expect(() => validateList('units', '/u', [1, 2], 1)).toThrowError(/not of the expected shape/);
    expect(validateList('units', '/u', { meta, data: [] }, 1).report).toMatchObject({
      received: 0,
      kept: 0,
      dropped: 0,
    });
  });
});

describe('validatePlan', () => {
  it('names the plan field that is wrong', () => {
    const e = (() => {
      try {
        validatePlan(
          '/p',
          { meta, data: { id: 'p', name: 'n', period: { start: '2021-01-01', end: 'soon' } } },
          1,
        );
      } catch (err) {
        return err as ApiError;
      }
      throw new Error('expected failure');
    })();
    expect(e.resource).toBe('plan');
    expect(e.reason).toMatch(
      /period\.end expected YYYY-MM-DD \(a date in another form needs "type": "date" in the field map\), got "soon"/,
    );
    // One message per bad date, not a second "not a real calendar date" for a value in another form.
    expect(e.reason).not.toMatch(/real calendar date/);
  });

  it('treats data: null as an empty plan', () => {
    expect(() => validatePlan('/p', { meta, data: null }, 1)).toThrowError(/plan is empty/);
  });
});

describe('date messages', () => {
  it('say what form is wanted and how to get it, once per value', async () => {
    const { isoDateSchema } = await import('../../src/domain/schemas');
    const { toRowIssues, describeIssue } = await import('../../src/data/validation-report');
    const issuesOf = (v: string) => {
      const r = isoDateSchema.safeParse(v);
      if (r.success) return [];
      const issues = r.error.issues.map((i) => ({ ...i, path: ['start'] }));
      return toRowIssues(0, { start: v }, { issues } as never).map(describeIssue);
    };
    expect(issuesOf('2021/1/1')).toEqual([
      'row #1: start expected YYYY-MM-DD (a date in another form needs "type": "date" in the field map), got "2021/1/1"',
    ]);
    expect(issuesOf('2021-02-30')).toEqual([
      'row #1: start expected a day that exists (this one does not), got "2021-02-30"',
    ]);
  });
});
