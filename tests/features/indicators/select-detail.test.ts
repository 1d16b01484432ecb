import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/metrics';
import { observationRows, targetRows } from '../../../src/features/indicators/select-detail';
import { indicatorById } from '../../support/fixture-plan';

describe('targetRows', () => {
  const ind = indicatorById('IND-GIANT');
  it('scores each ended year at its end and the running one now', () => {
    const rows = targetRows(ind, '2023-06-30', DEFAULT_THRESHOLDS);
    expect(rows.map((r) => r.target.value)).toEqual([40, 42, 45, 45, 48]);
    // 2021: 0+12+15+16 = 43 of 40; 2022: 0+8+17+14 = 39 of 42; 2023 to 06-30: 3+12 = 15 of 45.
    expect(rows.map((r) => r.a?.actual ?? null)).toEqual([43, 39, 15, null, null]);
    expect(rows[0]!.a?.status).toBe('done');
    expect(rows[2]!.a?.periodEnded).toBe(false);
  });
});

describe('observationRows', () => {
  it('lists the observations known at the date with the target and attainment of their day', () => {
    const ind = indicatorById('IND-IPO');
    const rows = observationRows(ind, '2021-03-31', DEFAULT_THRESHOLDS);
    expect(rows.map((r) => r.date)).toEqual(['2021-01-31', '2021-02-28', '2021-03-31']);
    expect(rows[2]).toMatchObject({ value: 1, attainment: 1 / 6 });
    expect(rows[2]!.target?.value).toBe(6);
  });
  it('keeps notes', () => {
    const rows = observationRows(indicatorById('IND-SSC'), '2025-12-31', DEFAULT_THRESHOLDS);
    expect(rows.at(-1)).toMatchObject({ date: '2021-12-28', value: 1, note: '12月28日正式运营' });
  });
});
