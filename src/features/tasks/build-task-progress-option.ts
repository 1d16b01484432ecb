import { parseIsoDate, type ProgressSample, type TimeProgressSample } from '../../domain/metrics';
import type { IsoDate } from '../../domain/schemas';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';
import type { MilestoneVerdict } from './select-task-detail';
import { CHART_FONT } from '../../lib/palette';
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
  const px = (n: number) => Math.round((n * rem) / 16);
  const verdictColour: Record<MilestoneVerdict, string> = {
    onTime: palette.status.onTrack,
    late: palette.status.watch,
    missed: palette.status.lagging,
    upcoming: palette.panel,
  };
  const dates = [
    ...progress.map((p) => p.date),
    ...timeLine.map((p) => p.date),
    ...milestones.map((m) => m.actual ?? m.planned),
    asOf,
  ];
  const min = dates.reduce((a, b) => (b < a ? b : a));
  const max = dates.reduce((a, b) => (b > a ? b : a));

  const byVerdict = VERDICTS.map((v) => ({ v, list: milestones.filter((m) => m.verdict === v) })).filter(
    (x) => x.list.length > 0,
  );
  const msY = (m: ProgressMilestone) =>
    m.actual ? progressAt(progress, m.actual) : timeProgressAt(timeLine, m.planned);

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
    useUTC: true,
    animationDuration: 300,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: { left: px(8), right: px(24), top: px(48), bottom: px(8), containLabel: true },
    legend: {
      // One line that scrolls on a phone, so it never spills onto the plot.
      type: 'scroll',
      top: 0,
      right: 0,
      left: px(90),
      textStyle: { color: palette.text, fontSize: px(14) },
      pageIconColor: palette.accent,
      pageIconInactiveColor: palette.grid,
      pageTextStyle: { color: palette.text },
      itemWidth: px(22),
      itemHeight: px(12),
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(14) },
      formatter: (params: unknown) => {
        const p = params as {
          seriesId?: string;
          dataIndex?: number;
          componentType?: string;
          value?: unknown;
        };
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
    },
    xAxis: {
      type: 'time',
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
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.textMuted, fontSize: px(13), formatter: (v: number) => formatPercent(v) },
    },
    series: [
      {
        id: 'progress',
        name: labels.progress,
        type: 'line',
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
          lineStyle: { color: palette.textMuted, width: Math.max(1, px(1.5)), type: 'solid' },
          label: {
            formatter: labels.asOf,
            position: 'end',
            color: palette.text,
            fontSize: px(13),
            fontWeight: 600,
            align: edgeAlign(parseIsoDate(asOf), parseIsoDate(min), parseIsoDate(max)),
          },
          data: [{ xAxis: parseIsoDate(asOf) + DAY_MS / 2 }],
        },
      },
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
      ...byVerdict.map(({ v, list }) => ({
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
      })),
    ],
  };
}
