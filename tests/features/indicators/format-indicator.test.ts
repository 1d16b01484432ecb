import { describe, expect, it } from 'vitest';
import {
  formatIndicatorValue,
  targetPeriodLabel,
  withUnit,
} from '../../../src/features/indicators/format-indicator';

const words = { done: '已达成', notYet: '未达成', target: '达成' };
const firms = { unit: '家', unitEn: 'firms', kind: 'stock' as const };

describe('formatIndicatorValue', () => {
  it('joins number and unit, without a space in Chinese', () => {
    expect(formatIndicatorValue(2951, firms, 'zh', words)).toBe('2951家');
    expect(formatIndicatorValue(45.6, { unit: '万㎡', kind: 'cumulative' }, 'zh', words)).toBe('45.6万㎡');
    expect(formatIndicatorValue(5.6, { unit: '%', kind: 'percentage' }, 'en', words)).toBe('5.6%');
  });
  it('uses 万 for large Chinese figures and separators in English', () => {
    expect(formatIndicatorValue(1_250_000, firms, 'zh', words)).toBe('125万家');
    expect(formatIndicatorValue(2951, firms, 'en', words)).toBe('2,951 firms');
  });
  it('keeps two decimals for small values, one for larger ones', () => {
    expect(formatIndicatorValue(1.4333, { unit: '天', kind: 'stock' }, 'zh', words)).toBe('1.43天');
    expect(formatIndicatorValue(44.6667, firms, 'zh', words)).toBe('44.7家');
  });
  it('reads a milestone in words', () => {
    const m = { unit: '', kind: 'milestone' as const };
    expect(formatIndicatorValue(1, m, 'zh', words)).toBe('已达成');
    expect(formatIndicatorValue(0, m, 'zh', words)).toBe('未达成');
    expect(formatIndicatorValue(1, m, 'zh', words, 'target')).toBe('达成');
  });
  it('shows a dash for no value', () => {
    expect(formatIndicatorValue(null, firms, 'zh', words)).toBe('—');
    expect(formatIndicatorValue(Number.NaN, firms, 'zh', words)).toBe('—');
  });
});

describe('targetPeriodLabel', () => {
  const year = { period: { start: '2021-01-01', end: '2021-12-31' }, value: 1, label: '2021年' };
  const span = { period: { start: '2021-01-01', end: '2023-12-31' }, value: 1, label: '2021–2023年' };
  const odd = { period: { start: '2021-07-01', end: '2022-06-30' }, value: 1, label: '2021学年' };
  it('names whole years', () => {
    expect(targetPeriodLabel(year, 'zh')).toBe('2021年');
    expect(targetPeriodLabel(year, 'en')).toBe('2021');
    expect(targetPeriodLabel(span, 'en')).toBe('2021–2023');
  });
  it('keeps the source label in Chinese for other periods, dates in English', () => {
    expect(targetPeriodLabel(odd, 'zh')).toBe('2021学年');
    expect(targetPeriodLabel(odd, 'en')).toBe('1 Jul 2021 – 30 Jun 2022');
  });
});

describe('withUnit', () => {
  it('adds the unit in brackets', () => {
    expect(withUnit('新增上市企业', '家', 'zh')).toBe('新增上市企业（家）');
    expect(withUnit('R&D intensity', '%', 'en')).toBe('R&D intensity (%)');
    expect(withUnit('里程碑', '', 'zh')).toBe('里程碑');
  });
});
