import { onlineManager } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

/*
 * A new version of the app, installed by the shell's service worker (src/app/shell-worker.ts) and waiting.
 * It is never forced on a page: an office page offers it (UpdatePrompt), a wall takes it when its screen
 * changes anyway (the next rotation) or at its daily reload, so nothing switches mid-presentation.
 */
interface UpdateState {
  /** The installed worker of the new version, until it takes over. */
  waiting: ServiceWorker | null;
  /** The new version took over from another tab: this page still runs the old one and should reload. */
  takenElsewhere: boolean;
}

const useUpdateStore = create<UpdateState>(() => ({ waiting: null, takenElsewhere: false }));

export const offerUpdate = (waiting: ServiceWorker) => {
  console.info('[zerobay] a new version is installed and waits for a safe moment');
  useUpdateStore.setState({ waiting });
};
export const noteUpdateTakenElsewhere = () => useUpdateStore.setState({ takenElsewhere: true });

const pending = (s: UpdateState) => s.waiting !== null || s.takenElsewhere;

/** Whether a new version waits for this page. */
export const useUpdatePending = () => useUpdateStore(pending);

/**
 * Switches to the waiting version and reloads into it (the reload follows the new worker taking control, so
 * the page comes back from the new version's files). `beforeReload` runs just before that reload. Returns
 * false when no new version waits.
 */
export function takeUpdate(beforeReload?: () => void): boolean {
  const { waiting, takenElsewhere } = useUpdateStore.getState();
  const reload = () => {
    beforeReload?.();
    window.location.reload();
  };
  if (takenElsewhere) {
    reload();
    return true;
  }
  if (!waiting || waiting.state === 'redundant' || !navigator.serviceWorker) return false;
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  console.info('[zerobay] switching to the new version');
  quietWhileSwitching();
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

/** Long enough for the old worker to be swapped out on a loaded machine; a switch normally takes < 1 s. */
const QUIET_MS = 15_000;

/*
 * Chromium activates the new worker by stopping the old one first, once it is idle. A request of this page
 * landing in that moment (the wall's 5-second poll, a screen's script) starts the old worker again, and the
 * activation is then left pending until the old worker goes 30 s without a request (never, on a polling
 * wall) or the 5-minute limit: the new version parks in "waiting" and the reload comes minutes later, in
 * the middle of a screen. So the page asks nothing while it switches: its polling pauses until the reload
 * (TanStack Query holds refetches while offline), and resumes if the switch has not come after QUIET_MS.
 */
function quietWhileSwitching() {
  onlineManager.setOnline(false);
  setTimeout(() => onlineManager.setOnline(navigator.onLine), QUIET_MS);
}

/** The daily reload: into the new version when one waits. */
export function reloadTakingUpdate(): void {
  if (!takeUpdate()) window.location.reload();
}

/**
 * On the wall: a waiting version is taken when the screen changes (not on the first screen shown), and the
 * reload comes back on the screen the rotation went to (`?screen=`, 1-based), not on the playlist's first.
 * Only a version already waiting at the change: one that finishes installing while the new screen settles
 * waits for the next change, or the wall would reload a second or two into the screen it has just shown.
 */
export function useUpdateAtRotation(index: number): void {
  const shown = useRef(index);
  useEffect(() => {
    if (index === shown.current) return;
    shown.current = index;
    if (!pending(useUpdateStore.getState())) return;
    // After the new screen has fetched its scripts and data (through the old worker), not during.
    const settle = setTimeout(() => takeUpdate(() => resumeOnScreen(index)), SETTLE_MS);
    return () => clearTimeout(settle);
  }, [index]);
}

/** How long a wall's new screen is given to load before the switch (see quietWhileSwitching). */
const SETTLE_MS = 1500;

function resumeOnScreen(index: number) {
  const url = new URL(window.location.href);
  url.searchParams.set('screen', String(index + 1));
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
