import { describe, expect, it } from 'vitest';
import { healthSummary } from '../../../src/data/health-summary';
import { healthLevel, readableUrl, selectIssues } from '../../../src/features/data-health/select-issues';

const issue = (index: number, path: string) => ({
  index,
  rowId: `R${index}`,
  path,
  expected: 'string',
  got: 'missing',
  message: 'x',
});
const res = (resource: 'tasks' | 'units', issues: ReturnType<typeof issue>[], dropped = issues.length) => ({
  resource,
  status: 'success' as const,
  error: null,
  result: { report: { issues, dropped } },
});

describe('data-health selections', () => {
  const resources = [res('units', [issue(1, 'kind')]), res('tasks', [issue(0, 'start'), issue(3, 'due')])];

  it('lists every failure in resource order, or those of one resource', () => {
    expect(selectIssues(resources, null).map((i) => `${i.resource}:${i.path}`)).toEqual([
      'units:kind',
      'tasks:start',
      'tasks:due',
    ]);
    expect(selectIssues(resources, 'tasks').map((i) => i.key)).toEqual(['tasks-0', 'tasks-1']);
    expect(selectIssues([{ resource: 'plan', result: null }], null)).toEqual([]);
  });

  it('grades a resource: failing beats dropped rows beats loading', () => {
    expect(healthLevel(res('units', []))).toBe('ok');
    expect(healthLevel(res('units', [issue(0, 'id')]))).toBe('warn');
    expect(healthLevel({ ...res('units', []), error: new Error('500') })).toBe('error');
    expect(healthLevel({ status: 'pending', error: null, result: null })).toBe('pending');
  });

  it('summarises for the header', () => {
    expect(
      healthSummary([
        { resource: 'tasks', error: null, report: { dropped: 2 } },
        { resource: 'units', error: null, report: null },
      ]),
    ).toEqual({ level: 'warn', failing: [], dropped: 2 });
    expect(healthSummary([{ resource: 'plan', error: new Error('x'), report: null }]).level).toBe('error');
    expect(healthSummary([{ resource: 'plan', error: null, report: { dropped: 0 } }]).level).toBe('ok');
  });
});

describe('readableUrl', () => {
  it('shows encoded slashes and Chinese as they read, and leaves *** alone', () => {
    expect(readableUrl('http://h/x.json?date=2021%2F6%2F30&appkey=***')).toBe(
      'http://h/x.json?date=2021/6/30&appkey=***',
    );
    expect(readableUrl('/t?d=2021%E5%B9%B46%E6%9C%88')).toBe('/t?d=2021年6月');
    expect(readableUrl('/bad%E0%A4%A')).toBe('/bad%E0%A4%A');
  });
});
