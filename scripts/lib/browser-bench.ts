// What every browser script here shares: Debian's Chromium with the flags that keep it quiet on a closed
// network, and the built site served by `vite preview` as a deployer would serve it.
import { execSync, spawn, type ChildProcess } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * A new tab's own start-up is let finish before it navigates (every page alike). Left to overlap, it landed
 * in the load it started: about 110 ms more on the overview's cold load, next to nothing on the empty page's
 * short one (docs/performance.md, 2026-12-07). People open the dashboard in a browser that is already
 * running. BENCH_NEW_PAGE_SETTLE_MS=0 measures as before.
 */
export const NEW_PAGE_SETTLE_MS = Number(process.env.BENCH_NEW_PAGE_SETTLE_MS ?? 300);

/** Builds the empty Vite React page the load benchmarks divide by, into .tmp/bench-empty. */
export function buildEmptyPage(): void {
  execSync('node node_modules/vite/bin/vite.js build --config bench/empty/vite.config.ts', {
    stdio: 'ignore',
  });
}

/** `vite preview` of a build folder, started through node so that killing it stops the server. */
export function serve(dir: string, port: number): ChildProcess {
  return spawn(
    'node',
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
}

/** Resolves once `url` answers 2xx; throws after about `seconds`. */
export async function waitFor(url: string, seconds = 15): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}
