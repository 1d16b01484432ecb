import { CHART_FONT } from '../../lib/palette';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent } from '../../lib/format';
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

/** ECharts' empty value: no bar at all, where 0 would draw a (zero-length) bar and a "0%" label. */
const EMPTY = '-';

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
    grid: { left: px(8), right: px(56), top: px(8), bottom: px(8), containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(16) },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex: number } | undefined) : undefined;
        const row = first ? reversed[first.dataIndex] : undefined;
        if (!row) return '';
        return [
          `<b>${escapeHtml(row.name)}</b>`,
          `${escapeHtml(labels.status(row.status))}`,
          row.value === null
            ? escapeHtml(row.valueText ?? '—')
            : `${escapeHtml(labels.value)} ${escapeHtml(formatPercent(row.value))}`,
          row.mark === null ? '' : `${escapeHtml(labels.mark)} ${escapeHtml(formatPercent(row.mark))}`,
        ]
          .filter(Boolean)
          .join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max,
      interval: 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(14), formatter: (v: number) => formatPercent(v) },
    },
    yAxis: {
      type: 'category',
      data: reversed.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.text, fontSize: px(15), width: px(labelWidth), overflow: 'truncate' },
    },
    series: [
      {
        name: labels.value,
        type: 'bar',
        barWidth: '56%',
        data: reversed.map((r) =>
          r.value === null
            ? { value: EMPTY }
            : {
                value: Math.min(max, r.value),
                itemStyle: { color: color(r.status), borderRadius: [0, px(3), px(3), 0] },
              },
        ),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          fontSize: px(14),
          fontFamily: CHART_FONT,
          formatter: (p: { dataIndex: number }) =>
            reversed[p.dataIndex]?.valueText ?? formatPercent(reversed[p.dataIndex]?.value),
        },
        z: 2,
      },
      {
        name: labels.mark,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [px(4), px(22)],
        itemStyle: { color: palette.timeLine },
        data: reversed.map((r) => (r.mark === null ? null : Math.min(max, r.mark))),
        z: 3,
      },
      {
        // The cause in words where there is no bar, so an empty row never reads as 0%.
        name: 'missing',
        type: 'scatter',
        symbolSize: 0,
        silent: true,
        data: reversed.map((r) => (r.value === null ? 0 : EMPTY)),
        label: {
          show: true,
          position: 'right',
          color: palette.textMuted,
          fontSize: px(14),
          fontFamily: CHART_FONT,
          formatter: (p: { dataIndex: number }) => `— ${reversed[p.dataIndex]?.valueText ?? ''}`.trim(),
        },
        z: 2,
      },
    ],
  };
}
