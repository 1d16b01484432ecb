import { describe, expect, it } from 'vitest';
import { formatQuantity, formatQuantityPair, unitLabel } from '../../src/lib/quantity';

const area = { unit: '万㎡', unitEn: '10k m²' };
const money = { unit: '亿元', unitEn: '100M CNY' };
const days = { unit: '天', unitEn: 'days' };
const firms = { unit: '家', unitEn: 'firms' };
const companies = { unit: '家', unitEn: 'companies' };

describe('formatQuantity', () => {
  it('writes Chinese with 万 and 亿 as the source counts', () => {
    expect(formatQuantity(45, area, 'zh')).toBe('45万㎡');
    expect(formatQuantity(192.2, money, 'zh')).toBe('192.2亿元');
  });
  it('scales English figures instead of translating the magnitude word for word', () => {
    expect(formatQuantity(45, area, 'en')).toBe('450,000 m²');
    expect(formatQuantity(58.35, area, 'en')).toBe('583,500 m²');
    expect(formatQuantity(192.2, money, 'en')).toBe('CNY 19.22 billion');
    expect(formatQuantity(3.5, money, 'en')).toBe('CNY 350 million');
  });
  it('says 1 day, 2 days', () => {
    expect(formatQuantity(1, days, 'en')).toBe('1 day');
    expect(formatQuantity(2, days, 'en')).toBe('2 days');
    expect(formatQuantity(1, firms, 'en')).toBe('1 firm');
    expect(formatQuantity(1, companies, 'en')).toBe('1 company');
    expect(formatQuantity(2951, firms, 'en')).toBe('2,951 firms');
  });
  it('reads a missing figure as a dash, never 0', () => {
    expect(formatQuantity(null, area, 'en')).toBe('—');
    expect(formatQuantity(Number.NaN, area, 'zh')).toBe('—');
  });
  it('keeps a percentage and a unitless figure plain', () => {
    expect(formatQuantity(5.6, { unit: '%' }, 'en')).toBe('5.6%');
    expect(formatQuantity(12, { unit: '' }, 'en')).toBe('12');
  });
});

describe('formatQuantityPair', () => {
  it('actual over target, one unit', () => {
    expect(formatQuantityPair(58, 60, area, 'en')).toBe('580,000 / 600,000 m²');
    expect(formatQuantityPair(58, 60, area, 'zh')).toBe('58 / 60万㎡');
    expect(formatQuantityPair(null, 60, area, 'en')).toBe('— / 600,000 m²');
  });
  it('money spelled out on both sides', () => {
    expect(formatQuantityPair(192.2, 200, money, 'en')).toBe('CNY 19.22 billion / CNY 20 billion');
  });
  it('a heading unit matches the scaled figures', () => {
    expect(unitLabel(area, 'en')).toBe('m²');
    expect(unitLabel(area, 'zh')).toBe('万㎡');
  });
});
