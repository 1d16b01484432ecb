import { CHART_FONT } from '../../lib/palette';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent } from '../../lib/format';
import type { Palette } from '../../lib/palette';

export interface GaugeInput {
  name: string;
  progress: number;
  timeProgress: number;
  color: string;
}

export interface GaugeLabels {
  completion: string;
  timeProgress: string;
}

/**
 * One function's ring: completion as the arc, time elapsed as a tick on the rim, the percentage in the
 * middle. `rem` is the stage's root font size, so line widths and text follow the screen.
 */
export function buildGaugeOption(
  g: GaugeInput,
  palette: Palette,
  labels: GaugeLabels,
  rem: number,
): ChartOption {
  const px = (n: number) => Math.round((n * rem) / 16);
  const ring = {
    type: 'gauge' as const,
    startAngle: 90,
    endAngle: -270,
    min: 0,
    max: 1,
    radius: '92%',
    splitLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    anchor: { show: false },
    title: { show: false },
  };
  return {
    animationDuration: 600,
    tooltip: {
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(16) },
      formatter: () =>
        `<b>${escapeHtml(g.name)}</b><br/>${escapeHtml(labels.completion)} ${escapeHtml(formatPercent(g.progress))}<br/>${escapeHtml(labels.timeProgress)} ${escapeHtml(formatPercent(g.timeProgress))}`,
    },
    series: [
      {
        ...ring,
        name: g.name,
        pointer: { show: false },
        progress: { show: true, width: px(14), roundCap: true, itemStyle: { color: g.color } },
        axisLine: { lineStyle: { width: px(14), color: [[1, palette.grid]] } },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, 0],
          fontSize: px(56),
          fontWeight: 700,
          color: palette.text,
          fontFamily: CHART_FONT,
          formatter: (v: number) => formatPercent(v),
        },
        data: [{ value: g.progress, name: labels.completion }],
      },
      {
        ...ring,
        name: labels.timeProgress,
        silent: true,
        axisLine: { show: false },
        progress: { show: false },
        pointer: {
          show: true,
          icon: 'rect',
          length: '26%',
          width: px(4),
          offsetCenter: [0, '-70%'],
          itemStyle: { color: palette.timeLine },
        },
        detail: { show: false },
        data: [{ value: g.timeProgress, name: labels.timeProgress }],
      },
    ],
  };
}
