// What every browser script here shares: Debian's Chromium with the flags that keep it quiet on a closed
// network, and the built site served by `vite preview` as a deployer would serve it.
import { spawn, type ChildProcess } from 'node:child_process';

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
