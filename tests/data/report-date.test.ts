import { describe, expect, it } from 'vitest';
import { resolveReportDate, type DatedAnswer } from '../../src/data/report-date';
import { planData as full } from '../support/fixture-plan';

const answers = (claimed: string | null = null): DatedAnswer[] => [
  { resource: 'tasks', rows: full.tasks, claimedAsOf: claimed },
  { resource: 'indicators', rows: full.indicators, claimedAsOf: null },
  { resource: 'workItems', rows: null, claimedAsOf: null },
];

describe('resolveReportDate', () => {
  it('takes the requested date, even when the source returned later history (a full-history answer)', () => {
    expect(resolveReportDate('2021-06-30', answers())).toEqual({
      date: '2021-06-30',
      from: { kind: 'requested' },
    });
    expect(resolveReportDate('2021-06-30', answers('2025-12-31'))?.date).toBe('2021-06-30');
  });

  it('for latest, takes the latest dated fact in the data, never today', () => {
    const r = resolveReportDate(null, answers());
    expect(r?.date).toBe('2025-12-31');
    expect(r?.from.kind).toBe('latestData');
  });

  it('a date the source claimed caps both the requested date and the latest data', () => {
    expect(resolveReportDate('2030-01-01', answers('2025-12-31'))).toEqual({
      date: '2025-12-31',
      from: { kind: 'claimed', resource: 'tasks' },
    });
    expect(resolveReportDate(null, answers('2023-12-31'))).toEqual({
      date: '2023-12-31',
      from: { kind: 'claimed', resource: 'tasks' },
    });
  });

  it('with no requested date and no dated fact there is none (not today)', () => {
    expect(resolveReportDate(null, [])).toBeNull();
    expect(resolveReportDate(null, [{ resource: 'tasks', rows: [], claimedAsOf: null }])).toBeNull();
    expect(resolveReportDate(null, [{ resource: 'tasks', rows: [], claimedAsOf: '2024-03-31' }])?.date).toBe(
      '2024-03-31',
    );
  });
});
