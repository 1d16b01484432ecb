import { useEffect, useState, type RefObject } from 'react';

/** How far outside the screen an element counts as near: one screen height above and below. */
export const NEAR_MARGIN = '100% 0px';

/**
 * Whether the element is within a screen of the viewport, or has been: once true it stays true, so what
 * was drawn is never torn down by scrolling away. Printing counts as near (beforeprint, or the print media
 * query of a headless PDF). Where there is no IntersectionObserver, everything is near.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled = true): boolean {
  const [near, setNear] = useState(() => !enabled || typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: NEAR_MARGIN });
    observer.observe(el);
    const printing = () => setNear(true);
    const print = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => e.matches && setNear(true);
    window.addEventListener('beforeprint', printing);
    print?.addEventListener?.('change', change);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', printing);
      print?.removeEventListener?.('change', change);
    };
  }, [near, ref]);

  return near;
}
