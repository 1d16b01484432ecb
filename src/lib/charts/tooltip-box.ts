import { escapeHtml } from '../escape-html';
import type { Palette } from '../palette';

/**
 * The tooltip's box in the theme's colours. `confine` keeps it inside the chart, which matters where the
 * chart fills a phone's width and a tooltip would otherwise run off the screen.
 */
export function tooltipBox(palette: Palette, fontSize: number, confine = false) {
  return {
    backgroundColor: palette.panel,
    borderColor: palette.grid,
    textStyle: { color: palette.text, fontSize },
    ...(confine ? { confine: true } : {}),
  };
}

/** One line of an axis tooltip: the series' colour dot, its name and the value in bold, all escaped. */
export function tooltipSeriesRow(color: string, name: string, value: string): string {
  return `<span style="color:${escapeHtml(color)}">●</span> ${escapeHtml(name)} <b>${escapeHtml(value)}</b>`;
}
