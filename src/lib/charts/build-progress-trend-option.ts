import type { ChartOption } from '../echarts';
import { escapeHtml } from '../escape-html';
import { formatMonth, formatPercent, type Lang } from '../format';
import { CHART_FONT, type Palette } from '../palette';
import { chartLineHeight, chartTextWidth } from './text-box';

export interface TrendPoint {
  date: string;
  progress: number;
  timeProgress: number;
}

export interface TrendLabels {
  completion: string;
  timeProgress: string;
}

export interface TrendOptions {
  /** The root font size in px, so chart text scales with the rest of the screen. */
  rem?: number;
  /** Off for print: a PDF must not catch a half-drawn line. */
  animation?: boolean;
  /** Legend and axis text in design px (14; the wall reads from across a hall at 20). */
  textPx?: number;
}

/** ECharts' default gap between an axis and its labels. */
const LABEL_MARGIN = 8;
/** ECharts 6 counts 3 px either side of a horizontal label as the label's (`axisLabel.textMargin`). */
const LABEL_SIDE = 3;
/** The value axis's ticks: a quarter apart, 0 to 100 %. */
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

/*
 * The plot's box with room for the axis labels, worked out here from the labels' own widths: what ECharts'
 * `containLabel` found by building the axes twice (once to measure, once to draw), in the chart's first
 * frame. The month labels need no side room: the first and last are drawn inward from their ticks, and the
 * plot keeps half a month's label of room on the right. Not quite pure: the widths are measured on a canvas
 * where there is one (cached per text and size), and estimated per character where there is none.
 */
function trendGrid(px: (n: number) => number, textPx: number) {
  const labelPx = px(textPx - 1);
  const yLabelWidth = Math.max(...Y_TICKS.map((v) => chartTextWidth(formatPercent(v), labelPx)));
  const lineHeight = chartLineHeight(labelPx);
  return {
    left: px(8) + LABEL_SIDE + yLabelWidth + LABEL_MARGIN,
    right: px(36),
    // Room above for the legend, and for half of the top label ("100%"), which is centred on the top line.
    top: px(textPx * 2 + 12) + lineHeight / 2,
    bottom: px(8) + lineHeight + LABEL_MARGIN,
    outerBoundsMode: 'none' as const,
  };
}

/** Overall completion against time elapsed, month by month: the overview, the big screen and the briefing draw it. */
export function buildProgressTrendOption(
  points: TrendPoint[],
  palette: Palette,
  lang: Lang,
  labels: TrendLabels,
  { rem = 16, animation = true, textPx = 14 }: TrendOptions = {},
): ChartOption {
  const dates = points.map((p) => p.date);
  const px = (n: number) => Math.round((n * rem) / 16);
  return {
    animation,
    animationDuration: 400,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: trendGrid(px, textPx),
    legend: {
      top: 0,
      right: 0,
      textStyle: { color: palette.text, fontSize: px(textPx) },
      itemWidth: px(22),
      itemHeight: px(12),
    },
    tooltip: {
      trigger: 'axis',
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(14) },
      formatter: (params: unknown) => {
        const list = Array.isArray(params)
          ? (params as Array<{ dataIndex: number; seriesName: string; value: number; color: string }>)
          : [];
        const first = list[0];
        if (!first) return '';
        const head = escapeHtml(formatMonth(dates[first.dataIndex] ?? '', lang));
        const rows = list.map(
          (p) =>
            `<span style="color:${escapeHtml(p.color)}">●</span> ${escapeHtml(p.seriesName)} <b>${escapeHtml(formatPercent(p.value))}</b>`,
        );
        return [head, ...rows].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(textPx - 1),
        formatter: (v: string) => formatMonth(v, lang),
        hideOverlap: true,
        // The line runs edge to edge (no boundary gap): the first and last months' labels are drawn inward
        // from their ticks, so a narrow chart never cuts "2025年10月" at its edge.
        alignMinLabel: 'left',
        alignMaxLabel: 'right',
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(textPx - 1),
        formatter: (v: number) => formatPercent(v),
      },
    },
    series: [
      {
        name: labels.completion,
        type: 'line',
        data: points.map((p) => p.progress),
        showSymbol: false,
        lineStyle: { width: px(3), color: palette.accent },
        itemStyle: { color: palette.accent },
        areaStyle: { color: palette.accent, opacity: 0.12 },
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
