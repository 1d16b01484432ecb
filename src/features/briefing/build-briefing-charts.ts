import { CHART_FONT } from '../../lib/palette';
import type { StatusCode } from '../../domain/codes';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent } from '../../lib/format';
import { barRowTooltip, progressBarData, timeTickSeries } from '../../lib/charts/progress-bars';
import type { Palette } from '../../lib/palette';

export interface ProgressRow {
  label: string;
  /** null: nothing to draw (no data, or no target); the row shows `missingText`, never a 0% bar. */
  value: number | null;
  missingText?: string;
  mark: number | null;
  /** A status colours the bar; null uses `color` or the accent. */
  status: StatusCode | null;
  color?: string;
}

/**
 * Paper first: no animation (a PDF printed mid-animation shows half-drawn bars), sizes in px for a fixed
 * chart box. `scale` multiplies fonts for slides drawn on the 1920×1080 stage.
 */
export function buildProgressBarsOption(
  rows: ProgressRow[],
  palette: Palette,
  labels: { value: string; mark: string },
  opts: { max?: number; scale?: number; labelWidth?: number; narrow?: boolean } = {},
): ChartOption {
  const { max = 1, scale = 1, labelWidth = 260, narrow = false } = opts;
  const px = (n: number) => Math.round(n * scale);
  const reversed = [...rows].reverse();
  return {
    animation: false,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: { left: px(4), right: px(48), top: px(28), bottom: px(4), containLabel: true },
    legend: {
      top: 0,
      right: 0,
      textStyle: { color: palette.text, fontSize: px(12) },
      itemWidth: px(18),
      itemHeight: px(10),
      data: [labels.value, labels.mark],
    },
    tooltip: barRowTooltip(reversed, palette, px(13), (row) => {
      const mark =
        row.mark === null ? '' : `<br/>${escapeHtml(labels.mark)} ${escapeHtml(formatPercent(row.mark))}`;
      const value =
        row.value === null
          ? escapeHtml(row.missingText ?? '—')
          : `${escapeHtml(labels.value)} ${escapeHtml(formatPercent(row.value))}`;
      return `<b>${escapeHtml(row.label)}</b><br/>${value}${mark}`;
    }),
    xAxis: {
      type: 'value',
      min: 0,
      max,
      // A phone's plot is a few hundred px wide: every 50 %, so "25%50%75%" never run together.
      interval: narrow ? 0.5 : 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(11), formatter: (v: number) => formatPercent(v) },
    },
    yAxis: {
      type: 'category',
      data: reversed.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.text, fontSize: px(12), width: px(labelWidth), overflow: 'truncate' },
    },
    series: [
      {
        name: labels.value,
        type: 'bar',
        barWidth: '58%',
        itemStyle: { color: palette.accent },
        data: progressBarData(reversed, max, (r) => ({
          color: r.status ? palette.status[r.status] : (r.color ?? palette.accent),
        })),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          fontSize: px(11),
          formatter: (p: { dataIndex: number }) => formatPercent(reversed[p.dataIndex]?.value),
        },
      },
      timeTickSeries(labels.mark, reversed, max, palette, [px(3), px(16)]),
      {
        // The cause in words where there is no bar.
        name: 'missing',
        type: 'scatter',
        symbolSize: 0,
        silent: true,
        data: reversed.map((r) => (r.value === null ? 0 : '-')),
        label: {
          show: true,
          position: 'right',
          color: palette.textMuted,
          fontSize: px(11),
          formatter: (p: { dataIndex: number }) => `— ${reversed[p.dataIndex]?.missingText ?? ''}`.trim(),
        },
      },
    ],
  };
}
