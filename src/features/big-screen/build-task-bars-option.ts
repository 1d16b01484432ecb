import { CHART_FONT } from '../../lib/palette';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent } from '../../lib/format';
import { barRowTooltip, progressBarData, timeTickSeries } from '../../lib/charts/progress-bars';
import type { Palette } from '../../lib/palette';
import type { StatusCode } from '../../domain/codes';

export interface BarRow {
  label: string;
  /** The full name for the tooltip. */
  name: string;
  /** null: nothing to draw (no data, or no target to measure against); never drawn as a 0 bar. */
  value: number | null;
  /** Time elapsed, or expected attainment, drawn as a tick. */
  mark: number | null;
  status: StatusCode | null;
  /** Shown after the bar, e.g. "47%"; for a null value, the plain cause ("无目标", "无数据"). */
  valueText?: string;
}

/** Wall legibility across a hall: names and figures 20 design px, axis ticks 18 (floor 16). */
const LABEL_PX = 20;
const AXIS_PX = 18;

export interface BarLabels {
  value: string;
  mark: string;
  /** Status words for the tooltip. */
  status: (s: StatusCode | null) => string;
}

/**
 * Horizontal bars coloured by status with a tick for time elapsed: the "时间过半、任务过半" test at a glance.
 * Rows top to bottom in the order given. Values above 1 are drawn to `max` so 120% still shows.
 */
export function buildBarsOption(
  rows: BarRow[],
  palette: Palette,
  labels: BarLabels,
  rem: number,
  opts: { max?: number; labelWidth?: number } = {},
): ChartOption {
  const { max = 1, labelWidth = 300 } = opts;
  const px = (n: number) => Math.round((n * rem) / 16);
  const reversed = [...rows].reverse();
  const color = (s: StatusCode | null) => (s ? palette.status[s] : palette.textMuted);
  return {
    animationDuration: 500,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: { left: px(8), right: px(8), top: px(8), bottom: px(8), containLabel: true },
    tooltip: barRowTooltip(reversed, palette, px(16), (row) =>
      [
        `<b>${escapeHtml(row.name)}</b>`,
        `${escapeHtml(labels.status(row.status))}`,
        row.value === null
          ? escapeHtml(row.valueText ?? '—')
          : `${escapeHtml(labels.value)} ${escapeHtml(formatPercent(row.value))}`,
        row.mark === null ? '' : `${escapeHtml(labels.mark)} ${escapeHtml(formatPercent(row.mark))}`,
      ]
        .filter(Boolean)
        .join('<br/>'),
    ),
    xAxis: {
      type: 'value',
      min: 0,
      max,
      interval: 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(AXIS_PX),
        formatter: (v: number) => formatPercent(v),
      },
    },
    yAxis: [
      {
        type: 'category',
        data: reversed.map((r) => r.label),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: palette.grid } },
        // Wrapped, never cut: two names that share a long beginning stay two different labels.
        axisLabel: {
          color: palette.text,
          fontSize: px(LABEL_PX),
          lineHeight: px(LABEL_PX * 1.15),
          width: px(labelWidth),
          overflow: 'break',
        },
      },
      {
        // The figures in a column of their own at the right, so no time tick ever sits on one ("8|2%").
        type: 'category',
        position: 'right',
        data: reversed.map((r) =>
          r.value === null ? `— ${r.valueText ?? ''}`.trim() : (r.valueText ?? formatPercent(r.value)),
        ),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          color: palette.text,
          fontSize: px(LABEL_PX),
          fontFamily: CHART_FONT,
          margin: px(12),
        },
      },
    ],
    series: [
      {
        name: labels.value,
        type: 'bar',
        barWidth: '56%',
        data: progressBarData(reversed, max, (r) => ({
          color: color(r.status),
          borderRadius: [0, px(3), px(3), 0],
        })),
        z: 2,
      },
      timeTickSeries(labels.mark, reversed, max, palette, [px(4), px(22)]),
    ],
  };
}
