import { describe, expect, it } from 'vitest';
import { assessIndicator } from '../../../src/domain/metrics';
import { historySeries, segmentActuals, targetPath } from '../../../src/features/indicators/history-series';
import { indicatorById } from '../../support/fixture-plan';

describe('targetPath', () => {
  it('runs linearly from the starting level to a stock target', () => {
    const ind = indicatorById('IND-HNTE');
    const t2022 = ind.targets.find((t) => t.period.start === '2022-01-01')!;
    const p = targetPath(ind, t2022, '2025-12-31');
    // The level at the period start is the last figure on or before 2022-01-01: 2136 at 2021-12-31.
    expect(p.path).toEqual([
      { date: '2022-01-01', value: 2136 },
      { date: '2022-12-31', value: 2300 },
    ]);
    expect(p.end).toEqual({ date: '2022-12-31', value: 2300 });
  });
  it('starts an increment target at zero', () => {
    const ind = indicatorById('IND-GIANT');
    expect(targetPath(ind, ind.targets[0]!, '2025-12-31').path[0]).toEqual({ date: '2021-01-01', value: 0 });
  });
  it('follows a given trajectory', () => {
    const ind = indicatorById('IND-JCL-BUILT');
    const p = targetPath(ind, ind.targets[0]!, '2025-12-31');
    expect(p.path.map((x) => x.date)).toEqual(['2021-01-01', '2021-12-31', '2022-12-31', '2023-12-31']);
    expect(p.path.map((x) => x.value).slice(1)).toEqual([25, 35, 45]);
  });
  it('gives a milestone no path, only its end marker', () => {
    const ind = indicatorById('IND-SSC');
    const p = targetPath(ind, ind.targets[0]!, '2025-12-31');
    expect(p.path).toEqual([]);
    expect(p.end).toEqual({ date: '2021-12-31', value: 1 });
  });
});

describe('historySeries', () => {
  it('holds the observations and targets known at the date, and projects the running period', () => {
    const ind = indicatorById('IND-GIANT');
    const a = assessIndicator(ind, '2021-06-30');
    const h = historySeries(ind, a, '2021-06-30');
    expect(h.actuals).toEqual([
      { date: '2021-03-31', value: 0 },
      { date: '2021-06-30', value: 12 },
    ]);
    expect(h.targets.map((t) => t.target.period.start)).toEqual(['2021-01-01']);
    expect(h.projection?.[0]).toEqual({ date: '2021-06-30', value: 12 });
    expect(h.projection?.[1].date).toBe('2021-12-31');
    expect(h.projection?.[1].value).toBeCloseTo(a.projection!, 9);
    expect(h.from).toBe('2021-01-01');
    expect(h.to).toBe('2021-12-31');
  });
  it('has no projection once the period has ended', () => {
    const ind = indicatorById('IND-MAQIAO');
    const a = assessIndicator(ind, '2025-12-31');
    const h = historySeries(ind, a, '2025-12-31');
    expect(a.periodEnded).toBe(true);
    expect(h.projection).toBeNull();
    expect(h.to).toBe('2025-12-31');
  });
  it('draws every begun target at the latest date', () => {
    const ind = indicatorById('IND-IPO');
    const h = historySeries(ind, assessIndicator(ind, '2025-12-31'), '2025-12-31');
    expect(h.targets.map((t) => t.end.value)).toEqual([6, 6, 5, 4, 4]);
  });
});

describe('segmentActuals', () => {
  it('cuts year-to-date counts at each target period start', () => {
    const ind = indicatorById('IND-GIANT');
    const segs = segmentActuals(
      ind,
      historySeries(ind, assessIndicator(ind, '2022-06-30'), '2022-06-30').actuals,
    );
    expect(segs.map((s) => s.map((p) => p.date))).toEqual([
      ['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31'],
      ['2022-03-31', '2022-06-30'],
    ]);
  });
  it('keeps a stock as one line', () => {
    const ind = indicatorById('IND-HNTE');
    const actuals = historySeries(ind, assessIndicator(ind, '2025-12-31'), '2025-12-31').actuals;
    expect(segmentActuals(ind, actuals)).toEqual([actuals]);
    expect(segmentActuals(ind, [])).toEqual([]);
  });
});
