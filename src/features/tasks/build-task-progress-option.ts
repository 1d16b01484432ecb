import { parseIsoDate, type ProgressSample, type TimeProgressSample } from '../../domain/metrics';
import type { IsoDate } from '../../domain/schemas';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';
import type { MilestoneVerdict } from './select-task-detail';
import { CHART_FONT } from '../../lib/palette';
import { percentValueAxis } from '../../lib/charts/percent-axis';
import { remPx } from '../../lib/charts/rem-px';
import { scrollLegend } from '../../lib/charts/scroll-legend';
import type { ItemTipParams } from '../../lib/charts/item-tip-params';
import { tooltipFrame } from '../../lib/charts/tooltip-frame';
import { edgeAlign } from './build-timeline-option';

export interface ProgressMilestone {
  name: string;
  planned: IsoDate;
  actual: IsoDate | null;
  verdict: MilestoneVerdict;
}

export interface TaskProgressLabels {
  progress: string;
  timeProgress: string;
  /** Already formatted, e.g. "截至 2025年12月31日". */
  asOf: string;
  planned: string;
  actual: string;
  verdict: Record<MilestoneVerdict, string>;
}

const VERDICTS: readonly MilestoneVerdict[] = ['onTime', 'late', 'missed', 'upcoming'];
const DAY_MS = 86_400_000;

/** Reported progress at a date: the last report on or before it (reports are step changes, not a slope). */
export function progressAt(samples: readonly ProgressSample[], date: IsoDate): number {
  let value = 0;
  for (const s of samples) if (s.date <= date) value = s.progress;
  return value;
}

/** Straight line between the two samples around the date; clamped at the ends. */
export function timeProgressAt(samples: readonly TimeProgressSample[], date: IsoDate): number {
  const t = parseIsoDate(date);
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) return 0;
  if (date <= first.date) return first.timeProgress;
  if (date >= last.date) return last.timeProgress;
  for (let i = 1; i < samples.length; i += 1) {
    const a = samples[i - 1];
    const b = samples[i];
    if (a && b && date <= b.date) {
      const ta = parseIsoDate(a.date);
      const tb = parseIsoDate(b.date);
      return tb === ta
        ? b.timeProgress
        : a.timeProgress + ((b.timeProgress - a.timeProgress) * (t - ta)) / (tb - ta);
    }
  }
  return last.timeProgress;
}

type Px = (n: number) => number;

interface ProgressChart {
  progress: readonly ProgressSample[];
  timeLine: readonly TimeProgressSample[];
  milestones: readonly ProgressMilestone[];
  asOf: IsoDate;
  palette: Palette;
  lang: Lang;
  labels: TaskProgressLabels;
  px: Px;
  /** The milestones grouped by verdict, in the order of VERDICTS; only verdicts that occur. */
  byVerdict: { v: MilestoneVerdict; list: ProgressMilestone[] }[];
  /** The first and last dates drawn. */
  min: IsoDate;
  max: IsoDate;
}

/** What a point says when pointed at: a milestone's dates and verdict, a sample's date and value. */
function progressTooltip({ progress, timeLine, lang, labels, palette, px, byVerdict }: ProgressChart) {
  const colon = lang === 'zh' ? '：' : ': ';
  const msTip = (m: ProgressMilestone) =>
    [
      `<b>◆ ${escapeHtml(m.name)}</b>`,
      `${escapeHtml(labels.planned)}${colon}${escapeHtml(formatDate(m.planned, lang))}`,
      m.actual ? `${escapeHtml(labels.actual)}${colon}${escapeHtml(formatDate(m.actual, lang))}` : '',
      escapeHtml(labels.verdict[m.verdict]),
    ]
      .filter(Boolean)
      .join('<br/>');
  return {
    trigger: 'item' as const,
    confine: true,
    ...tooltipFrame(palette, px(14)),
    formatter: (params: unknown) => {
      const p = params as ItemTipParams;
      if (p.componentType === 'markLine') return escapeHtml(labels.asOf);
      const i = p.dataIndex ?? -1;
      if (p.seriesId?.startsWith('ms-')) {
        const m = byVerdict.find((x) => `ms-${x.v}` === p.seriesId)?.list[i];
        return m ? msTip(m) : '';
      }
      const sample = p.seriesId === 'progress' ? progress[i] : undefined;
      if (sample)
        return `${escapeHtml(formatDate(sample.date, lang))}<br/>${escapeHtml(labels.progress)}${colon}<b>${escapeHtml(formatPercent(sample.progress))}</b>`;
      const tp = p.seriesId === 'time' ? timeLine[i] : undefined;
      if (tp)
        return `${escapeHtml(formatDate(tp.date, lang))}<br/>${escapeHtml(labels.timeProgress)}${colon}<b>${escapeHtml(formatPercent(tp.timeProgress))}</b>`;
      return '';
    },
  };
}

