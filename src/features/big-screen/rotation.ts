/**
 * The playlist of big-screen compositions as a pure state machine; the page arms one timer for `dueAt`.
 * Each advance is scheduled from the previous due time, not from when the timer happened to fire, so
 * lateness never accumulates: after a day at 30 s the 2,880th change is still on its second.
 */
export interface RotationState {
  index: number;
  count: number;
  /** When the current dwell started (ms). */
  anchor: number;
  /** Space pauses until space again. */
  paused: boolean;
  /** Someone touched the screen: hold until this time (ms), then go on. 0 = nobody. */
  holdUntil: number;
}

export type RotationEvent =
  | { type: 'tick'; now: number }
  | { type: 'next'; now: number }
  | { type: 'prev'; now: number }
  | { type: 'go'; index: number; now: number }
  | { type: 'togglePause'; now: number }
  | { type: 'interact'; now: number }
  | { type: 'setCount'; count: number; now: number };

export interface RotationTiming {
  /** null = no rotation. */
  intervalMs: number | null;
  /** Per screen (by index), from the configured playlist; a missing entry dwells `intervalMs`. */
  dwellMs?: readonly number[];
  /** How long an interaction holds the screen. */
  idleMs: number;
}

/** Later than this (and than one interval) the machine was asleep, not merely busy. */
export const SLEPT_MS = 5000;

const wrap = (i: number, n: number) => (n <= 0 ? 0 : ((i % n) + n) % n);

export function initialRotation(count: number, index: number | null, now: number): RotationState {
  return { index: wrap(index ?? 0, count), count, anchor: now, paused: false, holdUntil: 0 };
}

/** When the screen should change next, or null when it should not (paused, no rotation, one screen). */
export function dueAt(s: RotationState, t: RotationTiming): number | null {
  const dwell = dwellOf(s.index, t);
  if (dwell === null || s.paused || s.count < 2) return null;
  return Math.max(s.anchor + dwell, s.holdUntil);
}

/** How long screen `index` stays, or null when nothing rotates. */
export function dwellOf(index: number, t: RotationTiming): number | null {
  if (t.intervalMs === null) return null;
  return t.dwellMs?.[index] ?? t.intervalMs;
}

export function isHeld(s: RotationState, now: number): boolean {
  return s.holdUntil > now;
}

export function rotate(s: RotationState, e: RotationEvent, t: RotationTiming): RotationState {
  switch (e.type) {
    case 'tick': {
      const due = dueAt(s, t);
      const dwell = dwellOf(s.index, t);
      if (due === null || e.now < due || dwell === null) return s;
      // On time or a little late (a busy main thread): the next dwell starts at the due moment, so the
      // schedule holds. Woken from a sleep (a suspended machine, a hidden tab): start afresh from now rather
      // than flicking through every missed screen. After a hold the dwell starts when the hold ends.
      const slept = e.now - due >= Math.max(dwell, SLEPT_MS);
      const anchor = s.holdUntil > s.anchor + dwell || slept ? e.now : due;
      return { ...s, index: wrap(s.index + 1, s.count), anchor, holdUntil: 0 };
    }
    case 'next':
      return { ...s, index: wrap(s.index + 1, s.count), anchor: e.now, holdUntil: e.now + t.idleMs };
    case 'prev':
      return { ...s, index: wrap(s.index - 1, s.count), anchor: e.now, holdUntil: e.now + t.idleMs };
    case 'go':
      return { ...s, index: wrap(e.index, s.count), anchor: e.now, holdUntil: e.now + t.idleMs };
    case 'togglePause':
      return s.paused ? { ...s, paused: false, anchor: e.now, holdUntil: 0 } : { ...s, paused: true };
    case 'interact':
      return { ...s, holdUntil: e.now + t.idleMs };
    case 'setCount':
      return { ...s, count: e.count, index: wrap(s.index, e.count), anchor: e.now };
  }
}
