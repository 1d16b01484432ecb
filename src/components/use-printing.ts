import { useEffect, useState } from 'react';

/**
 * Whether the page is being printed: beforeprint / afterprint (a person's Ctrl+P), or the `print` media
 * query (a headless PDF emulates print media without the events). False while `enabled` is false.
 */
export function usePrinting(enabled = true): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    const mq = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    mq?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      mq?.removeEventListener?.('change', change);
    };
  }, [enabled]);
  return printing && enabled;
}
