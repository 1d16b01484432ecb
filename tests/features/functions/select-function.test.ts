import { describe, expect, it } from 'vitest';
import {
  functionTrend,
  indicatorsOf,
  parseFunctionParam,
  rollupsOf,
  tasksOf,
  trendDates,
} from '../../../src/features/functions/select-function';
import { assessAt, planData } from '../../support/fixture-plan';

const latest = assessAt('2025-12-31');

describe('parseFunctionParam', () => {
  it('reads C, T, O in either case', () => {
    expect(parseFunctionParam('C')).toBe('C');
    expect(parseFunctionParam('o')).toBe('O');
  });
  it('is null without a code and "unknown" for anything else', () => {
    expect(parseFunctionParam(undefined)).toBeNull();
    expect(parseFunctionParam('')).toBeNull();
    expect(parseFunctionParam('X')).toBe('unknown');
    expect(parseFunctionParam('CT')).toBe('unknown');
  });
});

describe('tasksOf / indicatorsOf', () => {
  it('counts what the metrics count per function', () => {
    for (const r of latest.byFunction!) {
      expect(tasksOf(latest, r.key as 'C' | 'T' | 'O')).toHaveLength(r.count);
    }
    for (const r of latest.indicatorsByFunction!) {
      expect(indicatorsOf(latest, r.key as 'C' | 'T' | 'O')).toHaveLength(r.count);
    }
  });
  it('keeps ledger order and includes tasks serving two functions under each', () => {
    const o = tasksOf(latest, 'O').map((x) => x.task.id);
    expect(o).toEqual([...o].sort());
    expect(o).toContain('T07');
    expect(tasksOf(latest, 'T').map((x) => x.task.id)).toContain('T07');
    expect(o).not.toContain('T01');
  });
});

describe('trendDates', () => {
  it('is every month end from the plan start, ending at a month-end as-of date', () => {
    const d = trendDates('2021-01-01', '2021-06-30');
    expect(d).toEqual(['2021-01-31', '2021-02-28', '2021-03-31', '2021-04-30', '2021-05-31', '2021-06-30']);
  });
  it('adds a mid-month as-of date so the line ends where the ring stands', () => {
    expect(trendDates('2021-01-01', '2021-03-15')).toEqual(['2021-01-31', '2021-02-28', '2021-03-15']);
  });
  it('is the as-of date alone before the plan starts', () => {
    expect(trendDates('2021-01-01', '2020-06-30')).toEqual(['2020-06-30']);
  });
});

describe('functionTrend', () => {
  it('ends at the function’s mean progress and time progress', () => {
    for (const asOf of ['2025-12-31', '2021-06-30', '2023-08-17']) {
      const a = assessAt(asOf);
      for (const r of a.byFunction!) {
        const series = functionTrend(tasksOf(a, r.key as 'C' | 'T' | 'O'), planData.plan.period.start, asOf);
        const last = series.at(-1)!;
        expect(last.date).toBe(asOf);
        expect(last.progress).toBeCloseTo(r.meanProgress, 12);
        expect(last.timeProgress).toBeCloseTo(r.meanTimeProgress, 12);
      }
    }
  });
  it('has one point per month from the plan start', () => {
    expect(functionTrend(tasksOf(latest, 'C'), '2021-01-01', '2025-12-31')).toHaveLength(60);
  });
});

describe('rollupsOf', () => {
  it("picks the function's task and indicator rollups", () => {
    const r = rollupsOf(latest, 'T');
    expect(r.tasks?.key).toBe('T');
    expect(r.indicators?.key).toBe('T');
  });
  it('is null for a resource that did not arrive, never a zero rollup', () => {
    const r = rollupsOf({ ...latest, byFunction: null, indicatorsByFunction: null }, 'C');
    expect(r).toEqual({ tasks: null, indicators: null });
  });
});
