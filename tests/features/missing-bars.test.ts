import { describe, expect, it } from 'vitest';
import { buildBarsOption } from '../../src/features/big-screen/build-task-bars-option';
import { buildProgressBarsOption } from '../../src/features/briefing/build-briefing-charts';
import { PALETTES } from '../../src/lib/palette';

type Series = { name?: string; type: string; data: unknown[]; label?: { formatter: (p: unknown) => string } };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const barValues = (o: unknown) =>
  (seriesOf(o).find((s) => s.type === 'bar')!.data as { value: unknown }[]).map((d) => d.value);

// Rows are given top first; the charts list them bottom first (ECharts' category axis grows upward).
describe('no missing value is ever drawn as a 0 bar', () => {
  it('the wall’s indicator bars (screen 3): no bar and the cause in words', () => {
    const o = buildBarsOption(
      [
        { label: 'a', name: 'A', value: 0.5, mark: 0.4, status: 'onTrack' },
        { label: 'b', name: 'B', value: null, mark: null, status: null, valueText: '无目标' },
        { label: 'c', name: 'C', value: null, mark: null, status: null, valueText: '无数据' },
      ],
      PALETTES.dark,
      { value: 'v', mark: 'm', status: (s) => String(s) },
      16,
    );
    expect(barValues(o)).toEqual(['-', '-', 0.5]);
    // The figures' column at the right says why, in words.
    const figures = (o as unknown as { yAxis: { data: string[] }[] }).yAxis[1]!.data;
    expect(figures).toEqual(['— 无数据', '— 无目标', '50%']);
    // The time tick is not drawn for a row without a figure.
    expect(seriesOf(o).find((s) => s.name === 'm')!.data).toEqual([null, null, 0.4]);
  });

  it('the briefing’s indicator bars: the same', () => {
    const o = buildProgressBarsOption(
      [
        { label: 'a', value: 0.3, mark: 0.5, status: 'lagging' },
        { label: 'b', value: null, mark: null, status: null, missingText: '无目标' },
      ],
      PALETTES.light,
      { value: 'v', mark: 'm' },
    );
    expect(barValues(o)).toEqual(['-', 0.3]);
    const missing = seriesOf(o).find((s) => s.name === 'missing')!;
    expect(missing.label!.formatter({ dataIndex: 0 })).toBe('— 无目标');
    expect(barValues(o)).not.toContain(0);
  });
});
