import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  defaultCompareDate,
  endOfMonth,
  formatIsoDate,
  maxDate,
  minDate,
  parseIsoDate,
} from '../../src/domain/metrics';

describe('dates', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('parses to midnight UTC and formats back', () => {
    // 2021-01-01T00:00:00Z = 1 609 459 200 000 ms
    expect(parseIsoDate('2021-01-01')).toBe(1_609_459_200_000);
    expect(formatIsoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('gives the same instant for a date parsed again, however many other dates came between', () => {
    const first = parseIsoDate('2023-03-15');
    // More distinct dates than the parsed dates kept: the table starts over and stays right.
    for (let day = 0; day < 25_000; day++) formatIsoDate(parseIsoDate(addDays('2000-01-01', day)));
    expect(parseIsoDate('2023-03-15')).toBe(first);
    expect(daysBetween('2000-01-01', addDays('2000-01-01', 24_999))).toBe(24_999);
    // A string once rejected is rejected again: a failure is never kept as an answer.
    expect(() => parseIsoDate('2023-3-15')).toThrow(RangeError);
    expect(() => parseIsoDate('2023-3-15')).toThrow(RangeError);
  });

  it('rejects strings that are not YYYY-MM-DD', () => {
    expect(() => parseIsoDate('2021-1-1')).toThrow(RangeError);
    expect(() => parseIsoDate('2021-01-01T08:00:00+08:00')).toThrow(RangeError);
  });

  it('counts whole days between dates, signed', () => {
    expect(daysBetween('2021-01-01', '2021-12-31')).toBe(364); // 365-day year, end − start
    expect(daysBetween('2020-01-01', '2020-12-31')).toBe(365); // leap year
    expect(daysBetween('2021-06-30', '2021-01-01')).toBe(-180); // 31+28+31+30+31+29
    expect(daysBetween('2021-01-01', '2025-12-31')).toBe(1825); // 5 × 365 + 1 (2024) − 1
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
  });

  it('adds months keeping the day where it exists, else the month end', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addMonths('2021-11-15', 3)).toBe('2022-02-15');
    expect(addMonths('2021-01-15', -1)).toBe('2020-12-15');
    expect(addMonths('2021-05-31', -12)).toBe('2020-05-31');
  });

  it('finds the end of the month', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-01')).toBe('2023-02-28');
    expect(endOfMonth('2021-12-05')).toBe('2021-12-31');
  });

  it('compares and picks min / max', () => {
    expect(compareDates('2021-01-01', '2021-01-02')).toBe(-1);
    expect(compareDates('2021-01-02', '2021-01-02')).toBe(0);
    expect(compareDates('2022-01-01', '2021-12-31')).toBe(1);
    expect(minDate('2021-06-30', '2021-01-01', '2021-03-31')).toBe('2021-01-01');
    expect(maxDate('2021-06-30', '2021-01-01', '2021-12-31')).toBe('2021-12-31');
    expect(minDate('2021-06-30')).toBe('2021-06-30');
  });

  it('does not shift a day in any time zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(addDays('2021-03-13', 1)).toBe('2021-03-14');
      expect(daysBetween('2021-03-13', '2021-03-15')).toBe(2); // across the US DST switch
      expect(endOfMonth('2021-06-15')).toBe('2021-06-30');
    }
  });

  it.each([
    ['2024-06-30', 3, '2024-03-31'],
    ['2025-12-31', 3, '2025-09-30'],
    ['2024-05-31', 3, '2024-02-29'],
    ['2023-05-31', 3, '2023-02-28'],
    ['2024-06-15', 3, '2024-03-31'],
    ['2024-02-29', 3, '2023-11-30'],
    ['2024-01-31', 1, '2023-12-31'],
    ['2024-06-30', 12, '2023-06-30'],
  ])('the default compare date for %s, %i months back, is the month end %s', (asOf, months, expected) => {
    expect(defaultCompareDate(asOf, months)).toBe(expected);
  });
});
