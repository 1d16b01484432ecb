import type { StatusCode } from '../../domain/codes';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent } from '../../lib/format';
import type { Palette } from '../../lib/palette';
import { labelCarrierBar } from '../../lib/charts/label-carrier-bar';
import { tooltipBox } from '../../lib/charts/tooltip-box';
import { remPx } from '../../lib/charts/rem-px';
import { chartBase } from '../../lib/charts/chart-base';

export interface BulletRow {
  id: string;
  name: string;
  status: StatusCode | null;
  /** The status in words (glyph included), shown beside the bar so colour is never alone. */
  statusText: string;
  attainment: number | null;
  expectedAttainment: number | null;
  actualText: string;
  /** Empty when the target is not a figure (a milestone). */
  targetText: string;
  expectedText: string;
  periodText: string;
}

export interface BulletLabels {
  attainment: string;
  expected: string;
  target: string;
  noData: string;
}

/** Bars stop here so one runaway indicator (500%) cannot squash the rest; its label keeps the true value. */
export const BULLET_AXIS_CAP = 2;

/** The axis end: at least 120% so "met" has room to show, rounded up to a fifth, never past the cap. */
export function bulletAxisMax(rows: readonly BulletRow[]): number {
  const values = rows.flatMap((r) => [r.attainment ?? 0, r.expectedAttainment ?? 0]);
  const top = Math.max(1.2, ...values);
  return Math.min(BULLET_AXIS_CAP, Math.ceil(top * 5 - 1e-9) / 5);
}

/** "44家 / 48家"; a milestone has no target figure to show, only whether it is reached. */
const actualOfTarget = (r: BulletRow): string =>
  r.targetText ? `${r.actualText} / ${r.targetText}` : r.actualText;

/** Height that gives each indicator a row for its name above its bar, in rem. */
export const bulletHeightRem = (rows: number): number => Math.max(8, rows * 3.6 + 3.5);

/** The tooltip of a row: name, actual against target, attainment, expected by now and status. */
function bulletTooltip(rows: readonly BulletRow[], labels: BulletLabels, colorOf: (r: BulletRow) => string) {
  return (params: unknown) => {
    // The category is the indicator id, whichever series the pointer found first.
    const first = Array.isArray(params) ? (params[0] as { axisValue?: string } | undefined) : undefined;
    const r = rows.find((x) => x.id === first?.axisValue);
    if (!r) return '';
    const line = (k: string, v: string) => `${escapeHtml(k)} <b>${escapeHtml(v)}</b>`;
    return [
      `<b>${escapeHtml(r.name)}</b>`,
      `${escapeHtml(actualOfTarget(r))} <span style="opacity:.75">${escapeHtml(r.periodText)}</span>`,
      line(labels.attainment, formatPercent(r.attainment)),
      line(labels.expected, `${formatPercent(r.expectedAttainment)} (${r.expectedText})`),
      `<span style="color:${escapeHtml(colorOf(r))}">${escapeHtml(r.statusText)}</span>`,
    ].join('<br/>');
  };
}

/**
 * One row per indicator: attainment as a bar coloured by status, the expected-by-now share as a tick,
 * the target (100%) as one vertical line shared by all rows. Names sit above the bars so that long
 * Chinese names keep the full width on a phone. Pure: tested without a DOM.
 */
export function buildIndicatorBulletOption(
  rows: readonly BulletRow[],
  palette: Palette,
  labels: BulletLabels,
  rem = 16,
  /** The chart's width in px when known: long names are cut to fit beside the value on a phone. */
  width?: number,
): ChartOption {
  const px = remPx(rem);
  const valueWidth = px(118);
  const nameWidth = width === undefined ? undefined : Math.max(px(80), width - valueWidth - px(16));
  const max = bulletAxisMax(rows);
  const clamp = (v: number) => Math.min(max, Math.max(0, v));
  const colorOf = (r: BulletRow) => (r.status ? palette.status[r.status] : palette.textMuted);
  const barWidth = px(14);

  return {
    ...chartBase(palette),
    grid: { left: px(4), right: px(12), top: px(40), bottom: px(4), containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow', shadowStyle: { color: palette.grid } },
      ...tooltipBox(palette, px(14), true),
      formatter: bulletTooltip(rows, labels, colorOf),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max,
      interval: max > 1.6 ? 0.5 : 0.2,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(13),
        formatter: (v: number) => formatPercent(v),
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.id),
      axisLabel: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
    },
    series: [
      {
        name: labels.attainment,
        type: 'bar',
        barWidth,
        showBackground: true,
        backgroundStyle: { color: palette.grid, borderRadius: px(3) },
        cursor: 'pointer',
        // No figure, or no target to measure it by: '-' (ECharts' empty value) draws nothing, never a 0% bar.
        data: rows.map((r) =>
          r.attainment === null
            ? { value: '-' }
            : { value: clamp(r.attainment), itemStyle: { color: colorOf(r), borderRadius: px(3) } },
        ),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: palette.text, type: 'dashed', width: Math.max(1, px(1.5)) },
          // The y axis runs top-down, so the line's start is at the top.
          label: {
            color: palette.text,
            fontSize: px(13),
            formatter: `${labels.target} 100%`,
            position: 'start',
            distance: px(6),
          },
          data: [{ xAxis: 1 }],
        },
        z: 2,
      },
      // Names above their rows, so a row without a bar keeps its name.
      labelCarrierBar(
        `${labels.attainment}-name`,
        rows.map(() => max),
        barWidth,
        {
          position: [0, -px(23)],
          color: palette.text,
          fontSize: px(15),
          ...(nameWidth === undefined ? {} : { width: nameWidth, overflow: 'truncate' as const }),
          formatter: (p: { dataIndex: number }) => {
            const r = rows[p.dataIndex];
            return r ? `${r.name}  ${actualOfTarget(r)}` : '';
          },
        },
      ),
      // Attainment and status above each track's right end, in one column clear of the target line and the tick.
      labelCarrierBar(
        `${labels.attainment}-label`,
        rows.map((r) => ({ value: max, label: { color: colorOf(r) } })),
        barWidth,
        {
          position: ['100%', -px(23)],
          align: 'right',
          fontSize: px(15),
          fontWeight: 'bold',
          formatter: (p: { dataIndex: number }) => {
            const r = rows[p.dataIndex];
            if (!r) return '';
            return r.attainment === null ? r.statusText : `${formatPercent(r.attainment)}  ${r.statusText}`;
          },
        },
      ),
      {
        name: labels.expected,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [Math.max(3, px(4)), px(26)],
        itemStyle: { color: palette.timeLine },
        z: 3,
        data: rows.flatMap((r, i) =>
          r.expectedAttainment === null ? [] : [[clamp(r.expectedAttainment), i]],
        ),
      },
    ],
  };
}
