import { PALETTES } from '../lib/palette';
import type { ReportStamp } from './report-stamp';

/** What a chart picture says around the chart: its title, then the report date; the source at the foot. */
export interface PngCaption {
  title: string;
  stamp: Pick<ReportStamp, 'date' | 'dateLabel' | 'source' | 'sourceLabel' | 'app'> | null;
}

const LIGHT = PALETTES.light;
/** CSS px, before the pixel ratio. */
const PAD = 24;
const TITLE_PX = 20;
const LINE_PX = 13;

const loadImage = async (url: string): Promise<HTMLImageElement> => {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img;
};

/** Text cut with an ellipsis to fit `max` px, so a long title never runs off the picture. */
function fitted(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > max) s = s.slice(0, -1);
  return `${s}…`;
}

/**
 * The chart's picture (a data URL drawn on the light theme) inside a white frame that names it: the title and
 * report date above, the source and the app below. A picture pasted into a report or a chat still says what it
 * shows, as of when, and from where. Missing stamp parts read "—".
 */
export async function titledPng(
  chartUrl: string,
  size: { width: number; height: number },
  caption: PngCaption,
  pixelRatio: number,
  fontFamily: string,
): Promise<string> {
  const chart = await loadImage(chartUrl);
  const head = PAD + TITLE_PX + 8 + LINE_PX + 14;
  const foot = 12 + LINE_PX + PAD;
  const width = size.width + PAD * 2;
  const height = head + size.height + foot;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return chartUrl;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = LIGHT.panel;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  const max = width - PAD * 2;
  ctx.fillStyle = LIGHT.text;
  ctx.font = `600 ${TITLE_PX}px ${fontFamily}`;
  ctx.fillText(fitted(ctx, caption.title, max), PAD, PAD);
  const s = caption.stamp;
  ctx.fillStyle = LIGHT.textMuted;
  ctx.font = `${LINE_PX}px ${fontFamily}`;
  ctx.fillText(fitted(ctx, `${s?.dateLabel ?? ''}: ${s?.date ?? '—'}`, max), PAD, PAD + TITLE_PX + 8);
  ctx.drawImage(chart, PAD, head, size.width, size.height);
  const source = `${s?.sourceLabel ?? ''}: ${s?.source ?? '—'}${s ? ` · ${s.app}` : ''}`;
  ctx.fillText(fitted(ctx, source, max), PAD, head + size.height + 12);
  return canvas.toDataURL('image/png');
}
