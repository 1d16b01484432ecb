import { describe, expect, it } from 'vitest';
import {
  linkedIndicators,
  milestoneRows,
  milestoneVerdict,
  progressNotes,
} from '../../../src/features/tasks/select-task-detail';
import { mockAssessedAt } from '../../support/mock-assessment';

const mockAssessment = (asOf = '2025-12-31') => mockAssessedAt(asOf);

const ms = (planned: string, actual: string | null) => ({ id: planned, name: planned, planned, actual });

describe('milestoneVerdict', () => {
  it('judges on time, late, missed and upcoming at the date', () => {
    expect(milestoneVerdict(ms('2021-07-20', '2021-07-20'), '2021-12-31')).toBe('onTime');
    expect(milestoneVerdict(ms('2021-07-20', '2021-07-26'), '2021-12-31')).toBe('late');
    expect(milestoneVerdict(ms('2021-07-20', null), '2021-12-31')).toBe('missed');
    expect(milestoneVerdict(ms('2021-07-20', null), '2021-07-20')).toBe('upcoming');
    // Achieved after the as-of date is not known yet.
    expect(milestoneVerdict(ms('2021-07-20', '2021-07-26'), '2021-07-22')).toBe('missed');
    expect(milestoneVerdict(ms('2021-07-20', '2021-07-26'), '2021-07-01')).toBe('upcoming');
  });

  it('lists milestones by planned date and hides an achievement not yet known', () => {
    const rows = milestoneRows([ms('2023-01-01', null), ms('2021-07-20', '2021-07-26')], '2021-07-22');
    expect(rows.map((r) => r.milestone.planned)).toEqual(['2021-07-20', '2023-01-01']);
    expect(rows[0]?.actual).toBeNull();
  });
});

describe('progressNotes', () => {
  const points = [
    { date: '2021-01-31', percent: 1, note: '启动' },
    { date: '2021-02-28', percent: 2 },
    { date: '2021-03-31', percent: 4 },
    { date: '2021-04-30', percent: 6, note: '未来' },
  ];
  it('lists newest first; with notes only it keeps the latest figure too', () => {
    expect(progressNotes(points, '2021-03-31', false).map((p) => p.date)).toEqual([
      '2021-03-31',
      '2021-02-28',
      '2021-01-31',
    ]);
    expect(progressNotes(points, '2021-03-31', true).map((p) => p.date)).toEqual([
      '2021-03-31',
      '2021-01-31',
    ]);
    expect(progressNotes(points, '2020-01-01', true)).toEqual([]);
  });
});

describe('linkedIndicators', () => {
  it('finds the indicators naming a task in the mock', () => {
    const { assessment } = mockAssessment();
    expect(linkedIndicators(assessment.indicators, 'T01').map((x) => x.indicator.id)).toEqual([
      'IND-GIANT',
      expect.any(String),
    ]);
    expect(linkedIndicators(assessment.indicators, 'T07')).toHaveLength(2);
    expect(linkedIndicators(assessment.indicators, 'T15')).toEqual([]);
  });
});
