import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/*
 * Whether the page is being printed, as one store for every view: the theme (light on paper whatever the
 * choice), charts (drawn again for the page) and long tables (every row) follow it.
 *
 * Two ways in. A person's Ctrl+P fires `beforeprint`, and the browser lays the page out for paper as soon as
 * the handlers return: so the change is rendered inside the handler (flushSync), charts included, before the
 * first printed frame. A headless PDF (Playwright's `emulateMedia({ media: 'print' })`) fires no event but
 * changes the `print` media query.
 */
let printing = false;
/** A picture being exported (renderOnPaper): drawn as on paper for the length of one task, never painted. */
let exporting = false;
const listeners = new Set<() => void>();

const notify = () =>
  flushSync(() => {
    for (const l of listeners) l();
  });

function set(next: boolean): void {
  if (next === printing) return;
  printing = next;
  notify();
}

let media: MediaQueryList | null = null;
const onBefore = () => set(true);
const onAfter = () => set(media?.matches ?? false);
const onMedia = (e: MediaQueryListEvent) => set(e.matches);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    media = window.matchMedia?.('print') ?? null;
    printing = media?.matches ?? false;
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    media?.addEventListener?.('change', onMedia);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || typeof window === 'undefined') return;
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    media?.removeEventListener?.('change', onMedia);
    media = null;
    printing = false;
  };
}

/** True from `beforeprint` (or the print media query) until `afterprint`. */
export const usePrintMedia = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );

/** True while printing or while a picture is being exported: the light theme, charts drawn at once, unanimated. */
export const useOnPaper = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing || exporting,
    () => false,
  );

/**
 * Runs `take` with every view rendered as on paper (light theme, charts drawn synchronously), then renders the
 * screen back, all within the current task: the browser never paints the paper version on screen.
 */
export function renderOnPaper<T>(take: () => T): T {
  if (exporting) return take();
  exporting = true;
  notify();
  try {
    return take();
  } finally {
    exporting = false;
    notify();
  }
}