/** Months along the bottom: the year at each January, otherwise the month. */
function monthTimeAxis({ palette, lang, px, min, max }: ProgressChart) {
  return {
    type: 'time' as const,
    min: parseIsoDate(min),
    max: parseIsoDate(max) + DAY_MS - 1,
    axisLine: { lineStyle: { color: palette.grid } },
    splitLine: { show: false },
    axisLabel: {
      color: palette.textMuted,
      fontSize: px(13),
      hideOverlap: true,
      formatter: (v: number) => {
        const d = new Date(v);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        if (lang === 'zh') return m === 1 ? `${y}年` : `${m}月`;
        return m === 1 ? String(y) : (formatDate(d.toISOString().slice(0, 10), lang).split(' ')[1] ?? '');
      },
    },
  };
}

/** The reported progress line, with the as-of date as a vertical line on it. */
function progressLine({ progress, asOf, palette, labels, px, min, max }: ProgressChart) {
  return {
    id: 'progress',
    name: labels.progress,
    type: 'line' as const,
    data: progress.map((p) => [parseIsoDate(p.date), p.progress]),
    showSymbol: progress.length <= 24,
    symbolSize: px(6),
    lineStyle: { width: px(3), color: palette.accent },
    itemStyle: { color: palette.accent },
    areaStyle: { color: palette.accent, opacity: 0.12 },
    z: 3,
    markLine: {
      symbol: ['none', 'none'],
      animation: false,
      lineStyle: { color: palette.textMuted, width: Math.max(1, px(1.5)), type: 'solid' as const },
      label: {
        formatter: labels.asOf,
        position: 'end' as const,
        color: palette.text,
        fontSize: px(13),
        fontWeight: 600,
        align: edgeAlign(parseIsoDate(asOf), parseIsoDate(min), parseIsoDate(max)),
      },
      data: [{ xAxis: parseIsoDate(asOf) + DAY_MS / 2 }],
    },
  };
}

/** A diamond series per verdict: achieved on the progress line, open ones on the time line. */
function milestoneSeries({ progress, timeLine, palette, labels, px, byVerdict }: ProgressChart) {
  const verdictColour: Record<MilestoneVerdict, string> = {
    onTime: palette.status.onTrack,
    late: palette.status.watch,
    missed: palette.status.lagging,
    upcoming: palette.panel,
  };
  const msY = (m: ProgressMilestone) =>
    m.actual ? progressAt(progress, m.actual) : timeProgressAt(timeLine, m.planned);
  return byVerdict.map(({ v, list }) => ({
    id: `ms-${v}`,
    name: labels.verdict[v],
    type: 'scatter' as const,
    symbol: 'diamond',
    symbolSize: px(16),
    itemStyle: {
      color: verdictColour[v],
      borderColor: v === 'upcoming' ? palette.text : palette.panel,
      borderWidth: Math.max(1, px(2)),
    },
    data: list.map((m) => [parseIsoDate(m.actual ?? m.planned), msY(m)]),
    z: 4,
  }));
}

/**
 * One task's reported progress (solid) against its time progress (dashed), the as-of date as a vertical
 * line, milestones as diamonds: an achieved one sits on the progress line at its achievement date, an
 * open one on the time line at its planned date (where the work should be by then).
 */
export function buildTaskProgressOption(
  progress: readonly ProgressSample[],
  timeLine: readonly TimeProgressSample[],
  milestones: readonly ProgressMilestone[],
  asOf: IsoDate,
  palette: Palette,
  lang: Lang,
  labels: TaskProgressLabels,
  rem = 16,
): ChartOption {
  const px = remPx(rem);
  const dates = [
    ...progress.map((p) => p.date),
    ...timeLine.map((p) => p.date),
    ...milestones.map((m) => m.actual ?? m.planned),
    asOf,
  ];
  const chart: ProgressChart = {
    progress,
    timeLine,
    milestones,
    asOf,
    palette,
    lang,
    labels,
    px,
    byVerdict: VERDICTS.map((v) => ({ v, list: milestones.filter((m) => m.verdict === v) })).filter(
      (x) => x.list.length > 0,
    ),
    min: dates.reduce((a, b) => (b < a ? b : a)),
    max: dates.reduce((a, b) => (b > a ? b : a)),
  };

  return {
    useUTC: true,
    animationDuration: 300,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: { left: px(8), right: px(24), top: px(48), bottom: px(8), containLabel: true },
    legend: scrollLegend(palette, px, { itemWidth: px(22), itemHeight: px(12) }),
    tooltip: progressTooltip(chart),
    xAxis: monthTimeAxis(chart),
    yAxis: percentValueAxis(palette, px(13)),
    series: [
      progressLine(chart),
      {
        id: 'time',
        name: labels.timeProgress,
        type: 'line',
        data: timeLine.map((p) => [parseIsoDate(p.date), p.timeProgress]),
        showSymbol: false,
        lineStyle: { width: px(2), type: 'dashed', color: palette.timeLine },
        itemStyle: { color: palette.timeLine },
        z: 2,
      },
      ...milestoneSeries(chart),
    ],
  };
}
