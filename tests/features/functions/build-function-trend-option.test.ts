import { describe, expect, it } from 'vitest';
import { buildFunctionTrendOption } from '../../../src/features/functions/build-function-trend-option';
import { PALETTES } from '../../../src/lib/palette';

const points = [
  { date: '2021-01-31', progress: 0.05, timeProgress: 0.02 },
  { date: '2021-12-31', progress: 0.3, timeProgress: 0.4 },
  { date: '2022-01-31', progress: 0.32, timeProgress: 0.42 },
  { date: '2022-02-15', progress: 0.33, timeProgress: 0.43 },
];
const labels = { completion: '任务平均完成', timeProgress: '平均时间进度', gap: '差距 {{points}} 个百分点' };

type Series = Array<{
  name: string;
  data: number[];
  lineStyle: { color: string; type?: string };
  endLabel?: { formatter: (p: { value?: unknown }) => string };
}>;

describe('buildFunctionTrendOption', () => {
  const o = buildFunctionTrendOption(points, PALETTES.dark, labels, {
    color: PALETTES.dark.fn.T,
    lang: 'zh',
  });
  const series = o.series as Series;

  it('plots completion in the function’s colour against dashed time progress, on 0–100%', () => {
    expect(series.map((s) => s.name)).toEqual(['任务平均完成', '平均时间进度']);
    expect(series[0]!.data).toEqual([0.05, 0.3, 0.32, 0.33]);
    expect(series[0]!.lineStyle.color).toBe(PALETTES.dark.fn.T);
    expect(series[1]!.lineStyle).toMatchObject({ type: 'dashed', color: PALETTES.dark.timeLine });
    expect(o.yAxis).toMatchObject({ min: 0, max: 1 });
  });
  it('labels the line’s end with its whole percent', () => {
    expect(series[0]!.endLabel!.formatter({ value: 0.334 })).toBe('33%');
  });
  it('names years on the axis at January only', () => {
    const fmt = (o.xAxis as { axisLabel: { formatter: (v: string) => string } }).axisLabel.formatter;
    expect(fmt('2021-01-31')).toBe('2021年');
    expect(fmt('2021-12-31')).toBe('');
    expect(fmt('2022-01-31')).toBe('2022年');
    const en = buildFunctionTrendOption(points, PALETTES.dark, labels, { color: '#fff', lang: 'en' });
    expect(
      (en.xAxis as { axisLabel: { formatter: (v: string) => string } }).axisLabel.formatter('2022-01-31'),
    ).toBe('2022');
  });
  it('escapes names in the tooltip and names a mid-month as-of date by its day', () => {
    const evil = buildFunctionTrendOption(
      points,
      PALETTES.light,
      { ...labels, completion: '<b onclick=x>' },
      { color: '#000', lang: 'zh' },
    );
    const tip = (evil.tooltip as { formatter: (p: unknown) => string }).formatter([
      { dataIndex: 3, seriesName: '<b onclick=x>', value: 0.33, color: '#000' },
    ]);
    expect(tip).toContain('&lt;b onclick=x&gt;');
    expect(tip).not.toContain('<b onclick');
    expect(tip).toContain('2022年2月15日');
    expect(tip).toContain('33%');
    expect(tip).toContain('差距 −10 个百分点');
    const monthly = (evil.tooltip as { formatter: (p: unknown) => string }).formatter([
      { dataIndex: 1, seriesName: 'x', value: 0.3, color: '#000' },
    ]);
    expect(monthly).toContain('2021年12月');
  });
  it('scales with the root font size', () => {
    const big = buildFunctionTrendOption(points, PALETTES.dark, labels, {
      color: '#fff',
      lang: 'zh',
      rem: 32,
    });
    expect((big.series as Series)[0]!.lineStyle).toMatchObject({ width: 6 });
  });
});
