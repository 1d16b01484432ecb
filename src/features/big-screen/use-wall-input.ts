import { useCallback, useEffect, useRef, useState } from 'react';
import { isHeld, type RotationState } from './rotation';
import type { useRotation } from './use-rotation';

/** Pointer moves arrive by the hundred; one "someone is here" per second is plenty. */
const INTERACT_THROTTLE_MS = 1000;

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Keys (← → page, space pause, F fullscreen, 1–9 a page) and any pointer or key touch holding the page; returns
 * whether someone is holding it now.
 */
export function useWallInput(
  send: ReturnType<typeof useRotation>['send'],
  rotation: RotationState,
  pageCount: number,
): boolean {
  const [now, setNow] = useState(() => Date.now());
  const held = isHeld(rotation, now);
  // Re-render once when a hold ends, so the "in use" note goes away; no polling.
  useEffect(() => {
    if (!held) return;
    const id = setTimeout(() => setNow(Date.now()), rotation.holdUntil - Date.now() + 5);
    return () => clearTimeout(id);
  }, [held, rotation.holdUntil]);

  const lastInteract = useRef(0);
  const interact = useCallback(() => {
    const n = Date.now();
    if (n - lastInteract.current < INTERACT_THROTTLE_MS) return;
    lastInteract.current = n;
    setNow(n);
    send({ type: 'interact' });
  }, [send]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') send({ type: 'next' });
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') send({ type: 'prev' });
      else if (e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        send({ type: 'togglePause' });
      } else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= pageCount)
        send({ type: 'go', index: Number(e.key) - 1 });
      else {
        interact();
        return;
      }
      setNow(Date.now());
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointermove', interact, { passive: true });
    window.addEventListener('pointerdown', interact, { passive: true });
    window.addEventListener('wheel', interact, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointermove', interact);
      window.removeEventListener('pointerdown', interact);
      window.removeEventListener('wheel', interact);
    };
  }, [send, interact, pageCount]);

  return held;
}
