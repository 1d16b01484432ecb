import { describe, expect, it } from 'vitest';
import { buildProgressTrendOption } from '../../src/lib/charts/build-progress-trend-option';
import { PALETTES } from '../../src/lib/palette';

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
});
