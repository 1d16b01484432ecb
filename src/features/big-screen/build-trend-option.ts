import { CHART_FONT } from '../../lib/palette';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatMonth, formatPercent, type Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';

export interface TrendPoint {
  date: string;
  progress: number;
  timeProgress: number;
}

/** Overall completion against time elapsed, month by month. */
export function buildTrendOption(
  points: TrendPoint[],
  palette: Palette,
  lang: Lang,
  labels: { completion: string; timeProgress: string },
  rem: number,
): ChartOption {
  const px = (n: number) => Math.round((n * rem) / 16);
  const dates = points.map((p) => p.date);
  return {
    animationDuration: 500,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: { left: px(8), right: px(20), top: px(34), bottom: px(4), containLabel: true },
    legend: {
      top: 0,
      right: 0,
      textStyle: { color: palette.text, fontSize: px(15) },
      itemWidth: px(24),
      itemHeight: px(12),
    },
    tooltip: {
      trigger: 'axis',
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(16) },
      formatter: (params: unknown) => {
        const list = Array.isArray(params)
          ? (params as { dataIndex: number; seriesName: string; value: number }[])
          : [];
        const first = list[0];
        if (!first) return '';
        return [
          escapeHtml(formatMonth(dates[first.dataIndex] ?? '', lang)),
          ...list.map((p) => `${escapeHtml(p.seriesName)} <b>${escapeHtml(formatPercent(p.value))}</b>`),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(14),
        formatter: (v: string) => formatMonth(v, lang),
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(14), formatter: (v: number) => formatPercent(v) },
    },
    series: [
      {
        name: labels.completion,
        type: 'line',
        data: points.map((p) => p.progress),
        showSymbol: false,
        lineStyle: { width: px(3), color: palette.accent },
        itemStyle: { color: palette.accent },
        areaStyle: { color: palette.accent, opacity: 0.14 },
      },
      {
        name: labels.timeProgress,
        type: 'line',
        data: points.map((p) => p.timeProgress),
        showSymbol: false,
        lineStyle: { width: px(2), type: 'dashed', color: palette.timeLine },
        itemStyle: { color: palette.timeLine },
      },
    ],
  };
}
