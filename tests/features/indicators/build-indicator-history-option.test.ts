import { describe, expect, it } from 'vitest';
import { assessIndicator, parseIsoDate } from '../../../src/domain/metrics';
import { buildIndicatorHistoryOption } from '../../../src/features/indicators/build-indicator-history-option';
import { historySeries } from '../../../src/features/indicators/history-series';
import { PALETTES } from '../../../src/lib/palette';
import { indicatorById } from '../../support/fixture-plan';

const labels = { actual: '实际值', trajectory: '目标轨迹', target: '目标值', projection: '期末预计' };
const opts = {
  lang: 'zh' as const,
  format: (v: number) => `${v}家`,
  periodOf: (s: string) => `${s.slice(0, 4)}年`,
};

type Series = Array<{
  name: string;
  type: string;
  data: Array<[number, number] | { value: [number, number]; label?: { align?: string } }>;
  lineStyle?: { type?: string };
  label?: { formatter: (p: { dataIndex: number }) => string };
}>;

describe('buildIndicatorHistoryOption', () => {
  const ind = indicatorById('IND-GIANT');
  const h = historySeries(ind, assessIndicator(ind, '2025-06-30'), '2025-06-30');
  const o = buildIndicatorHistoryOption(h, PALETTES.dark, labels, opts);
  const series = o.series as Series;

  it('runs in UTC on a time axis spanning the data', () => {
    expect(o.useUTC).toBe(true);
    expect(o.xAxis).toMatchObject({
      type: 'time',
      min: parseIsoDate('2021-01-01'),
      max: parseIsoDate('2025-12-31'),
    });
  });
  it('draws one dashed path per target, all under one legend name', () => {
    const paths = series.filter((s) => s.name === '目标轨迹');
    expect(paths).toHaveLength(5);
    expect(paths.every((s) => s.lineStyle?.type === 'dashed')).toBe(true);
    expect(paths[0]!.data).toEqual([
      [parseIsoDate('2021-01-01'), 0],
      [parseIsoDate('2021-12-31'), 40],
    ]);
  });
  it('marks each target at its period end with its label', () => {
    const marks = series.find((s) => s.name === '目标值')!;
    expect(marks.type).toBe('scatter');
    const values = marks.data.map((d) => (Array.isArray(d) ? d : d.value));
    expect(values.map((d) => d[1])).toEqual([40, 42, 45, 45, 48]);
    expect(marks.label!.formatter({ dataIndex: 4 })).toBe('2025年 48家');
    // The last one sits on the right edge, so its label runs leftwards.
    expect((marks.data[4] as { label?: { align?: string } }).label?.align).toBe('right');
    expect((marks.data[0] as { label?: { align?: string } }).label).toBeUndefined();
  });
  it('shortens target labels to the value on a phone', () => {
    const phone = buildIndicatorHistoryOption(h, PALETTES.dark, labels, { ...opts, width: 360 });
    const marks = (phone.series as Series).find((s) => s.name === '目标值')!;
    expect(marks.label!.formatter({ dataIndex: 4 })).toBe('48家');
  });
  it('draws the year-to-date actuals one line per year, and the projection dotted to the period end', () => {
    const actual = series.filter((s) => s.name === '实际值');
    expect(actual).toHaveLength(5);
    expect(actual[0]!.data).toEqual([
      [parseIsoDate('2021-03-31'), 0],
      [parseIsoDate('2021-06-30'), 12],
      [parseIsoDate('2021-09-30'), 27],
      [parseIsoDate('2021-12-31'), 43],
    ]);
    expect(actual[4]!.data.at(-1)).toEqual([parseIsoDate('2025-06-30'), 16]);
    const proj = series.find((s) => s.name === '期末预计')!;
    expect(proj.lineStyle?.type).toBe('dotted');
    expect(proj.data[1]).toEqual([parseIsoDate('2025-12-31'), expect.any(Number)]);
  });
  it('lists the projection in the legend only when there is one', () => {
    expect((o.legend as { data: string[] }).data).toContain('期末预计');
    const ended = historySeries(ind, assessIndicator(ind, '2025-12-31'), '2025-12-31');
    const o2 = buildIndicatorHistoryOption({ ...ended, projection: null }, PALETTES.dark, labels, opts);
    expect((o2.legend as { data: string[] }).data).not.toContain('期末预计');
  });
  it('names each year boundary for the year that ends there, and by month otherwise', () => {
    const fmt = (o.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
    // A 31 Dec 2022 figure sits at this tick: it is 2022's result, not 2023's.
    expect(fmt(parseIsoDate('2023-01-01'))).toBe('2022年末');
    expect(fmt(parseIsoDate('2023-07-01'))).toBe('2023年7月');
  });
  it('escapes series names in the HTML tooltip', () => {
    const evil = buildIndicatorHistoryOption(
      h,
      PALETTES.light,
      { ...labels, actual: '<script>x</script>' },
      opts,
    );
    const html = (evil.tooltip as { formatter: (p: unknown) => string }).formatter([
      { seriesName: '<script>x</script>', value: [parseIsoDate('2025-06-30'), 16], color: '#fff' },
    ]);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('2025年6月30日');
    expect(html).toContain('16家');
  });
  it('shows a milestone on a 0–1 axis as a step', () => {
    const m = indicatorById('IND-SSC');
    const hm = historySeries(m, assessIndicator(m, '2025-12-31'), '2025-12-31');
    const om = buildIndicatorHistoryOption(hm, PALETTES.dark, labels, { ...opts, milestone: true });
    expect(om.yAxis).toMatchObject({ min: 0, max: 1, interval: 1 });
    expect((om.series as Array<{ name: string; step?: string }>).find((s) => s.name === '实际值')?.step).toBe(
      'end',
    );
  });
});
