import { describe, expect, it } from 'vitest';
import {
  dueAt,
  initialRotation,
  isHeld,
  rotate,
  type RotationState,
  type RotationTiming,
} from '../../../src/features/big-screen/rotation';

const T: RotationTiming = { intervalMs: 30_000, idleMs: 60_000 };

describe('rotation timing', () => {
  it('advances every interval and wraps around the playlist', () => {
    let s = initialRotation(3, null, 0);
    expect(dueAt(s, T)).toBe(30_000);
    s = rotate(s, { type: 'tick', now: 30_000 }, T);
    expect(s.index).toBe(1);
    s = rotate(s, { type: 'tick', now: 60_000 }, T);
    s = rotate(s, { type: 'tick', now: 90_000 }, T);
    expect(s.index).toBe(0);
  });

  it('does not drift when timers fire late: each dwell is anchored on the previous due time', () => {
    let s: RotationState = initialRotation(3, null, 0);
    // Every timer fires 40 ms late, 2,880 times (a day at 30 s).
    for (let k = 1; k <= 2880; k++) {
      const due = dueAt(s, T)!;
      expect(due).toBe(k * 30_000);
      s = rotate(s, { type: 'tick', now: due + 40 }, T);
    }
    expect(dueAt(s, T)).toBe(2881 * 30_000);
  });

  it('a busy main thread (a tick later than a whole short interval) catches up instead of shifting the schedule', () => {
    const fast: RotationTiming = { intervalMs: 200, idleMs: 1000 };
    let s = initialRotation(3, 0, 0);
    s = rotate(s, { type: 'tick', now: 650 }, fast);
    expect(s.index).toBe(1);
    expect(dueAt(s, fast)).toBe(400);
    s = rotate(s, { type: 'tick', now: 651 }, fast);
    expect(dueAt(s, fast)).toBe(600);
  });

  it('a tick before the due time changes nothing', () => {
    const s = initialRotation(3, 1, 0);
    expect(rotate(s, { type: 'tick', now: 29_999 }, T)).toBe(s);
  });

  it('after a long sleep it moves one screen and starts afresh instead of flicking through the missed ones', () => {
    let s = initialRotation(3, 0, 0);
    s = rotate(s, { type: 'tick', now: 3_600_000 }, T);
    expect(s.index).toBe(1);
    expect(dueAt(s, T)).toBe(3_630_000);
  });

  it('space pauses and resumes; a paused playlist has no due time', () => {
    let s = initialRotation(3, 0, 0);
    s = rotate(s, { type: 'togglePause', now: 10_000 }, T);
    expect(dueAt(s, T)).toBeNull();
    expect(rotate(s, { type: 'tick', now: 100_000 }, T).index).toBe(0);
    s = rotate(s, { type: 'togglePause', now: 100_000 }, T);
    expect(dueAt(s, T)).toBe(130_000);
  });

  it('someone touching the screen holds it for the idle time, then rotation resumes', () => {
    let s = initialRotation(3, 0, 0);
    s = rotate(s, { type: 'interact', now: 20_000 }, T);
    expect(isHeld(s, 50_000)).toBe(true);
    expect(dueAt(s, T)).toBe(80_000);
    expect(rotate(s, { type: 'tick', now: 30_000 }, T).index).toBe(0);
    s = rotate(s, { type: 'tick', now: 80_000 }, T);
    expect(s.index).toBe(1);
    expect(isHeld(s, 80_001)).toBe(false);
    expect(dueAt(s, T)).toBe(110_000);
  });

  it('← and → move by one, wrap, and hold the chosen screen for the idle time', () => {
    let s = initialRotation(3, 0, 0);
    s = rotate(s, { type: 'prev', now: 1000 }, T);
    expect(s.index).toBe(2);
    s = rotate(s, { type: 'next', now: 2000 }, T);
    expect(s.index).toBe(0);
    expect(dueAt(s, T)).toBe(62_000);
    s = rotate(s, { type: 'go', index: 4, now: 3000 }, T);
    expect(s.index).toBe(1);
  });

  it('no interval, or a single screen, never rotates', () => {
    expect(dueAt(initialRotation(3, 0, 0), { intervalMs: null, idleMs: 1 })).toBeNull();
    expect(dueAt(initialRotation(1, 0, 0), T)).toBeNull();
  });

  it('?screen=N beyond the playlist wraps instead of showing nothing', () => {
    expect(initialRotation(3, 5, 0).index).toBe(2);
  });
});
