import { parseIsoDate } from '../../domain/metrics';
import type { StatusCode } from '../../domain/codes';
import type { IsoDate } from '../../domain/schemas';
import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatDate, formatMonth, formatPercent, formatPoints, type Lang } from '../../lib/format';
import { CHART_FONT, type Palette } from '../../lib/palette';
import { scrollLegend } from '../../lib/charts/scroll-legend';
import type { ItemTipParams } from '../../lib/charts/item-tip-params';

export interface TimelineMilestone {
  name: string;
  planned: IsoDate;
  /** Achieved on, when known at the as-of date. */
  actual: IsoDate | null;
  verdict: string;
}

export interface TimelineTask {
  id: string;
  /** Axis label: short, e.g. "1 建设以交大为主体的成果策源地". */
  label: string;
  name: string;
  aspect: string;
  lead: string;
  start: IsoDate;
  due: IsoDate;
  progress: number;
  timeProgress: number;
  gap: number;
  status: StatusCode;
  statusLabel: string;
  glyph: string;
  milestones: TimelineMilestone[];
}

export interface TimelineLabels {
  plan: string;
  msAchieved: string;
  msOpen: string;
  /** Already formatted, e.g. "截至 2025年12月31日". */
  asOf: string;
  lead: string;
  progress: string;
  timeProgress: string;
  gap: string;
  status: string;
  planned: string;
  actual: string;
}

export interface TimelineOptions {
  rem?: number;
  /** Narrow screens: shorter task labels. */
  compact?: boolean;
}

/**
 * Where to anchor the as-of label so it is not cut at the plot's edge: a centred label near either
 * end of the axis would overflow the chart.
 */
export function edgeAlign(x: number, min: number, max: number): 'left' | 'center' | 'right' {
  const share = max > min ? (x - min) / (max - min) : 0.5;
  return share > 0.85 ? 'right' : share < 0.15 ? 'left' : 'center';
}

/** Height in px for n rows, so every bar keeps a readable band at any size. */
export function timelineHeight(rows: number, rem = 16, compact = false): number {
  const px = (n: number) => Math.round((n * rem) / 16);
  return px(96) + Math.max(1, rows) * px(compact ? 34 : 38);
}

/** The subset of the ECharts custom-series API the renderer uses, so tests can drive it without a canvas. */
export interface RenderApi {
  value: (dim: number) => number;
  coord: (point: [number, number]) => number[];
  size: (point: [number, number]) => number[] | number;
}

interface MilestonePoint {
  task: TimelineTask;
  ms: TimelineMilestone;
}

const DAY_MS = 86_400_000;
/** A real font stack: the canvas ignores 'inherit', and then measures text in one font and draws it in another. */

function yearBounds(tasks: readonly TimelineTask[], asOf: IsoDate): [number, number] {
  const starts = tasks.map((t) => t.start);
  const ends = tasks.flatMap((t) => [t.due, ...t.milestones.map((m) => m.actual ?? m.planned)]);
  const first = [...starts, asOf].reduce((a, b) => (b < a ? b : a));
  const last = [...ends, asOf].reduce((a, b) => (b > a ? b : a));
  return [parseIsoDate(`${first.slice(0, 4)}-01-01`), parseIsoDate(`${last.slice(0, 4)}-12-31`) + DAY_MS - 1];
}

/** Scales a length in px at 16 px to the rem. */
type Px = (n: number) => number;

