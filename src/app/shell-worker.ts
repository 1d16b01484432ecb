import { noteUpdateTakenElsewhere, offerUpdate } from '../stores/update-store';

/*
 * Registers the app shell's service worker (built by vite-plugin-pwa, vite.config.ts) and watches for new
 * versions. Loaded after the first screen (src/app/start-shell-worker.ts), never on a demo config: the
 * demo's mock runs in its own worker at the same scope.
 */

/** How often a page that never reloads (a wall) asks whether a new version is deployed. */
const CHECK_EVERY_MS = 60 * 60_000;

export async function startShellWorker(): Promise<void> {
  const sw = navigator.serviceWorker;
  const controlled = sw.controller !== null;
  const base = import.meta.env.BASE_URL;
  const registration = await sw.register(`${base}sw.js`, { scope: base });
  // "installed" while a worker controls the page is a new version waiting; on the first visit it is not.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && sw.controller) offerUpdate(worker);
    };
    check();
    worker.addEventListener('statechange', check);
  };
  // One may already be on its way or waiting when this runs (it runs after the page's load).
  watch(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // Another tab took the new version: this page's old scripts are no longer kept.
  sw.addEventListener('controllerchange', () => {
    if (controlled) noteUpdateTakenElsewhere();
  });
  const check = () => void registration.update().catch(() => {});
  setInterval(check, CHECK_EVERY_MS);
  window.addEventListener('online', check);
}
