import type { ChartOption } from '../../lib/echarts';
import { tooltipFrame, tooltipLine } from '../../lib/charts/tooltip-frame';
import { remPx } from '../../lib/charts/rem-px';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent, formatPoints, type Lang } from '../../lib/format';
import { shortNameIn } from '../../lib/names';
import type { Palette } from '../../lib/palette';
import { moveText, type RankMove, type UnitRow } from './select-units';
import { chartBase } from '../../lib/charts/chart-base';

export type ScoreBand = 'ahead' | 'slightly' | 'behind';
export const SCORE_BANDS: readonly ScoreBand[] = ['ahead', 'slightly', 'behind'];

export interface RankingLabels {
  bands: Record<ScoreBand, string>;
  axis: string;
  newWord: string;
  /** Put before the arrow ("名次 ▲2") so it is read as a change of rank. */
  rankWord?: string;
  tooltip: {
    rank: string;
    tasks: string;
    completion: string;
    time: string;
    gap: string;
    behind: string;
    change: string;
  };
  /** The change in words for the tooltip, e.g. "上升 2 位". */
  moveWords: (move: RankMove) => string;
}

export interface RankingInput {
  rows: UnitRow[];
  palette: Palette;
  lang: Lang;
  labels: RankingLabels;
  /** Root font size in px: chart text scales with the rest of the screen. */
  rem?: number;
  /** From config.thresholds: the same line that makes a task 滞后. */
  lagGap: number;
  selectedId?: string | null;
  /** A phone-width chart: names go above the bars instead of beside them, so the bars keep the width. */
  compact?: boolean;
}

/** The same reading as a task's status light, applied to a unit's average. */
export function scoreBand(score: number, lagGap: number): ScoreBand {
  const eps = 1e-9;
  if (score >= -eps) return 'ahead';
  if (score >= -lagGap - eps) return 'slightly';
  return 'behind';
}

/**
 * Canvas text needs a real font list: `inherit` is not a valid canvas font family, and the canvas then
 * falls back to 10px sans-serif whatever fontSize says.
 */

/** Rich-text markup characters in a unit name would break the axis label. */
const plain = (s: string) => s.replace(/[{}|]/g, '');

const MOVE_STYLE: Record<RankMove['kind'], string> = {
  up: 'up',
  down: 'down',
  same: 'same',
  new: 'fresh',
  pending: 'same',
};

/** Rough width of a label in px: CJK characters are about 1em wide, Latin ones about 0.58em. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\uFFFF]/.test(ch) ? 1 : 0.58;
  return Math.ceil(em * fontPx);
}

/** Axis bounds on a multiple of 5 points, with room for the value labels beside the bars. */
export function scoreAxisRange(scores: readonly number[]): { min: number; max: number } {
  const pts = scores.map((s) => s * 100);
  const lo = Math.min(0, ...pts);
  const hi = Math.max(0, ...pts);
  const room = Math.max(2, (hi - lo) * 0.18);
  return { min: lo < 0 ? Math.floor((lo - room) / 5) * 5 : 0, max: Math.ceil((hi + room) / 5) * 5 };
}

type Px = (n: number) => number;

const bandColours = (palette: Palette): Record<ScoreBand, string> => ({
  ahead: palette.status.onTrack,
  slightly: palette.status.watch,
  behind: palette.status.lagging,
});

/** One stacked bar series a band: a unit's bar stands in the series of its band, '-' in the others. */
function rankingSeries(
  { rows, palette, labels, lagGap, selectedId = null, compact = false }: RankingInput,
  px: Px,
) {
  const bandColor = bandColours(palette);
  const anySelected = selectedId !== null && rows.some((r) => r.unitId === selectedId);
  return SCORE_BANDS.map((band, i) => ({
    type: 'bar' as const,
    name: labels.bands[band],
    stack: 'score',
    barMaxWidth: compact ? px(16) : px(26),
    itemStyle: { color: bandColor[band] },
    data: rows.map((r) => {
      if (scoreBand(r.score, lagGap) !== band) return '-';
      const selected = r.unitId === selectedId;
      return {
        value: Math.round(r.score * 1000) / 10,
        itemStyle: {
          color: bandColor[band],
          opacity: anySelected && !selected ? 0.4 : 1,
          borderColor: selected ? palette.text : 'transparent',
          borderWidth: selected ? px(2) : 0,
        },
        label: { position: r.score >= 0 ? ('right' as const) : ('left' as const) },
      };
    }),
    label: {
      show: true,
      color: palette.text,
      fontSize: px(15),
      fontWeight: 600 as const,
      formatter: (p: { value?: unknown }) => formatPoints(Number(p.value) / 100),
    },
    // The zero line is the schedule itself: left of it is behind time.
    ...(i === 0
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: palette.timeLine, width: px(2), type: 'solid' as const },
            data: [{ xAxis: 0 }],
          },
        }
      : {}),
  }));
}

