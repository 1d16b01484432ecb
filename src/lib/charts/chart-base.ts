import { CHART_FONT, type Palette } from '../palette';

/** What every chart of the pages opens with: a short entry animation, and the page's text colour and font. */
export const chartBase = (palette: Palette) => ({
  animationDuration: 400,
  textStyle: { color: palette.text, fontFamily: CHART_FONT },
});
