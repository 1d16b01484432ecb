import { describe, expect, it } from 'vitest';
import { diffAssessments } from '../../src/domain/metrics';
import { selectBehind } from '../../src/features/overview/select-behind';
import { selectTaskChanges } from '../../src/features/overview/select-changes';
import { selectIndicatorsBehind } from '../../src/features/overview/select-indicators-behind';
import { mockAssessment } from '../support/mock-assessment';

describe('overview selections on the mock data', () => {
  const latest = mockAssessment('2025-12-31');

  it('lists the overdue task first, then lagging, then watch', () => {
    const rows = selectBehind(latest.tasks, 6);
    expect(rows[0]?.task.id).toBe('T10');
    expect(rows.map((r) => r.a.status)).toEqual(
      [...rows.map((r) => r.a.status)].sort(
        (a, b) => ['overdue', 'lagging', 'watch'].indexOf(a) - ['overdue', 'lagging', 'watch'].indexOf(b),
      ),
    );
    expect(rows.every((r) => ['overdue', 'lagging', 'watch'].includes(r.a.status))).toBe(true);
  });

  it('lists indicators behind their expected-by-now, worst status first', () => {
    const rows = selectIndicatorsBehind(latest.indicators, 5);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.a.status !== 'done' && r.a.status !== 'onTrack' && r.a.status !== null)).toBe(
      true,
    );
    // 新增上市企业 reached 3 of 4 in 2025 (75%): lagging, ahead of 小巨人 at 92% (watch).
    const ids = rows.map((r) => r.indicator.id);
    expect(ids.indexOf('IND-IPO')).toBeLessThan(ids.indexOf('IND-GIANT'));
  });

  it('puts status changes before mere progress since the compare date', () => {
    const diff = diffAssessments(mockAssessment('2021-06-30'), mockAssessment('2021-12-31'));
    const rows = selectTaskChanges(diff, 6);
    expect(rows.length).toBeGreaterThan(0);
    const firstPlain = rows.findIndex((c) => c.before === c.after);
    const lastMoved = rows.map((c) => c.before !== c.after).lastIndexOf(true);
    // The half-year holds both kinds, so the order is always checked (a guard here once let it pass empty).
    expect(firstPlain).toBeGreaterThanOrEqual(0);
    expect(lastMoved).toBeGreaterThanOrEqual(0);
    expect(lastMoved).toBeLessThan(firstPlain);
  });
});