/** A unit's figures in the tooltip, every string escaped. */
function rankingTooltip({ rows, palette, lang, labels }: RankingInput, px: Px) {
  const byId = new Map(rows.map((r) => [r.unitId, r]));
  return {
    trigger: 'item' as const,
    ...tooltipFrame(palette, px(14)),
    formatter: (params: unknown) => {
      const p = params as { name?: string };
      const r = p.name ? byId.get(p.name) : undefined;
      if (!r) return '';
      const t = labels.tooltip;
      return [
        `<b>${escapeHtml(shortNameIn(r.unit, lang, r.unitId))}</b>`,
        tooltipLine(t.rank, String(r.rank)),
        tooltipLine(t.tasks, String(r.count)),
        tooltipLine(t.completion, formatPercent(r.meanProgress)),
        tooltipLine(t.time, formatPercent(r.meanTimeProgress)),
        tooltipLine(t.gap, formatPoints(r.score)),
        tooltipLine(t.behind, String(r.behind)),
        tooltipLine(t.change, labels.moveWords(r.move)),
      ].join('<br/>');
    },
  };
}

/** Rich-text styles of the category labels: rank, name (bold and accented when chosen) and move. */
function labelStyles(palette: Palette, px: Px, nameWidth: number, moveWidth: number, compact: boolean) {
  const nameBox = compact ? {} : { width: nameWidth, align: 'left' as const };
  const move = (color: string, bold: boolean) => ({
    color,
    ...(bold ? { fontWeight: 700 } : {}),
    fontSize: px(15),
    width: moveWidth,
    align: 'left' as const,
  });
  return {
    rank: { width: px(24), align: 'center' as const, fontWeight: 700, fontSize: px(17), color: palette.text },
    name: { color: palette.text, fontSize: px(16), ...nameBox },
    sel: { color: palette.accent, fontSize: px(16), fontWeight: 700, ...nameBox },
    up: move(palette.status.onTrack, true),
    down: move(palette.status.lagging, true),
    same: move(palette.textMuted, false),
    fresh: move(palette.accent, true),
  };
}

/** The category axis: each unit's rank, name and move, in fixed columns so they line up. */
function rankingYAxis(
  { rows, palette, lang, labels, selectedId = null, compact = false }: RankingInput,
  px: Px,
) {
  const byId = new Map(rows.map((r) => [r.unitId, r]));
  // A fixed name column keeps rank numbers and moves in straight columns however long the names are.
  const nameWidth = Math.min(
    px(220),
    Math.max(
      px(40),
      ...rows.map((r) => estimateTextWidth(plain(shortNameIn(r.unit, lang, r.unitId)), px(16))),
    ),
  );
  // The move column as wide as its widest text ("名次 ▲2", "new"): a fixed width let it run into the names.
  const moveWidth = Math.max(
    px(34),
    ...rows.map((r) => estimateTextWidth(plain(moveText(r.move, labels.newWord, labels.rankWord)), px(15))),
  );
  return {
    type: 'category' as const,
    inverse: true,
    data: rows.map((r) => r.unitId),
    axisLine: { onZero: false, lineStyle: { color: palette.grid } },
    axisTick: { show: false },
    axisLabel: {
      color: palette.text,
      fontSize: px(16),
      ...(compact
        ? {
            inside: true,
            align: 'left' as const,
            verticalAlign: 'bottom' as const,
            padding: [0, 0, px(12), 0],
          }
        : {}),
      formatter: (id: string) => {
        const r = byId.get(id);
        if (!r) return plain(id);
        const name = plain(shortNameIn(r.unit, lang, r.unitId));
        const nameStyle = r.unitId === selectedId ? 'sel' : 'name';
        return `{rank|${r.rank}} {${nameStyle}|${name}} {${MOVE_STYLE[r.move.kind]}|${plain(moveText(r.move, labels.newWord, labels.rankWord))}}`;
      },
      rich: labelStyles(palette, px, nameWidth, moveWidth, compact),
    },
  };
}

/** Lead units ranked by mean completion minus mean time elapsed, with each one's move since the compare date. */
export function buildUnitRankingOption(input: RankingInput): ChartOption {
  const { rows, palette, labels, rem = 16, compact = false } = input;
  const px = remPx(rem);
  const range = scoreAxisRange(rows.map((r) => r.score));
  return {
    ...chartBase(palette),
    grid: compact
      ? { left: px(8), right: px(8), top: px(36), bottom: px(24), containLabel: false }
      : { left: px(8), right: px(24), top: px(40), bottom: px(36), containLabel: true },
    legend: {
      top: 0,
      right: 0,
      // One scrolling line on a phone rather than three lines over the first bar.
      type: compact ? 'scroll' : 'plain',
      data: SCORE_BANDS.map((b) => labels.bands[b]),
      textStyle: { color: palette.text, fontSize: px(14) },
      itemWidth: px(20),
      itemHeight: px(12),
    },
    tooltip: rankingTooltip(input, px),
    xAxis: {
      type: 'value',
      min: range.min,
      max: range.max,
      name: compact ? '' : labels.axis,
      nameLocation: 'middle',
      nameGap: px(24),
      nameTextStyle: { color: palette.textMuted, fontSize: px(13) },
      splitLine: { lineStyle: { color: palette.grid } },
      splitNumber: compact ? 3 : undefined,
      axisLabel: {
        color: palette.textMuted,
        fontSize: px(13),
        formatter: (v: number) => formatPoints(v / 100),
      },
    },
    yAxis: rankingYAxis(input, px),
    series: rankingSeries(input, px),
  };
}
