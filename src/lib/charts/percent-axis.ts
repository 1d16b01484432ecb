import { formatPercent } from '../format';
import type { Palette } from '../palette';

/** A value axis from 0 to 100 % in quarters, with the grid's split lines: progress charts share it. */
export const percentValueAxis = (palette: Palette, fontSize: number) => ({
  type: 'value' as const,
  min: 0,
  max: 1,
  interval: 0.25,
  splitLine: { lineStyle: { color: palette.grid } },
  axisLabel: { color: palette.textMuted, fontSize, formatter: (v: number) => formatPercent(v) },
});
