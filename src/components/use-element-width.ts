import { useCallback, useState } from 'react';

/** The width of an element, following resizes: chart labels are fitted to it. Undefined until measured. */
export function useElementWidth<T extends HTMLElement>(): [(el: T | null) => void, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const ref = useCallback((el: T | null) => {
    if (!el) return;
    setWidth(Math.round(el.getBoundingClientRect().width));
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth((prev) => (prev === Math.round(w) ? prev : Math.round(w)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
