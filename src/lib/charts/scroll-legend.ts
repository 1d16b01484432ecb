import type { Palette } from '../palette';

/**
 * A legend on one line that scrolls on a phone, so it never spills onto the plot; it starts clear of the
 * title area on the left. Symbols sized in px (already scaled).
 */
export const scrollLegend = (
  palette: Palette,
  px: (n: number) => number,
  symbol: { itemWidth: number; itemHeight: number },
) => ({
  type: 'scroll' as const,
  top: 0,
  right: 0,
  left: px(90),
  textStyle: { color: palette.text, fontSize: px(14) },
  pageIconColor: palette.accent,
  pageIconInactiveColor: palette.grid,
  pageTextStyle: { color: palette.text },
  ...symbol,
});
