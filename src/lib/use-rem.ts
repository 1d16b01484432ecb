import { useSyncExternalStore } from 'react';

/*
 * getComputedStyle brings the whole document's style up to date first. React asks a store for its value in
 * every render and again after each commit, when a view has just put its new rows in the DOM: read every
 * time, that made the browser work out the style of a view's whole first frame with data in the middle of
 * React's commit (about 35 ms in a cold start's trace), and again in the frame. The root font size depends
 * only on the viewport (src/app/styles.css: a clamp of vw, a phone size under 761 px), on paper, and on the
 * size a stage sets inline on the root (stores/stage-store.ts): it is read again only when one of them changes.
 */
let last: { key: string; px: number } | null = null;
let print: MediaQueryList | null = null;

const read = (): number => {
  if (typeof document === 'undefined') return 16;
  print ??= window.matchMedia?.('print') ?? null;
  const root = document.documentElement;
  const key = `${window.innerWidth}x${window.innerHeight} ${root.style.fontSize} ${print?.matches ?? ''}`;
  if (last?.key !== key) last = { key, px: parseFloat(getComputedStyle(root).fontSize) || 16 };
  return last.px;
};
const subscribe = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};

/**
 * The root font size in px. The UI scales with the viewport (16 px at 1920 wide, 32 px at 3840); chart text
 * is drawn in px on a canvas, so builders take this to scale with it.
 */
export const useRem = (): number => useSyncExternalStore(subscribe, read, () => 16);
