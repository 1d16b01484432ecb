import { formatIsoDate, parseIsoDate } from '../../domain/metrics';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, formatMonth, type Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';
import type { HistorySeries } from './history-series';
import { dashedLine } from '../../lib/charts/dashed-line';
import { tooltipBox, tooltipSeriesRow } from '../../lib/charts/tooltip-box';
import { remPx } from '../../lib/charts/rem-px';
import { chartBase } from '../../lib/charts/chart-base';

export interface HistoryLabels {
  actual: string;
  trajectory: string;
  target: string;
  projection: string;
}

export interface HistoryOptions {
  lang: Lang;
  /** A value with its unit, as the table shows it. */
  format: (v: number) => string;
  /** A target's period in words ("2021年"), for the marker's tooltip. */
  periodOf: (start: string, end: string) => string;
  /** Yes/no indicators: the axis shows only 0 and 1 (as words via `format`). */
  milestone?: boolean;
  /** The chart's width in px when known: a phone gets shorter target labels. */
  width?: number;
  /** Levels far from zero (a rate, a stock) read better on an axis that does not start at 0. */
  scale?: boolean;
  rem?: number;
}

type Point = [number, number];
type SeriesOption = Exclude<NonNullable<ChartOption['series']>, readonly unknown[]>;
const pt = (d: string, v: number): Point => [parseIsoDate(d), v];

/**
 * Actuals as a solid line, each target period's planned path dashed, the targets as markers at their
 * period ends, and the run-rate projection dotted to the end of the period in force. Dates are UTC
 * midnights and the chart runs in UTC, so no time zone moves a point by a day. Pure: tested without a DOM.
 */
export function buildIndicatorHistoryOption(
  h: HistorySeries,
  palette: Palette,
  labels: HistoryLabels,
  o: HistoryOptions,
): ChartOption {
  const px = remPx(o.rem);
  const { lang, format } = o;
  // The tick on 1 January is where a year's 31 December figure sits (a day apart, at 5 years a hair), so
  // it is named for the year that ends there: "2021年末", not "2022年", which put 2021's result on 2022.
  const axisDate = (ms: number) => {
    const iso = formatIsoDate(ms);
    if (!iso.endsWith('-01-01')) return formatMonth(iso, lang);
    const ended = Number(iso.slice(0, 4)) - 1;
    return lang === 'zh' ? `${ended}年末` : `end ${ended}`;
  };
  const targetColor = palette.textMuted;
  const narrow = o.width !== undefined && o.width < 640;
  const lastEnd = h.targets.reduce((m, t) => (t.end.date > m ? t.end.date : m), '');

  const pathSeries = h.targets
    .filter((t) => t.path.length > 0)
    .map((t) =>
      dashedLine(
        labels.trajectory,
        t.path.map((p) => pt(p.date, p.value)),
        targetColor,
        px(2),
      ),
    );

  return {
    useUTC: true,
    ...chartBase(palette),
    // The top leaves a line between the legend and the highest target's label.
    grid: { left: px(8), right: px(24), top: px(60), bottom: px(8), containLabel: true },
    legend: {
      top: 0,
      right: 0,
      left: narrow ? px(64) : 'auto',
      textStyle: { color: palette.text, fontSize: px(14) },
      itemWidth: px(24),
      itemHeight: px(12),
      data: [labels.actual, labels.trajectory, labels.target, ...(h.projection ? [labels.projection] : [])],
    },
    tooltip: {
      trigger: 'axis',
      ...tooltipBox(palette, px(14), true),
      formatter: historyTooltip(lang, format),
    },
    xAxis: {
      type: 'time',
      min: parseIsoDate(h.from),
      max: parseIsoDate(h.to),
      axisLine: { lineStyle: { color: palette.grid } },
      splitLine: { show: false },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(13),
        formatter: (v: number) => axisDate(v),
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'value',
      scale: Boolean(o.scale) && !o.milestone,
      ...(o.milestone ? { min: 0, max: 1, interval: 1 } : {}),
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(13), formatter: (v: number) => format(v) },
    },
    series: [
      ...pathSeries,
      targetMarkers(h, labels, o, { palette, px, narrow, lastEnd }),
      ...h.segments.map((seg) => ({
        name: labels.actual,
        type: 'line' as const,
        data: seg.map((p) => pt(p.date, p.value)),
        showSymbol: h.actuals.length <= 40,
        symbolSize: px(6),
        step: o.milestone ? ('end' as const) : undefined,
        lineStyle: { width: px(3), color: palette.accent },
        itemStyle: { color: palette.accent },
        z: 4,
      })),
      ...(h.projection
        ? [
            {
              name: labels.projection,
              type: 'line' as const,
              data: h.projection.map((p) => pt(p.date, p.value)),
              showSymbol: true,
              symbol: 'circle',
              symbolSize: px(7),
              lineStyle: { width: px(2), type: 'dotted' as const, color: palette.accent },
              itemStyle: { color: palette.accent },
              z: 2,
            },
          ]
        : []),
    ],
  };
}

/** The axis tooltip: the date, then each series with a value there. */
function historyTooltip(lang: Lang, format: (v: number) => string) {
  return (params: unknown) => {
    const list = (Array.isArray(params) ? params : []) as Array<{
      seriesName: string;
      value: Point;
      color: string;
      data: unknown;
    }>;
    const first = list[0];
    if (!first) return '';
    const head = escapeHtml(formatDate(formatIsoDate(first.value[0]), lang));
    const rows = list
      .filter((p) => Array.isArray(p.value) && Number.isFinite(p.value[1]))
      .map((p) => tooltipSeriesRow(p.color, p.seriesName, format(p.value[1])));
    return [head, ...rows].join('<br/>');
  };
}

interface MarkerStyle {
  palette: Palette;
  px: (n: number) => number;
  /** A phone: the label is the figure alone, without its period. */
  narrow: boolean;
  /** The last target's end date: its marker sits on the right edge. */
  lastEnd: string;
}

/** Each target as a diamond at its period's end, labelled with its figure. */
function targetMarkers(
  h: HistorySeries,
  labels: HistoryLabels,
  o: HistoryOptions,
  { palette, px, narrow, lastEnd }: MarkerStyle,
): SeriesOption {
  const { format } = o;
  return {
    name: labels.target,
    type: 'scatter' as const,
    symbol: 'diamond',
    symbolSize: px(14),
    itemStyle: { color: palette.timeLine },
    // The marker at the right edge writes its label leftwards so it is not cut off.
    data: h.targets.map((t) =>
      t.end.date === lastEnd && lastEnd >= h.to
        ? { value: pt(t.end.date, t.end.value), label: { align: 'right' as const, offset: [px(8), 0] } }
        : { value: pt(t.end.date, t.end.value) },
    ),
    label: {
      show: true,
      position: 'top',
      distance: px(6),
      color: palette.timeLine,
      fontSize: px(13),
      fontWeight: 'bold',
      formatter: (p: { dataIndex: number }) => {
        const t = h.targets[p.dataIndex];
        if (!t) return '';
        return narrow
          ? format(t.end.value)
          : `${o.periodOf(t.target.period.start, t.target.period.end)} ${format(t.end.value)}`;
      },
    },
    labelLayout: { hideOverlap: true },
    z: 3,
  };
}
