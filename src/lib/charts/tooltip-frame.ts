import { escapeHtml } from '../escape-html';
import type { Palette } from '../palette';

/** The tooltip box every chart of the app shares: the panel's colours, text at the given size in px. */
export const tooltipFrame = (palette: Palette, fontSize: number) => ({
  backgroundColor: palette.panel,
  borderColor: palette.grid,
  textStyle: { color: palette.text, fontSize },
});

/** One "label: value" line of a tooltip, the value in bold; both escaped (tooltips render HTML). */
export const tooltipLine = (label: string, value: string, colon = ': '): string =>
  `${escapeHtml(label)}${colon}<b>${escapeHtml(value)}</b>`;
