import { describe, expect, it } from 'vitest';
import {
  buildStatusMatrix,
  counterDigits,
  headlineCounts,
  programmeYear,
  stripYear,
  rankingRows,
  rankingPages,
  rankingPageAt,
  gapArrow,
  selectAttention,
  selectYearTargets,
} from '../../../src/features/big-screen/select-screen-data';
import { assessPlan } from '../../../src/domain/metrics';
import { mockAssessedAt as assessedAt } from '../../support/mock-assessment';

describe('big-screen selections', () => {
  const { data, assessment } = assessedAt('2025-12-31');

  it('headline counters come from the overall roll-up, and the tiles add up to the total', () => {
    const c = headlineCounts(assessment);
    expect(c).toEqual({
      tasks: { total: 15, onTrack: 6, watch: 3, behind: 2, done: 4, other: 0 },
      indicators: { total: 12, met: 8 },
    });
    const t = c.tasks!;
    expect(t.onTrack + t.watch + t.behind + t.done + t.other).toBe(t.total);
  });

  it('headline counters are null, never 0, when their resource never arrived', () => {
    const missing = assessPlan({ ...data, tasks: [], availability: { tasks: 'missing' } }, assessment.asOf);
    expect(headlineCounts(missing).tasks).toBeNull();
    expect(headlineCounts(missing).indicators).toEqual({ total: 12, met: 8 });
  });

  it('the matrix is 4 aspects of 4, 6, 2 and 3 tasks in plan order', () => {
    const m = buildStatusMatrix(data.plan, assessment.tasks);
    expect(m.map((r) => r.cells.length)).toEqual([4, 6, 2, 3]);
    expect(m.flatMap((r) => r.cells.map((c) => c.order))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(m[1]!.cells.find((c) => c.taskId === 'T10')!.status).toBe('overdue');
  });

  it('attention: overdue, then lagging, then watch by widest gap', () => {
    expect(selectAttention(assessment.tasks).map((x) => `${x.task.id}:${x.a.status}`)).toEqual([
      'T10:overdue',
      'T12:lagging',
      'T09:watch',
      'T01:watch',
      'T14:watch',
    ]);
  });

  it('the 2021 targets are judged at the end of 2021 on a later screen', () => {
    expect(programmeYear(data.plan, '2025-12-31')).toBe(2021);
    const t = selectYearTargets(data.indicators, 2021, '2025-12-31');
    expect(t.map((x) => x.indicator.id)).toEqual(['IND-GIANT', 'IND-IPO', 'IND-HNTE', 'IND-JCL-INUSE']);
    expect(t.map((x) => x.a.actual)).toEqual([43, 7, 2136, 15.4]);
    expect(t.map((x) => x.a.target?.value)).toEqual([40, 6, 2100, 15]);
    expect(t.every((x) => x.evaluatedAt === '2021-12-31')).toBe(true);
  });

  it('the strip judges the same year as the cards: 新增上市企业 3/4 on both at 2025-12-31', () => {
    expect(stripYear('2025-12-31')).toBe(2025);
    const strip = selectYearTargets(data.indicators, stripYear('2025-12-31'), '2025-12-31');
    const card = assessment.indicators.find((x) => x.indicator.id === 'IND-IPO')!;
    const ipo = strip.find((x) => x.indicator.id === 'IND-IPO')!;
    expect([ipo.a.actual, ipo.a.target?.value, ipo.a.status]).toEqual([3, 4, 'missed']);
    expect([card.a.actual, card.a.target?.value, card.a.status]).toEqual([3, 4, 'missed']);
    expect(ipo.evaluatedAt).toBe('2025-12-31');
  });

  it('mid-2021 the same strip shows mid-year figures against half the time', () => {
    const mid = assessedAt('2021-06-30');
    const t = selectYearTargets(mid.data.indicators, 2021, '2021-06-30');
    expect(t.map((x) => x.a.actual)).toEqual([12, 1, 1915, 10.8]);
    expect(Math.round(t[0]!.a.timeProgress * 100)).toBe(50);
  });

  it('falls back to any numeric indicator with a target for that exact year when the ids are unknown', () => {
    const t = selectYearTargets(data.indicators, 2021, '2025-12-31', ['NOPE']);
    expect(t).toHaveLength(4);
    expect(
      t.every((x) => x.a.target?.period.start === '2021-01-01' && x.a.target.period.end === '2021-12-31'),
    ).toBe(true);
  });

  it('ranking rows carry unit names and shared ranks, and every unit is there', () => {
    const rows = rankingRows(assessment.ranking!, (id) => `u:${id}`);
    expect(rows).toHaveLength(assessment.ranking!.length);
    expect(rows[0]).toMatchObject({ unitId: 'sjtu-park', rank: 1, name: 'u:sjtu-park' });
  });

  it('the wall pages through every unit and drops none, the last one included', () => {
    const rows = rankingRows(assessment.ranking!, (id) => `u:${id}`);
    expect(rows.length).toBe(7);
    for (const perPage of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const pages = rankingPages(rows, perPage);
      expect(pages.flat()).toEqual(rows);
      expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(perPage);
      expect(
        Math.max(...pages.map((p) => p.length)) - Math.min(...pages.map((p) => p.length)),
      ).toBeLessThanOrEqual(1);
    }
    expect(rankingPages(rows, 6).map((p) => p.length)).toEqual([4, 3]);
    expect(rankingPages([], 6)).toEqual([[]]);
  });

  it('the wall arrow is the gap to time elapsed, in whole points, level at zero', () => {
    expect(gapArrow(0.031)).toEqual({ key: 'rankingGapAhead', points: 3 });
    expect(gapArrow(-0.12)).toEqual({ key: 'rankingGapBehind', points: 12 });
    expect(gapArrow(0.004)).toEqual({ key: 'rankingGapLevel', points: 0 });
    expect(gapArrow(-0.004)).toEqual({ key: 'rankingGapLevel', points: 0 });
  });

  it('the page in view follows the clock it is given, one dwell a page', () => {
    expect(rankingPageAt(1, 123_456, 10_000)).toBe(0);
    expect(rankingPageAt(2, 0, 10_000)).toBe(0);
    expect(rankingPageAt(2, 9_999, 10_000)).toBe(0);
    expect(rankingPageAt(2, 10_000, 10_000)).toBe(1);
    expect(rankingPageAt(2, 20_000, 10_000)).toBe(0);
    expect(rankingPageAt(3, 25_000, 10_000)).toBe(2);
  });

  it('counter digits', () => {
    expect(counterDigits(7)).toEqual(['7']);
    expect(counterDigits(12)).toEqual(['1', '2']);
    expect(counterDigits(3, 2)).toEqual(['0', '3']);
    expect(counterDigits(-2)).toEqual(['0']);
  });
});
