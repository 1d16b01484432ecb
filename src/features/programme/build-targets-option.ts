import type { StatusCode } from '../../domain/codes';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { formatQuantity, type UnitOf } from '../../lib/quantity';
import { targetPeriodLabel } from '../../lib/target-period';
import type { Palette } from '../../lib/palette';
import type { TargetRow } from './select-programme';
import { STATUS_GLYPH } from '../../components/status-badge';
import { tooltipBox } from '../../lib/charts/tooltip-box';
import { remPx } from '../../lib/charts/rem-px';
import { chartBase } from '../../lib/charts/chart-base';

/** Bars stop here so one 300% figure cannot squash the rest; the label still says 300%. */
export const ATTAINMENT_CAP = 1.5;

export interface TargetsLabels {
  attainment: string;
  target: string;
  actual: string;
  status: string;
  item: string;
  expected: string;
  noData: string;
  /** indicatorStatus words: 已达成, 正常, 关注, 落后, 未达成. */
  statusWord: (s: StatusCode | null) => string;
}

export interface TargetsInput {
  rows: TargetRow[];
  palette: Palette;
  lang: Lang;
  labels: TargetsLabels;
  rem?: number;
  /** A phone-width chart: names go above the bars instead of beside them, so the bars keep the width. */
  compact?: boolean;
}

export const valueWithUnit = (value: number | null, unit: UnitOf, lang: Lang): string =>
  formatQuantity(value, unit, lang, 2);

const unitOf = (r: TargetRow) => r.ind.indicator;

/** A bar's tooltip: the indicator, its work item, target, actual with its date, attainment and status. */
function targetsTooltip(rows: readonly TargetRow[], lang: Lang, labels: TargetsLabels) {
  return (params: unknown) => {
    const r = rows[(params as { dataIndex?: number }).dataIndex ?? -1];
    if (!r) return '';
    const { a, indicator } = r.ind;
    const line = (k: string, v: string) => `${escapeHtml(k)}: <b>${escapeHtml(v)}</b>`;
    const target = a.target
      ? `${valueWithUnit(a.target.value, unitOf(r), lang)}${lang === 'zh' ? `（${targetPeriodLabel(a.target, lang)}）` : ` (${targetPeriodLabel(a.target, lang)})`}`
      : '—';
    const actual =
      a.actual === null
        ? labels.noData
        : lang === 'zh'
          ? `${valueWithUnit(a.actual, unitOf(r), lang)}（${formatDate(a.actualDate, lang)}）`
          : `${valueWithUnit(a.actual, unitOf(r), lang)} (${formatDate(a.actualDate, lang)})`;
    return [
      `<b>${escapeHtml(nameIn(indicator, lang))}</b>`,
      line(labels.item, `${r.item.no} ${nameIn(r.item.item, lang)}`),
      line(labels.target, target),
      line(labels.actual, actual),
      line(labels.attainment, formatPercent(a.attainment)),
      line(labels.expected, formatPercent(a.expectedAttainment)),
      line(labels.status, labels.statusWord(a.status)),
    ].join('<br/>');
  };
}

/** Attainment of each programme target at the programme's year end, with the 100% line to reach. */
export function buildTargetsOption({
  rows,
  palette,
  lang,
  labels,
  rem = 16,
  compact = false,
}: TargetsInput): ChartOption {
  const px = remPx(rem);
  const max = Math.max(1.2, ...rows.map((r) => Math.min(ATTAINMENT_CAP, r.ind.a.attainment ?? 0)));

  return {
    ...chartBase(palette),
    grid: compact
      ? { left: px(8), right: px(112), top: px(28), bottom: px(24), containLabel: false }
      : { left: px(8), right: px(130), top: px(28), bottom: px(8), containLabel: true },
    tooltip: {
      trigger: 'item',
      ...tooltipBox(palette, px(14)),
      extraCssText: `max-width: ${px(420)}px; white-space: normal;`,
      formatter: targetsTooltip(rows, lang, labels),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(max * 10) / 10,
      interval: 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(13), formatter: (v: number) => formatPercent(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => nameIn(r.ind.indicator, lang)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: compact
        ? {
            color: palette.text,
            fontSize: px(14),
            inside: true,
            align: 'left',
            verticalAlign: 'bottom',
            padding: [0, 0, px(10), 0],
          }
        : {
            color: palette.text,
            fontSize: px(15),
            width: px(lang === 'en' ? 240 : 220),
            overflow: 'break',
            lineHeight: px(19),
          },
    },
    series: [
      {
        type: 'bar',
        name: labels.attainment,
        barMaxWidth: compact ? px(14) : px(24),
        data: rows.map((r) => {
          const s = r.ind.a.status;
          return {
            value: Math.min(ATTAINMENT_CAP, Math.max(0, r.ind.a.attainment ?? 0)),
            itemStyle: { color: s ? palette.status[s] : palette.textMuted },
          };
        }),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          fontSize: px(14),
          fontWeight: 600,
          formatter: (p: { dataIndex?: number }) => {
            const r = rows[p.dataIndex ?? -1];
            if (!r) return '';
            const s = r.ind.a.status;
            return `${formatPercent(r.ind.a.attainment)} ${STATUS_GLYPH[s ?? 'noData']} ${labels.statusWord(s)}`;
          },
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: palette.timeLine, width: px(2), type: 'dashed' },
          // The category axis is inverted, so the line's start is at the top.
          label: {
            show: true,
            position: 'start',
            formatter: labels.target,
            color: palette.timeLine,
            fontSize: px(13),
          },
          data: [{ xAxis: 1 }],
        },
      },
    ],
  };
}
