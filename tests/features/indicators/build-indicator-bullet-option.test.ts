import { describe, expect, it } from 'vitest';
import {
  buildIndicatorBulletOption,
  bulletAxisMax,
  bulletHeightRem,
  type BulletRow,
} from '../../../src/features/indicators/build-indicator-bullet-option';
import { PALETTES } from '../../../src/lib/palette';

const row = (over: Partial<BulletRow>): BulletRow => ({
  id: 'IND-X',
  name: '新增科技小巨人企业',
  status: 'onTrack',
  statusText: '● 正常',
  attainment: 0.5,
  expectedAttainment: 0.45,
  actualText: '24家',
  targetText: '48家',
  expectedText: '21.6家',
  periodText: '2025年',
  ...over,
});
const labels = { attainment: '完成率', expected: '应完成', target: '目标', noData: '无数据' };

type Series = Array<{
  name: string;
  type: string;
  data: Array<{ value: number; itemStyle?: { color: string }; label?: { color: string } } | number[]>;
  label?: { formatter: (p: { dataIndex: number }) => string };
  markLine?: { data: Array<{ xAxis: number }>; label: { formatter: string } };
}>;

describe('bulletAxisMax', () => {
  it('leaves room past 100% and rounds up to a fifth', () => {
    expect(bulletAxisMax([row({ attainment: 0.3 })])).toBe(1.2);
    expect(bulletAxisMax([row({ attainment: 1.33 })])).toBe(1.4);
    expect(bulletAxisMax([row({ attainment: 1.4 })])).toBe(1.4);
  });
  it('caps a runaway attainment', () => {
    expect(bulletAxisMax([row({ attainment: 5 })])).toBe(2);
  });
});

describe('bulletHeightRem', () => {
  it('grows with the rows, with a floor', () => {
    expect(bulletHeightRem(12)).toBeGreaterThan(bulletHeightRem(3));
    expect(bulletHeightRem(0)).toBe(8);
  });
});

describe('buildIndicatorBulletOption', () => {
  const rows = [
    row({ id: 'A', status: 'done', attainment: 1.1, expectedAttainment: 1 }),
    row({ id: 'B', status: 'lagging', attainment: 0.2, expectedAttainment: 0.6, name: 'B 指标' }),
    row({ id: 'C', status: null, attainment: null, expectedAttainment: null, statusText: '– 无数据' }),
    row({ id: 'D', status: 'done', attainment: 4 }),
  ];
  const o = buildIndicatorBulletOption(rows, PALETTES.dark, labels);
  const series = o.series as Series;

  it('puts the indicators on a category axis, first on top', () => {
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['A', 'B', 'C', 'D'] });
  });
  it('draws attainment bars coloured by status, clamped to the axis', () => {
    const bars = series[0]!.data as Array<{ value: number | string; itemStyle?: { color: string } }>;
    // C has no figure: ECharts' empty value '-', no bar at all, never a 0% bar.
    expect(bars.map((b) => b.value)).toEqual([1.1, 0.2, '-', 2]);
    expect(bars[0]!.itemStyle!.color).toBe(PALETTES.dark.status.done);
    expect(bars[1]!.itemStyle!.color).toBe(PALETTES.dark.status.lagging);
    expect(bars[2]!.itemStyle).toBeUndefined();
  });
  it('labels each bar with its name above and its true value and status at the end', () => {
    // The names ride on a full-length twin, so a row without a bar keeps its name.
    expect(series[1]!.data).toEqual([2, 2, 2, 2]);
    expect(series[1]!.label!.formatter({ dataIndex: 1 })).toBe('B 指标  24家 / 48家');
    // The value column rides on another full-length twin so the labels line up at the track's end.
    expect((series[2]!.data as Array<{ value: number }>).map((d) => d.value)).toEqual([2, 2, 2, 2]);
    expect(series[2]!.label!.formatter({ dataIndex: 3 })).toBe('400%  ● 正常');
    expect(series[2]!.label!.formatter({ dataIndex: 2 })).toBe('– 无数据');
    const milestone = buildIndicatorBulletOption(
      [row({ actualText: '已达成', targetText: '' })],
      PALETTES.dark,
      labels,
    );
    expect((milestone.series as Series)[1]!.label!.formatter({ dataIndex: 0 })).toBe(
      '新增科技小巨人企业  已达成',
    );
  });
  it('marks the expected share as ticks, skipping rows without one', () => {
    const ticks = series.find((s) => s.type === 'scatter')!;
    expect(ticks.name).toBe('应完成');
    expect(ticks.data).toEqual([
      [1, 0],
      [0.6, 1],
      [0.45, 3],
    ]);
  });
  it('draws the target as one line at 100%', () => {
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: 1 }]);
    expect(series[0]!.markLine!.label.formatter).toBe('目标 100%');
  });
  it('escapes names in the HTML tooltip', () => {
    const evil = buildIndicatorBulletOption(
      [row({ id: 'E', name: '<img src=x onerror=alert(1)>' })],
      PALETTES.light,
      labels,
    );
    const tooltip = evil.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([{ axisValue: 'E', dataIndex: 0 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('50%');
    expect(html).toContain('45% (21.6家)');
  });
  it('cuts long names to the room left beside the value column when the width is known', () => {
    const narrow = buildIndicatorBulletOption(rows, PALETTES.dark, labels, 16, 360);
    const label = (narrow.series as Array<{ label: { width?: number; overflow?: string } }>)[1]!.label;
    expect(label.overflow).toBe('truncate');
    expect(label.width).toBe(360 - 118 - 16);
    expect((series[1] as unknown as { label: { width?: number } }).label.width).toBeUndefined();
  });
  it('scales text with the root font size', () => {
    const big = buildIndicatorBulletOption(rows, PALETTES.dark, labels, 32);
    const small = o.xAxis as { axisLabel: { fontSize: number } };
    expect((big.xAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBe(
      small.axisLabel.fontSize * 2,
    );
  });
});
