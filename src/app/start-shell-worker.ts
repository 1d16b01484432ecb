import type { AppConfig } from '../data/config';
import { atMost } from '../lib/at-most';
import { whenQuiet } from '../lib/when-quiet';

/*
 * The shell's first install fetches, checks and stores about 1.8 MB. Started at the load event, which comes
 * before the report date's answers are in, it ran beside the first screen's render and charts, and on a
 * two-core machine a cold overview took about 15 % longer to complete (docs/performance.md).
 */

/** The page counts as settled once its main thread has been idle this long in a row. */
const QUIET_MS = 500;
/** The longest wait for the answers, and then for a quiet main thread: neither holds the install back for good. */
const MAX_WAIT_MS = 10_000;

/**
 * Starts the app shell's service worker once the page has settled: loaded, the report date's answers in
 * (or failed) and drawn, the main thread quiet. The registration code itself loads only then. Not in the
 * dev server (there is no worker file) and not on a demo config (the mock's worker holds the scope).
 */
export function startShellWorkerWhenSettled(config: AppConfig, answers: Promise<unknown>): void {
  if (!import.meta.env.PROD || config.mock.enabled || !('serviceWorker' in navigator)) return;
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  void Promise.all([loaded, atMost(answers, MAX_WAIT_MS)])
    .then(() => whenQuiet(QUIET_MS, MAX_WAIT_MS))
    .then(() => {
      // Read by the browser suite: the install began after the first screen was drawn.
      performance.mark('zerobay:shell-worker-start');
      return import('./shell-worker');
    })
    .then((m) => m.startShellWorker())
    .catch((e: unknown) => console.warn('[zerobay] offline start not available:', e));
}
