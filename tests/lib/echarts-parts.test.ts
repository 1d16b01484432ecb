import { describe, expect, it } from 'vitest';
import { PART_LOADERS, requiredParts } from '../../src/lib/echarts-parts';
import type { ChartOption } from '../../src/lib/echarts';
import { buildProgressTrendOption } from '../../src/lib/charts/build-progress-trend-option';
import { PALETTES } from '../../src/lib/palette';

describe('requiredParts', () => {
  it('names the series types and components an option uses, in a stable order', () => {
    const option: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category' },
      yAxis: { type: 'value' },
      series: [
        { type: 'line', data: [1], markLine: { data: [{ yAxis: 1 }] } },
        { type: 'bar', data: [1] },
      ],
    };
    expect(requiredParts(option)).toEqual(['grid', 'bar', 'line', 'tooltip', 'legend', 'markLine']);
  });

  it('needs no grid for a pie or a gauge, and label layout only for series that ask for it', () => {
    expect(requiredParts({ series: [{ type: 'gauge', data: [{ value: 1 }] }] })).toEqual(['gauge']);
    expect(requiredParts({ series: { type: 'pie', data: [], labelLayout: { hideOverlap: true } } })).toEqual([
      'pie',
      'labelLayout',
    ]);
    expect(
      requiredParts({
        series: [{ type: 'scatter', data: [] }],
        graphic: [],
        dataZoom: [{ type: 'inside' }],
        title: { text: 'x' },
      }),
    ).toEqual(['scatter', 'title', 'dataZoom']);
  });

  it('loads the scrolling legend only for a legend that scrolls', () => {
    const series = [{ type: 'line' as const, data: [1] }];
    expect(requiredParts({ legend: {}, series })).toEqual(['line', 'legend']);
    expect(requiredParts({ legend: { type: 'plain' }, series })).toEqual(['line', 'legend']);
    expect(requiredParts({ legend: { type: 'scroll' }, series })).toEqual(['line', 'legendScroll']);
    expect(requiredParts({ legend: [{}, { type: 'scroll' }], series })).toEqual(['line', 'legendScroll']);
  });

  it('ignores unknown series types rather than loading something that does not exist', () => {
    expect(requiredParts({ series: [{ type: 'sankey' } as never] })).toEqual([]);
    expect(requiredParts({})).toEqual([]);
  });

  it('has a loader for every part it can name', () => {
    const all = requiredParts({
      tooltip: {},
      legend: {},
      title: {},
      graphic: [{ type: 'text' }],
      dataZoom: [{}],
      xAxis: {},
      series: ['bar', 'line', 'pie', 'gauge', 'scatter', 'custom'].map(
        (type) => ({ type, markLine: {}, markArea: {}, labelLayout: {} }) as never,
      ),
    });
    expect(all).toHaveLength(15);
    expect(requiredParts({ legend: { type: 'scroll' } })).toEqual(['legendScroll']);
    for (const p of [...all, 'legendScroll' as const]) expect(typeof PART_LOADERS[p]).toBe('function');
  });

  it('the overview trend needs exactly the line chart, its grid, the tooltip and the legend', () => {
    const points = [{ date: '2021-01-31', progress: 0.05, timeProgress: 0.01 }];
    const option = buildProgressTrendOption(points, PALETTES.dark, 'zh', {
      completion: 'c',
      timeProgress: 't',
    });
    expect(requiredParts(option)).toEqual(['grid', 'line', 'tooltip', 'legend']);
  });
});
