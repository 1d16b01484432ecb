import type { FitMode } from '../../stores/kiosk-store';
import { computeStage, type Stage } from '../../stores/stage-store';

/**
 * The walls a district actually has. Each preset is a design canvas in design px (1rem = 16 design px)
 * split into panes; every pane is a complete composition of its own (header, screen), so nothing is cut
 * by a bezel between two physical displays. 4K is the 16:9 preset at twice the pixels: same canvas.
 */
export const CANVAS_IDS = ['16x9', '32x9', '48x9', '9x16'] as const;
export type CanvasId = (typeof CANVAS_IDS)[number];

export interface CanvasPreset {
  id: CanvasId;
  width: number;
  height: number;
  /** How many complete compositions sit side by side. */
  panes: number;
  /** Portrait panes stack each screen's areas in one column. */
  portrait: boolean;
}

export const CANVASES: Record<CanvasId, CanvasPreset> = {
  '16x9': { id: '16x9', width: 1920, height: 1080, panes: 1, portrait: false },
  '32x9': { id: '32x9', width: 3840, height: 1080, panes: 2, portrait: false },
  '48x9': { id: '48x9', width: 5760, height: 1080, panes: 3, portrait: false },
  // Designed at half the pixels: a portrait screen is read closer up than a landscape wall but a column
  // has room for one panel across, so its text takes twice the share of the width (40 px type at 1080×1920,
  // 14 px body text and 40 px figures on a 390 px phone, instead of 7 px).
  '9x16': { id: '9x16', width: 540, height: 960, panes: 1, portrait: true },
};

export const isCanvasId = (v: string | null | undefined): v is CanvasId =>
  (CANVAS_IDS as readonly string[]).includes(v ?? '');

/**
 * The preset whose shape is nearest the viewport's, compared on a log scale so 2:1 is as far from 1:1 as
 * 1:2 is. Any viewport narrower than it is tall gets the portrait preset: a phone reads one column, not a
 * letterboxed miniature of a landscape wall. `?canvas=` wins over the guess.
 */
export function pickCanvas(
  viewportWidth: number,
  viewportHeight: number,
  param?: string | null,
): CanvasPreset {
  if (isCanvasId(param)) return CANVASES[param];
  const ratio = Math.max(1, viewportWidth) / Math.max(1, viewportHeight);
  if (ratio < 1) return CANVASES['9x16'];
  let best = CANVASES['16x9'];
  for (const c of Object.values(CANVASES)) {
    if (c.portrait) continue;
    const d = Math.abs(Math.log(ratio / (c.width / c.height)));
    if (d < Math.abs(Math.log(ratio / (best.width / best.height)))) best = c;
  }
  return best;
}

export interface CanvasStage extends Stage {
  canvas: CanvasPreset;
}

/**
 * fit: the whole canvas visible, letterboxed only when the viewport's shape is not the preset's (an odd
 * ratio). fill: the stage takes the whole viewport and the panes' flexible rows take up the extra room;
 * text keeps the fit scale.
 */
export function computeCanvasStage(
  viewportWidth: number,
  viewportHeight: number,
  mode: FitMode,
  canvas: CanvasPreset,
): CanvasStage {
  // A portrait wall (or a phone) taller than 9:16 grows the column rather than leaving bands above and below.
  const taller =
    canvas.portrait &&
    Math.max(1, viewportWidth) / Math.max(1, viewportHeight) <= canvas.width / canvas.height;
  return { canvas, ...computeStage(viewportWidth, viewportHeight, taller ? 'fill' : mode, canvas) };
}
