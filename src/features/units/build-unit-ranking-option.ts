import type { ChartOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { formatPercent, formatPoints, type Lang } from '../../lib/format';
import { shortNameIn } from '../../lib/names';
import { CHART_FONT, type Palette } from '../../lib/palette';
import { moveText, type RankMove, type UnitRow } from './select-units';

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

/** Lead units ranked by mean completion minus mean time elapsed, with each one's move since the compare date. */
export function buildUnitRankingOption({
  rows,
  palette,
  lang,
  labels,
  rem = 16,
  lagGap,
  selectedId = null,
  compact = false,
}: RankingInput): ChartOption {
  const px = (n: number) => Math.round((n * rem) / 16);
  const byId = new Map(rows.map((r) => [r.unitId, r]));
  const bandColor: Record<ScoreBand, string> = {
    ahead: palette.status.onTrack,
    slightly: palette.status.watch,
    behind: palette.status.lagging,
  };
  const range = scoreAxisRange(rows.map((r) => r.score));
  const anySelected = selectedId !== null && byId.has(selectedId);
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

  const series = SCORE_BANDS.map((band, i) => ({
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

  return {
    animationDuration: 400,
    textStyle: { color: palette.text, fontFamily: CHART_FONT },
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
    tooltip: {
      trigger: 'item',
      backgroundColor: palette.panel,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: px(14) },
      formatter: (params: unknown) => {
        const p = params as { name?: string };
        const r = p.name ? byId.get(p.name) : undefined;
        if (!r) return '';
        const t = labels.tooltip;
        const line = (k: string, v: string) => `${escapeHtml(k)}: <b>${escapeHtml(v)}</b>`;
        return [
          `<b>${escapeHtml(shortNameIn(r.unit, lang, r.unitId))}</b>`,
          line(t.rank, String(r.rank)),
          line(t.tasks, String(r.count)),
          line(t.completion, formatPercent(r.meanProgress)),
          line(t.time, formatPercent(r.meanTimeProgress)),
          line(t.gap, formatPoints(r.score)),
          line(t.behind, String(r.behind)),
          line(t.change, labels.moveWords(r.move)),
        ].join('<br/>');
      },
    },
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
    yAxis: {
      type: 'category',
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
        rich: {
          rank: { width: px(24), align: 'center', fontWeight: 700, fontSize: px(17), color: palette.text },
          name: {
            color: palette.text,
            fontSize: px(16),
            ...(compact ? {} : { width: nameWidth, align: 'left' as const }),
          },
          sel: {
            color: palette.accent,
            fontSize: px(16),
            fontWeight: 700,
            ...(compact ? {} : { width: nameWidth, align: 'left' as const }),
          },
          up: {
            color: palette.status.onTrack,
            fontWeight: 700,
            fontSize: px(15),
            width: moveWidth,
            align: 'left',
          },
          down: {
            color: palette.status.lagging,
            fontWeight: 700,
            fontSize: px(15),
            width: moveWidth,
            align: 'left',
          },
          same: { color: palette.textMuted, fontSize: px(15), width: moveWidth, align: 'left' },
          fresh: {
            color: palette.accent,
            fontWeight: 700,
            fontSize: px(15),
            width: moveWidth,
            align: 'left',
          },
        },
      },
    },
    series,
  };
}
