import { useEffect, useState } from 'react';

/** The wall clock, re-rendering every `intervalMs`; for ages and clocks only, never for metrics. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
