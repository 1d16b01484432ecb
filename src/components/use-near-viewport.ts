import { useEffect, useState, type RefObject } from 'react';
import { usePrinting } from './use-printing';

/** How far outside the screen an element counts as near: one screen height above and below. */
export const NEAR_MARGIN = '100% 0px';

/**
 * Whether the element is within a screen of the viewport, or has been: once true it stays true, so what
 * was drawn is never torn down by scrolling away. Printing counts as near (beforeprint, or the print media
 * query of a headless PDF). Where there is no IntersectionObserver, everything is near.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled = true): boolean {
  const [seen, setSeen] = useState(() => !enabled || typeof IntersectionObserver === 'undefined');
  // Printing makes it near for good, as scrolling to it would.
  if (usePrinting(!seen) && !seen) setSeen(true);

  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setSeen(true),
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen, ref]);

  return seen;
}
