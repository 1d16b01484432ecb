import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coerce,
  toBoolean,
  toDate,
  toDateTime,
  toFraction,
  toInteger,
  toList,
  toNumber,
  toPercent,
  toText,
} from '../../src/data/mapping/coerce';

describe('toDate', () => {
  it.each([
    ['2021-06-30', '2021-06-30'],
    ['2021/6/30', '2021-06-30'],
    ['2021.6.30', '2021-06-30'],
    ['2021-6-3', '2021-06-03'],
    ['2021年6月30日', '2021-06-30'],
    ['2021年6月30号', '2021-06-30'],
    [' 2021 年 6 月 30 日 ', '2021-06-30'],
    ['２０２１年６月３０日', '2021-06-30'],
    ['2021年6月', '2021-06-30'],
    ['2021年2月', '2021-02-28'],
    ['2024年2月', '2024-02-29'],
    ['2021-06', '2021-06-30'],
    ['2021/06', '2021-06-30'],
    ['20210630', '2021-06-30'],
    [20210630, '2021-06-30'],
    ['2021-06-30T00:00:00+08:00', '2021-06-30'],
    ['2021-06-30T23:59:59+08:00', '2021-06-30'],
    ['2021-06-29T16:00:00Z', '2021-06-30'],
    ['2021-06-29T16:00:00.000Z', '2021-06-30'],
    ['2021-06-30T08:00:00-0400', '2021-06-30'],
    ['2021-06-30 18:00:00', '2021-06-30'],
    [Date.UTC(2021, 5, 29, 16), '2021-06-30'],
    [Date.UTC(2021, 5, 29, 16) / 1000, '2021-06-30'],
  ])('%s → %s', (input, want) => {
    expect(toDate(input)).toBe(want);
  });

  it('reads a bare month as its first day when asked', () => {
    expect(toDate('2021年6月', { monthDay: 'start' })).toBe('2021-06-01');
  });

  it('treats blank cells as null', () => {
    for (const blank of ['', '  ', '-', '—', '/', '无', null, undefined]) expect(toDate(blank)).toBeNull();
  });

  it('returns what it cannot read unchanged, so validation can name it', () => {
    for (const bad of ['2021年13月', '2021-02-30', '2021年2月30日', 'soon', '30/06/2021', 12, true])
      expect(toDate(bad)).toBe(bad);
  });

  it('agrees with the calendar on every day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-').map(Number);
          expect(toDate(`${y}年${m}月${day}日`)).toBe(iso);
          expect(toDate(`${y}/${m}/${day}`)).toBe(iso);
          expect(toDate(iso.replaceAll('-', ''))).toBe(iso);
          expect(toDate(`${iso}T00:00:00+08:00`)).toBe(iso);
        },
      ),
    );
  });
});

describe('numbers and percentages', () => {
  it.each([
    ['2,100', 2100],
    ['2，100', 2100],
    ['1,234,567.5', 1234567.5],
    ['2 100', 2100],
    ['2\u00a0100', 2100],
    [' 12 ', 12],
    ['-3.5', -3.5],
    ['１２', 12],
    [45.6, 45.6],
  ])('toNumber(%j) = %j', (input, want) => expect(toNumber(input)).toBe(want));

  it('keeps what is not a number', () => {
    for (const bad of ['12a', '1,23', '45万', '1.2.3', 'NaN', true]) expect(toNumber(bad)).toBe(bad);
    expect(toNumber('')).toBeNull();
  });

  it('percent: "85%" and 85 are 85; a share is not scaled', () => {
    expect(toPercent('85%')).toBe(85);
    expect(toPercent('85 %')).toBe(85);
    expect(toPercent('８５％')).toBe(85);
    expect(toPercent('85')).toBe(85);
    expect(toPercent(0.85)).toBe(0.85);
    expect(toPercent('85 percent')).toBe('85 percent');
  });

  it('fraction: 0.85 is 85 without binary noise; "85%" still 85', () => {
    expect(toFraction(0.85)).toBe(85);
    expect(toFraction('0.85')).toBe(85);
    expect(toFraction(0.1)).toBe(10);
    expect(toFraction(0.275)).toBe(27.5);
    expect(toFraction(0.05)).toBe(5);
    expect(toFraction('85%')).toBe(85);
    expect(toFraction(1)).toBe(100);
  });

  it('every whole percent survives share → fraction (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (p) => {
        expect(toFraction(p / 100)).toBe(p);
      }),
    );
  });

  it('integers', () => {
    expect(toInteger('3')).toBe(3);
    expect(toInteger('3.0')).toBe(3);
    expect(toInteger('3.5')).toBe('3.5');
    expect(toInteger('')).toBeNull();
  });
});

describe('lists, booleans, text, date-times', () => {
  it('splits lists on the separators people type', () => {
    expect(toList('C,T')).toEqual(['C', 'T']);
    expect(toList('C、T')).toEqual(['C', 'T']);
    expect(toList('C， T；O')).toEqual(['C', 'T', 'O']);
    expect(toList('a | b')).toEqual(['a', 'b']);
    expect(toList('')).toEqual([]);
    expect(toList([' a ', 'b'])).toEqual(['a', 'b']);
    expect(toList('a-b-c', '-')).toEqual(['a', 'b', 'c']);
  });

  it('booleans in Chinese and English', () => {
    expect(toBoolean('是')).toBe(true);
    expect(toBoolean('否')).toBe(false);
    expect(toBoolean('Y')).toBe(true);
    expect(toBoolean(0)).toBe(false);
    expect(toBoolean('maybe')).toBe('maybe');
  });

  it('text: numbers as decimal strings, trimmed', () => {
    expect(toText(101)).toBe('101');
    expect(toText('  a ')).toBe('a');
    expect(toText('')).toBeNull();
  });

  it('date-times get Beijing time when no zone is given', () => {
    expect(toDateTime('2021-06-30 18:00:00')).toBe('2021-06-30T18:00:00+08:00');
    expect(toDateTime('2021-06-30T18:00:00Z')).toBe('2021-06-30T18:00:00Z');
    expect(toDateTime('2021年6月30日')).toBe('2021-06-30T00:00:00+08:00');
  });

  it('coerce dispatches by type', () => {
    expect(coerce('date', '2021/6/30')).toBe('2021-06-30');
    expect(coerce('percent', '85%')).toBe(85);
    expect(coerce('list', 'a,b')).toEqual(['a', 'b']);
  });
});

describe('year-only dates and periods', () => {
  it('reads "2023", "2023年", "2023年度" and 2023 as the year end, or its start with monthDay start', () => {
    for (const v of ['2023', '2023年', '2023年度', 2023, ' 2023 ']) {
      expect(coerce('date', v)).toBe('2023-12-31');
      expect(coerce('date', v, { monthDay: 'start' })).toBe('2023-01-01');
    }
  });

  it('reads slashed and Chinese dates without padding', () => {
    expect(coerce('date', '2021/1/1')).toBe('2021-01-01');
    expect(coerce('date', '2021年6月30日')).toBe('2021-06-30');
  });

  it('leaves what is not a year as it is, for validation to name', () => {
    expect(coerce('date', '12023')).toBe('12023');
    expect(coerce('date', 123)).toBe(123);
    expect(coerce('date', '1066')).toBe('1066');
  });
});
