import type { Palette } from '../palette';
import { tooltipFrame } from './tooltip-frame';

/**
 * Pieces of the horizontal progress-bar chart (a bar of what was done, a tick of time elapsed) that the
 * wall's task bars and the briefing's bars both draw. Rows are given bottom-up, the order a category axis
 * draws them in, so a data index is a row index.
 */

/** ECharts' empty value: no bar at all, where 0 would draw a (zero-length) bar and a "0%" label. */
const EMPTY = '-';

/** The axis tooltip over the bars: a shadow across the row, the shared frame, the row written by `describe`. */
export function barRowTooltip<R>(
  rows: readonly R[],
  palette: Palette,
  fontSize: number,
  describe: (row: R) => string,
) {
  return {
    trigger: 'axis' as const,
    axisPointer: { type: 'shadow' as const },
    ...tooltipFrame(palette, fontSize),
    formatter: (params: unknown) => {
      const first = Array.isArray(params) ? (params[0] as { dataIndex: number } | undefined) : undefined;
      const row = first ? rows[first.dataIndex] : undefined;
      return row ? describe(row) : '';
    },
  };
}

/** The bars' data: no bar where the value is missing, values above `max` drawn to `max`. */
export function progressBarData<R extends { value: number | null }>(
  rows: readonly R[],
  max: number,
  itemStyle: (row: R) => Record<string, unknown>,
) {
  return rows.map((r) =>
    r.value === null ? { value: EMPTY } : { value: Math.min(max, r.value), itemStyle: itemStyle(r) },
  );
}

/** Time elapsed (a row's `mark`) as a thin upright tick on each row that has one, over the bar. */
export function timeTickSeries(
  name: string,
  rows: readonly { mark: number | null }[],
  max: number,
  palette: Palette,
  symbolSize: [number, number],
) {
  return {
    name,
    type: 'scatter' as const,
    symbol: 'rect',
    symbolSize,
    itemStyle: { color: palette.timeLine },
    data: rows.map((r) => (r.mark === null ? null : Math.min(max, r.mark))),
    z: 3,
  };
}
