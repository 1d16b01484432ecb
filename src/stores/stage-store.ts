import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { FitMode } from './kiosk-store';

/**
 * Wall screens and slides are designed on one 1920×1080 canvas and scaled by the root font size
 * (1rem = 16 design px), not by a CSS transform: the browser then lays text and charts out at the real
 * pixel size, so they stay sharp at 4K and pointer positions need no correction.
 */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;
export const DESIGN_REM = 16;

export interface Stage {
  /** CSS px per design px. */
  scale: number;
  /** Root font size in px: DESIGN_REM × scale. */
  rem: number;
  /** The stage box in CSS px and where it sits in the viewport. */
  width: number;
  height: number;
  left: number;
  top: number;
}

/** A design canvas's size in design px: the slides' 1920×1080, or one of the wall's canvases. */
export interface DesignSize {
  width: number;
  height: number;
}

/**
 * fit: the whole design visible, letterboxed on the long side. fill: the stage takes the whole viewport and
 * the layout's flexible rows and columns take up the extra room; text keeps the fit scale so it never
 * grows past what the short side allows.
 */
export function computeStage(
  viewportWidth: number,
  viewportHeight: number,
  mode: FitMode,
  design: DesignSize = { width: DESIGN_WIDTH, height: DESIGN_HEIGHT },
): Stage {
  const vw = Math.max(1, viewportWidth);
  const vh = Math.max(1, viewportHeight);
  const scale = Math.min(vw / design.width, vh / design.height);
  const rem = DESIGN_REM * scale;
  if (mode === 'fill') return { scale, rem, width: vw, height: vh, left: 0, top: 0 };
  const width = design.width * scale;
  const height = design.height * scale;
  return { scale, rem, width, height, left: (vw - width) / 2, top: (vh - height) / 2 };
}

let snapshot = '';
const readViewport = () => {
  const next = typeof window === 'undefined' ? '1920x1080' : `${window.innerWidth}x${window.innerHeight}`;
  if (next !== snapshot) snapshot = next;
  return snapshot;
};
const subscribe = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};

export function useViewport(): { width: number; height: number } {
  const s = useSyncExternalStore(subscribe, readViewport, () => '1920x1080');
  const [w, h] = s.split('x').map(Number);
  return { width: w ?? DESIGN_WIDTH, height: h ?? DESIGN_HEIGHT };
}

export function useStage(mode: FitMode): Stage {
  const { width, height } = useViewport();
  return computeStage(width, height, mode);
}

/**
 * While a stage is on screen it owns the root font size and the page does not scroll; both are given back
 * on unmount, so the normal views keep their own scaling.
 */
export function useStageRoot(rem: number): void {
  // Layout effects: the first paint already has the stage's scale, with no flash of the page's own.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add('stage-mode');
    return () => {
      root.classList.remove('stage-mode');
      root.style.removeProperty('font-size');
    };
  }, []);
  useLayoutEffect(() => {
    document.documentElement.style.fontSize = `${rem}px`;
  }, [rem]);
}
