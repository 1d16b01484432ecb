import type { AppConfig } from '../data/config';

/**
 * Starts the app shell's service worker once the page has loaded, so its download of the shell never
 * competes with the first screen; the registration code itself loads only then. Not in the dev server
 * (there is no worker file) and not on a demo config (the mock's worker holds the scope).
 */
export function startShellWorkerAfterLoad(config: AppConfig): void {
  if (!import.meta.env.PROD || config.mock.enabled || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('./shell-worker')
      .then((m) => m.startShellWorker())
      .catch((e: unknown) => console.warn('[zerobay] offline start not available:', e));
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', start, { once: true });
}
