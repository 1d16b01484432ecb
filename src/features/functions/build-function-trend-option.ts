import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, formatMonth, formatPercent, formatPoints, type Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';
import { dashedLine } from '../../lib/charts/dashed-line';
import { tooltipBox, tooltipSeriesRow } from '../../lib/charts/tooltip-box';
import { remPx } from '../../lib/charts/rem-px';
import { chartBase } from '../../lib/charts/chart-base';

export interface FunctionTrendPoint {
  date: string;
  progress: number;
  timeProgress: number;
}

export interface FunctionTrendLabels {
  completion: string;
  timeProgress: string;
  /** The gap line of the tooltip, with {{points}} where the signed points go: "差距 {{points}} 个百分点". */
  gap: string;
}

export interface FunctionTrendStyle {
  /** The function's own colour (C, T or O), used for its completion line everywhere. */
  color: string;
  lang: Lang;
  rem?: number;
  /** Small multiples (three side by side) drop the legend's second line and use fewer axis labels. */
  compact?: boolean;
}

const isMonthEnd = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
};

/**
 * One function's mean task completion (its colour, filled) against mean time elapsed (the time colour,
 * dashed), month by month. Pure: tested without a DOM.
 */
export function buildFunctionTrendOption(
  points: readonly FunctionTrendPoint[],
  palette: Palette,
  labels: FunctionTrendLabels,
  style: FunctionTrendStyle,
): ChartOption {
  const px = remPx(style.rem);
  const { lang, color } = style;
  const dates = points.map((p) => p.date);
  // A trailing mid-month point is the as-of date itself: name the day, not just the month.
  const pointLabel = (iso: string) => (isMonthEnd(iso) ? formatMonth(iso, lang) : formatDate(iso, lang));

  return {
    ...chartBase(palette),
    // Right margin leaves room for the end label ("81%").
    grid: { left: px(8), right: px(44), top: px(style.compact ? 36 : 40), bottom: px(8), containLabel: true },
    legend: {
      top: 0,
      ...(style.compact ? { right: 0 } : { left: 'center' }),
      textStyle: { color: palette.text, fontSize: px(13) },
      itemWidth: px(20),
      itemHeight: px(10),
      itemGap: px(12),
    },
    tooltip: {
      trigger: 'axis',
      ...tooltipBox(palette, px(14), true),
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : []) as Array<{
          dataIndex: number;
          seriesName: string;
          value: number;
          color: string;
        }>;
        const first = list[0];
        if (!first) return '';
        const head = escapeHtml(pointLabel(dates[first.dataIndex] ?? ''));
        const rows = list.map((p) => tooltipSeriesRow(p.color, p.seriesName, formatPercent(p.value)));
        const p = points[first.dataIndex];
        const gap = p
          ? escapeHtml(labels.gap.replace('{{points}}', formatPoints(p.progress - p.timeProgress)))
          : '';
        return [head, ...rows, gap].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: palette.grid } },
      axisTick: { show: false },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(12),
        hideOverlap: true,
        // Years only, at each January: at a glance the line's shape matters more than the month.
        formatter: (v: string) =>
          v.slice(5, 7) === '01' || v === dates[0]
            ? lang === 'zh'
              ? `${v.slice(0, 4)}年`
              : v.slice(0, 4)
            : '',
        interval: 0,
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: style.compact ? 0.5 : 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(12), formatter: (v: number) => formatPercent(v) },
    },
    series: [
      {
        name: labels.completion,
        type: 'line',
        data: points.map((p) => p.progress),
        showSymbol: false,
        lineStyle: { width: px(3), color },
        itemStyle: { color },
        areaStyle: { color, opacity: 0.16 },
        endLabel: {
          show: true,
          color,
          fontSize: px(13),
          fontWeight: 'bold',
          formatter: (p: { value?: unknown }) => formatPercent(typeof p.value === 'number' ? p.value : null),
        },
        z: 2,
      },
      dashedLine(
        labels.timeProgress,
        points.map((p) => p.timeProgress),
        palette.timeLine,
        px(2),
      ),
    ],
  };
}
