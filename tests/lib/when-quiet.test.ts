import { describe, expect, it } from 'vitest';
import { whenQuiet, type IdleClock } from '../../src/lib/when-quiet';

/**
 * A main thread on a fake clock. Each idle callback asked for runs in the next idle period: first `busy` ms of
 * other work, then an idle period of `idle` ms (its full 50 ms when nothing waits), at whose start it runs.
 */
function fakeThread(periods: Array<{ busy: number; idle: number }>) {
  let now = 0;
  // When the idle period the clock is in ends (the next idle period starts after it).
  let idleEnd = 0;
  let i = 0;
  const calls: number[] = [];
  const clock: IdleClock = {
    now: () => now,
    requestIdle: (callback, timeoutMs) => {
      const p = periods[Math.min(i++, periods.length - 1)]!;
      const due = now + timeoutMs;
      const at = Math.max(now, idleEnd) + p.busy;
      // Past its time-out the callback runs with no time left, as a timed-out idle callback does.
      const timedOut = at >= due;
      queueMicrotask(() => {
        now = timedOut ? due : at;
        idleEnd = timedOut ? now : now + Math.min(p.idle, 50);
        calls.push(now);
        callback({ timeRemaining: () => (timedOut ? 0 : p.idle) });
      });
    },
  };
  return { clock, calls };
}

describe('whenQuiet', () => {
  it('waits for idle periods one after another for the quiet time', async () => {
    const t = fakeThread([{ busy: 0, idle: 50 }]);
    await whenQuiet(500, 10_000, t.clock);
    // The first full idle period opens the quiet; ten more make 500 ms of it.
    expect(t.calls.at(-1)).toBeGreaterThanOrEqual(500);
    expect(t.calls.at(-1)).toBeLessThan(600);
  });

  it('does not count the time before the first idle period as quiet', async () => {
    const t = fakeThread([
      { busy: 90, idle: 50 },
      { busy: 0, idle: 50 },
    ]);
    await whenQuiet(500, 10_000, t.clock);
    expect(t.calls.at(-1)).toBeGreaterThanOrEqual(90 + 500);
  });

  it('starts the quiet again after a long task or a short idle period (a frame was due)', async () => {
    const t = fakeThread([
      ...Array.from({ length: 8 }, () => ({ busy: 0, idle: 50 })),
      { busy: 120, idle: 50 },
      ...Array.from({ length: 5 }, () => ({ busy: 0, idle: 50 })),
      { busy: 0, idle: 12 },
      { busy: 0, idle: 50 },
    ]);
    await whenQuiet(500, 10_000, t.clock);
    // 8 quiet periods (400 ms), broken; 5 more (250 ms), broken by a short one; then 500 ms in a row.
    expect(t.calls.at(-1)).toBeGreaterThanOrEqual(400 + 120 + 300 + 500);
  });

  it('gives up waiting after the longest wait when the page is never quiet', async () => {
    const t = fakeThread([{ busy: 5, idle: 10 }]);
    await whenQuiet(500, 3000, t.clock);
    expect(t.calls.at(-1)).toBeGreaterThanOrEqual(3000);
    expect(t.calls.at(-1)).toBeLessThan(3020);
  });

  it('gives up on time when the main thread is busy throughout (the idle callback times out)', async () => {
    const t = fakeThread([{ busy: 5000, idle: 50 }]);
    await whenQuiet(500, 3000, t.clock);
    expect(t.calls).toEqual([3000]);
  });
});
