import { describe, expect, it } from 'vitest';
import { formatAge, formatDate, formatNumber, formatPercent, formatPoints } from '../../src/lib/format';

describe('format', () => {
  it('rounds percentages to whole numbers', () => {
    expect(formatPercent(0.4683)).toBe('47%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPoints(-0.123)).toBe('−12');
    expect(formatPoints(0.03)).toBe('+3');
  });
  it('uses 万 and 亿 in Chinese and separators in English', () => {
    expect(formatNumber(2100, 'zh')).toBe('2100');
    expect(formatNumber(450000, 'zh')).toBe('45万');
    expect(formatNumber(32_000_000_000, 'zh')).toBe('320亿');
    expect(formatNumber(450000, 'en')).toBe('450,000');
  });
  it('formats dates for each language without time-zone shifts', () => {
    expect(formatDate('2021-06-30', 'zh')).toBe('2021年6月30日');
    expect(formatDate('2021-06-30', 'en')).toBe('30 Jun 2021');
  });
  it('says how old data is', () => {
    expect(formatAge(0, 5 * 60_000, 'zh')).toBe('5 分钟前');
    expect(formatAge(0, 3 * 3_600_000, 'en')).toBe('3 h ago');
  });
});
