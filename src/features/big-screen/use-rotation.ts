import { useCallback, useEffect, useRef, useState } from 'react';
import {
  dueAt,
  initialRotation,
  rotate,
  type RotationEvent,
  type RotationState,
  type RotationTiming,
} from './rotation';

type Command = RotationEvent extends infer E ? (E extends { now: number } ? Omit<E, 'now'> : never) : never;

/** The rotation state machine on the wall clock: one timeout for the next change, nothing else running. */
export function useRotation(count: number, initialIndex: number | null, timing: RotationTiming) {
  const [state, setState] = useState<RotationState>(() => initialRotation(count, initialIndex, Date.now()));
  const timingRef = useRef(timing);
  useEffect(() => {
    timingRef.current = timing;
  }, [timing]);

  const send = useCallback((cmd: Command) => {
    setState((s) => rotate(s, { ...cmd, now: Date.now() } as RotationEvent, timingRef.current));
  }, []);

  useEffect(() => {
    if (state.count !== count) send({ type: 'setCount', count });
  }, [count, state.count, send]);

  const due = dueAt(state, timing);
  useEffect(() => {
    if (due === null) return;
    let id: ReturnType<typeof setTimeout>;
    const fire = () => {
      const now = Date.now();
      // Timers may fire a millisecond early against Date.now(): wait the rest rather than miss the change.
      if (now < due) id = setTimeout(fire, due - now);
      else setState((s) => rotate(s, { type: 'tick', now }, timingRef.current));
    };
    id = setTimeout(fire, Math.max(0, due - Date.now()));
    return () => clearTimeout(id);
  }, [due]);

  return { state, send };
}