/** One task's band: the plan from start to due, filled to its progress in its status colour, then the figure. */
function taskBandRenderer(tasks: readonly TimelineTask[], palette: Palette, px: Px) {
  return (_params: unknown, api: RenderApi) => {
    const index = api.value(0);
    const task = tasks[index];
    if (!task) return null;
    const from = api.coord([api.value(1), index]);
    const to = api.coord([api.value(2), index]);
    const size = api.size([0, 1]);
    const band = Array.isArray(size) ? (size[1] ?? 0) : size;
    const height = Math.max(4, band * 0.5);
    const x0 = from[0] ?? 0;
    const x1 = to[0] ?? 0;
    const y = (from[1] ?? 0) - height / 2;
    const width = Math.max(1, x1 - x0);
    const color = palette.status[task.status];
    return {
      type: 'group',
      children: [
        {
          type: 'rect',
          shape: { x: x0, y, width, height, r: px(3) },
          style: { fill: color, opacity: 0.22, stroke: color, lineWidth: Math.max(1, px(1)) },
        },
        {
          type: 'rect',
          shape: {
            x: x0,
            y,
            width: Math.max(0, width * Math.min(1, Math.max(0, task.progress))),
            height,
            r: px(3),
          },
          style: { fill: color },
        },
        {
          type: 'text',
          style: {
            x: x1 + px(12),
            y: y + height / 2,
            text: `${formatPercent(task.progress)} ${task.glyph}`,
            fill: palette.text,
            font: `600 ${px(14)}px ${CHART_FONT}`,
            verticalAlign: 'middle',
            align: 'left',
          },
        },
      ],
    };
  };
}

/** The tooltip's text for a task (its band or its axis label), a milestone or the as-of line; all escaped. */
function timelineTooltipFormatter(
  tasks: readonly TimelineTask[],
  milestones: { achieved: MilestonePoint[]; open: MilestonePoint[] },
  labels: TimelineLabels,
  lang: Lang,
) {
  const colon = lang === 'zh' ? '：' : ': ';
  const row = (label: string, value: string) => `${escapeHtml(label)}${colon}<b>${escapeHtml(value)}</b>`;
  const taskTip = (t: TimelineTask) =>
    [
      `<b>${escapeHtml(t.name)}</b>`,
      escapeHtml(t.aspect),
      row(labels.lead, t.lead),
      `${escapeHtml(formatDate(t.start, lang))} – ${escapeHtml(formatDate(t.due, lang))}`,
      `${row(labels.progress, formatPercent(t.progress))} · ${row(labels.timeProgress, formatPercent(t.timeProgress))} · ${row(labels.gap, formatPoints(t.gap))}`,
      row(labels.status, `${t.glyph} ${t.statusLabel}`),
    ].join('<br/>');
  const msTip = ({ task, ms }: MilestonePoint) =>
    [
      `<b>◆ ${escapeHtml(ms.name)}</b>`,
      escapeHtml(task.name),
      row(labels.planned, formatDate(ms.planned, lang)),
      ms.actual ? row(labels.actual, formatDate(ms.actual, lang)) : '',
      escapeHtml(ms.verdict),
    ]
      .filter(Boolean)
      .join('<br/>');
  return (params: unknown) => {
    const p = params as ItemTipParams;
    if (p.componentType === 'markLine') return escapeHtml(labels.asOf);
    if (p.componentType === 'yAxis') {
      const t = tasks.find((x) => x.label === p.value);
      return t ? taskTip(t) : '';
    }
    const i = p.dataIndex ?? -1;
    if (p.seriesId === 'tasks') return tasks[i] ? taskTip(tasks[i]) : '';
    const point = (p.seriesId === 'ms-achieved' ? milestones.achieved : milestones.open)[i];
    return point ? msTip(point) : '';
  };
}

/** Years across the top (months between them), the tasks down the side in the table's order. */
function timelineAxes(
  tasks: readonly TimelineTask[],
  [min, max]: [number, number],
  palette: Palette,
  lang: Lang,
  px: Px,
  compact: boolean,
) {
  const axisText = { color: palette.textMuted, fontSize: px(14) };
  return {
    xAxis: {
      type: 'time',
      min,
      max,
      position: 'top',
      splitNumber: compact ? 4 : 8,
      axisLine: { lineStyle: { color: palette.grid } },
      splitLine: { show: true, lineStyle: { color: palette.grid } },
      axisLabel: {
        ...axisText,
        hideOverlap: true,
        formatter: (v: number) => {
          const d = new Date(v);
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + 1;
          if (m === 1) return lang === 'zh' ? `${y}年` : String(y);
          return lang === 'zh'
            ? `${m}月`
            : (formatMonth(d.toISOString().slice(0, 10), lang).split(' ')[0] ?? '');
        },
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: tasks.map((t) => t.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.grid } },
      triggerEvent: true,
      axisLabel: {
        color: palette.text,
        fontSize: px(compact ? 12 : 14),
        width: px(compact ? 96 : 250),
        overflow: 'truncate',
        ellipsis: '…',
      },
    },
  } satisfies Pick<ChartOption, 'xAxis' | 'yAxis'>;
}

