/*
 * For work that can wait until the page has nothing else to do. The load event is no such moment in a
 * single-page app: it comes long before the first screen has its data and charts.
 *
 * Quiet is the main thread idle without a break for `quietMs`: idle periods one after another, each of its
 * full length (nothing queued). A page that never goes quiet (an animation that needs every frame) gets
 * the work after `maxMs` all the same.
 */

/** Chromium's idle periods last up to 50 ms; one that starts with this much left had nothing queued. */
const FULL_IDLE_MS = 40;
/** Idle periods further apart than this had work between them. */
const MAX_GAP_MS = 100;

export interface IdleClock {
  now: () => number;
  /** Calls back in the next idle period, or once `timeoutMs` has passed. */
  requestIdle: (callback: (deadline: { timeRemaining: () => number }) => void, timeoutMs: number) => void;
}

const browserClock = (): IdleClock | null =>
  typeof requestIdleCallback === 'function'
    ? {
        now: () => performance.now(),
        requestIdle: (callback, timeout) => requestIdleCallback(callback, { timeout }),
      }
    : null;

/** Resolves once the main thread has been idle for `quietMs` in a row, or after `maxMs` at the latest. */
export function whenQuiet(quietMs: number, maxMs: number, clock = browserClock()): Promise<void> {
  // No idle callbacks (Safari): the page is taken to be quiet `quietMs` from now.
  if (!clock) return new Promise((resolve) => setTimeout(resolve, quietMs));
  return new Promise((resolve) => {
    const start = clock.now();
    // The first idle period only starts the count: what came before it is not known to have been idle.
    let last = Number.NEGATIVE_INFINITY;
    let quietSince: number | null = null;
    const tick = (deadline: { timeRemaining: () => number }) => {
      const now = clock.now();
      if (deadline.timeRemaining() >= FULL_IDLE_MS && now - last <= MAX_GAP_MS) quietSince ??= last;
      else quietSince = null;
      last = now;
      const waited = now - start;
      if ((quietSince !== null && now - quietSince >= quietMs) || waited >= maxMs) resolve();
      else clock.requestIdle(tick, maxMs - waited);
    };
    clock.requestIdle(tick, maxMs);
  });
}
