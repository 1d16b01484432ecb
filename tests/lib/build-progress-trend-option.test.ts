import { describe, expect, it } from 'vitest';
import { buildProgressTrendOption } from '../../src/lib/charts/build-progress-trend-option';
import { PALETTES } from '../../src/lib/palette';
import { chartLineHeight, chartTextWidth } from '../../src/lib/charts/text-box';

const points = [
  { date: '2021-01-31', progress: 0.05, timeProgress: 0.0085 },
  { date: '2021-02-28', progress: 0.1, timeProgress: 0.2 },
];

describe('buildProgressTrendOption', () => {
  it('plots completion and time progress as two series on a 0–100% axis', () => {
    const o = buildProgressTrendOption(points, PALETTES.dark, 'zh', {
      completion: '任务总体完成',
      timeProgress: '时间进度',
    });
    const series = o.series as Array<{ name: string; data: number[] }>;
    expect(series.map((s) => s.name)).toEqual(['任务总体完成', '时间进度']);
    expect(series[0]?.data).toEqual([0.05, 0.1]);
    expect(o.yAxis).toMatchObject({ min: 0, max: 1 });
    const xAxis = o.xAxis as { data: string[]; axisLabel: { formatter: (v: string) => string } };
    expect(xAxis.axisLabel.formatter('2021-02-28')).toBe('2021年2月');
  });

  it('scales text with the root font size and can switch animation off for print', () => {
    const big = buildProgressTrendOption(
      points,
      PALETTES.dark,
      'zh',
      { completion: 'c', timeProgress: 't' },
      { rem: 32 },
    );
    expect((big.legend as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(28);
    const print = buildProgressTrendOption(
      points,
      PALETTES.light,
      'zh',
      { completion: 'c', timeProgress: 't' },
      { animation: false },
    );
    expect(print.animation).toBe(false);
    expect(
      buildProgressTrendOption(points, PALETTES.light, 'zh', { completion: 'c', timeProgress: 't' })
        .animation,
    ).toBe(true);
  });

  it('escapes series names in the HTML tooltip', () => {
    const o = buildProgressTrendOption(points, PALETTES.light, 'en', {
      completion: '<img src=x onerror=alert(1)>',
      timeProgress: 'Time',
    });
    const tooltip = o.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([
      { dataIndex: 1, seriesName: '<img src=x onerror=alert(1)>', value: 0.1, color: '#fff' },
    ]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('Feb 2021');
    expect(html).toContain('10%');
  });

  it('sets the plot box from the labels it draws, so ECharts need not measure the axes first', () => {
    const grid = (rem: number, textPx?: number) =>
      buildProgressTrendOption(
        points,
        PALETTES.dark,
        'zh',
        { completion: 'c', timeProgress: 't' },
        { rem, textPx },
      ).grid as Record<string, unknown>;
    const g = grid(16);
    expect(g).not.toHaveProperty('containLabel');
    expect(g.outerBoundsMode).toBe('none');
    // The widest value label ("100%", 13 px) with ECharts' 3 px either side and 8 px to the axis.
    expect(g.left).toBeCloseTo(8 + 3 + chartTextWidth('100%', 13) + 8, 6);
    expect(g.bottom).toBeCloseTo(8 + chartLineHeight(13) + 8, 6);
    expect(g.top).toBeCloseTo(40 + chartLineHeight(13) / 2, 6);
    expect(g.right).toBe(36);
    // The wall's 20 px text at twice the root size: the margins grow with the labels.
    const wall = grid(32, 20);
    expect(wall.left).toBeCloseTo(16 + 3 + chartTextWidth('100%', 38) + 8, 6);
    expect(wall.left as number).toBeGreaterThan(g.left as number);
  });
});