/** The achieved milestones as filled diamonds, carrying the as-of line, and the open ones as hollow diamonds. */
function milestoneSeries(
  tasks: readonly TimelineTask[],
  milestones: { achieved: MilestonePoint[]; open: MilestonePoint[] },
  asOf: IsoDate,
  [min, max]: [number, number],
  palette: Palette,
  labels: TimelineLabels,
  px: Px,
) {
  const msData = (points: MilestonePoint[]) =>
    points.map(({ task, ms }) => ({
      value: [parseIsoDate(ms.actual ?? ms.planned), tasks.indexOf(task)],
      taskId: task.id,
    }));
  return [
    {
      id: 'ms-achieved',
      name: labels.msAchieved,
      type: 'scatter' as const,
      symbol: 'diamond',
      symbolSize: px(13),
      itemStyle: { color: palette.text, borderColor: palette.panel, borderWidth: Math.max(1, px(1.5)) },
      data: msData(milestones.achieved),
      z: 4,
      markLine: {
        silent: false,
        symbol: ['none', 'none'],
        animation: false,
        lineStyle: { color: palette.timeLine, width: px(2), type: 'dashed' as const },
        label: {
          formatter: labels.asOf,
          // Below the last row: the top holds the year labels.
          position: 'end' as const,
          color: palette.timeLine,
          fontSize: px(13),
          fontWeight: 600,
          distance: px(4),
          align: edgeAlign(parseIsoDate(asOf), min, max),
        },
        data: [{ xAxis: parseIsoDate(asOf) + DAY_MS / 2 }],
      },
    },
    {
      id: 'ms-open',
      name: labels.msOpen,
      type: 'scatter' as const,
      symbol: 'diamond',
      symbolSize: px(13),
      itemStyle: { color: palette.panel, borderColor: palette.text, borderWidth: Math.max(1, px(2)) },
      data: msData(milestones.open),
      z: 4,
    },
  ];
}

/**
 * A Gantt-like view of the tasks: one band per task from start to due, filled up to its progress in its
 * status colour, its milestones as diamonds, and the as-of date as a vertical line. Pure; `rem` scales
 * the text and marks with the screen.
 */
export function buildTimelineOption(
  tasks: readonly TimelineTask[],
  asOf: IsoDate,
  palette: Palette,
  lang: Lang,
  labels: TimelineLabels,
  { rem = 16, compact = false }: TimelineOptions = {},
): ChartOption {
  const px = (n: number) => Math.round((n * rem) / 16);
  const bounds = yearBounds(tasks, asOf);
  const milestones = { achieved: [] as MilestonePoint[], open: [] as MilestonePoint[] };
  for (const task of tasks)
    for (const ms of task.milestones) (ms.actual ? milestones.achieved : milestones.open).push({ task, ms });

  return {
    useUTC: true,
    animationDuration: 300,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
    grid: { left: px(8), right: px(72), top: px(44), bottom: px(30), containLabel: true },
    legend: {
      ...scrollLegend(palette, px, { itemWidth: px(14), itemHeight: px(14) }),
      data: [labels.msAchieved, labels.msOpen],
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(14) },
      formatter: timelineTooltipFormatter(tasks, milestones, labels, lang),
    },
    ...timelineAxes(tasks, bounds, palette, lang, px, compact),
    series: [
      {
        id: 'tasks',
        name: labels.plan,
        type: 'custom',
        renderItem: taskBandRenderer(tasks, palette, px) as never,
        encode: { x: [1, 2], y: 0 },
        data: tasks.map((t, i) => ({
          value: [i, parseIsoDate(t.start), parseIsoDate(t.due) + DAY_MS - 1, t.progress],
          taskId: t.id,
        })),
        // The progress label sits past the bar's end and must not be cut at the plot edge.
        clip: false,
        z: 2,
      },
      ...milestoneSeries(tasks, milestones, asOf, bounds, palette, labels, px),
    ],
  };
}
