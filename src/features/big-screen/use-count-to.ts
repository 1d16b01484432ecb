import { useEffect, useState } from 'react';

/** Long enough to see a figure move, short enough that a wall never shows a stale one for long. */
export const COUNT_MS = 900;

/**
 * The figure a counter shows `elapsed` ms into counting from `from` to `to`: ease-out, whole numbers,
 * never past the target, exactly `to` once the time is up.
 */
export function countValueAt(from: number, to: number, elapsed: number, duration = COUNT_MS): number {
  if (duration <= 0 || elapsed >= duration || from === to) return to;
  const t = Math.max(0, elapsed) / duration;
  const eased = 1 - (1 - t) ** 3;
  const v = Math.round(from + (to - from) * eased);
  return to >= from ? Math.min(v, to) : Math.max(v, to);
}

/**
 * What each counter last showed, across screens: when the rotation comes back to a counter whose figure
 * changed meanwhile (a refresh), it counts from the old figure to the new one. A first showing is not a
 * change, so it shows the figure at once rather than counting up from a 0 that was never true.
 */
const lastShown = new Map<string, number>();

interface Count {
  from: number;
  to: number;
  v: number;
}

export function useCountTo(key: string, value: number | null, reduced: boolean) {
  const [count, setCount] = useState<Count | null>(() => {
    const from = lastShown.get(key);
    return !reduced && value !== null && from !== undefined && from !== value
      ? { from, to: value, v: from }
      : null;
  });
  const [target, setTarget] = useState(value);
  const showing = (c: Count | null, v: number | null) => (v === null ? null : c && c.to === v ? c.v : v);
  // A new figure while on screen: count from whatever is showing now (adjusting state during render).
  if (value !== target) {
    const current = showing(count, target);
    setTarget(value);
    setCount(
      !reduced && value !== null && current !== null ? { from: current, to: value, v: current } : null,
    );
  }

  const from = count?.from;
  const to = count?.to;
  useEffect(() => {
    if (value !== null) lastShown.set(key, value);
  }, [key, value]);
  useEffect(() => {
    if (from === undefined || to === undefined || reduced) return;
    const start = performance.now();
    let id = 0;
    const step = (now: number) => {
      const v = countValueAt(from, to, now - start);
      setCount((c) => (c && c.to === to ? { ...c, v } : c));
      if (v !== to) id = requestAnimationFrame(step);
    };
    id = requestAnimationFrame(step);
    return () => cancelAnimationFrame(id);
  }, [from, to, reduced]);

  const shown = reduced ? value : showing(count, value);
  return { shown, counting: value !== null && shown !== value };
}
