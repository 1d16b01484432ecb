import { useSyncExternalStore } from 'react';

const read = () =>
  typeof document === 'undefined'
    ? 16
    : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const subscribe = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};

/**
 * The root font size in px. The UI scales with the viewport (16 px at 1920 wide, 32 px at 3840); chart text
 * is drawn in px on a canvas, so builders take this to scale with it.
 */
export const useRem = (): number => useSyncExternalStore(subscribe, read, () => 16);
