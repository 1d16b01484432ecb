import { describe, expect, it } from 'vitest';
import { timeProgress } from '../../src/domain/metrics';

describe('timeProgress (时间进度)', () => {
  const S = '2021-01-01';
  const E = '2021-12-31';

  it('counts the as-of day as elapsed, so the first day is already 1/365', () => {
    expect(timeProgress(S, E, S)).toBeCloseTo(0.00274, 5); // 1 / 365
  });

  it('is 181/365 at mid-year, not 0.5', () => {
    expect(timeProgress(S, E, '2021-06-30')).toBeCloseTo(0.49589, 5); // (180 + 1) / (364 + 1)
    expect(timeProgress(S, E, '2021-07-02')).toBeCloseTo(0.50137, 5); // 183 / 365: first day past half
  });

  it('is exactly 1 on the last day and after it', () => {
    expect(timeProgress(S, E, E)).toBe(1); // 365 / 365
    expect(timeProgress(S, E, '2022-03-01')).toBe(1); // clamped
  });

  it('is 0 before the start', () => {
    expect(timeProgress(S, E, '2020-12-31')).toBe(0); // (−1 + 1) / 365
    expect(timeProgress(S, E, '2019-06-30')).toBe(0); // clamped
  });

  it('handles leap years', () => {
    expect(timeProgress('2020-01-01', '2020-12-31', '2020-06-30')).toBeCloseTo(0.49727, 5); // 182 / 366
    expect(timeProgress('2020-01-01', '2020-12-31', '2020-02-29')).toBeCloseTo(0.16393, 5); // 60 / 366
  });

  it('handles multi-year periods', () => {
    // 2021..2025 has 5 × 365 + 1 = 1826 days; 2021-06-30 is day 181.
    expect(timeProgress('2021-01-01', '2025-12-31', '2021-06-30')).toBeCloseTo(0.09912, 5); // 181 / 1826
  });

  it('treats a one-day period as 0 before and 1 on or after', () => {
    expect(timeProgress('2021-05-01', '2021-05-01', '2021-04-30')).toBe(0);
    expect(timeProgress('2021-05-01', '2021-05-01', '2021-05-01')).toBe(1); // 1 / 1
    expect(timeProgress('2021-05-01', '2021-05-01', '2021-05-02')).toBe(1);
  });
});
