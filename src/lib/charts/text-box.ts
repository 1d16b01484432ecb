import { CHART_FONT } from '../palette';

/*
 * A chart text's box as ECharts will draw it, measured before ECharts has loaded: a builder that knows its
 * labels' widths sets the grid's margins itself, and ECharts does not lay the axes out twice to find them
 * (`containLabel` builds every axis once to measure it, then again to draw it).
 * Measured the way ECharts' text layer measures (zrender's contain/text): the width of the string on a 2D
 * canvas in the chart's font, the height of one line the width of "国". Without a canvas (Node, the unit
 * tests) a per-character estimate stands in.
 */

let context: OffscreenCanvasRenderingContext2D | null | undefined;

function canvas(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined)
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  return context;
}

const cache = new Map<string, number>();

/** Wide (CJK) characters an em, the rest about 0.6 em: only where there is no canvas to ask. */
const estimate = (text: string, px: number) =>
  [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? px : px * 0.6), 0);

/** The width in px of `text` drawn in the chart font at `px`. */
export function chartTextWidth(text: string, px: number): number {
  const key = `${px}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const ctx = canvas();
    if (ctx) {
      ctx.font = `${px}px ${CHART_FONT}`;
      width = ctx.measureText(text).width;
    } else width = estimate(text, px);
    cache.set(key, width);
  }
  return width;
}

/** The height in px of one line of chart text at `px`: what ECharts gives a single-line label. */
export const chartLineHeight = (px: number): number => chartTextWidth('国', px);
