import { rmSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { nginxAvailable, NGINX_PATH, startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { copyBuildForApi } from '../../scripts/lib/deploy-copy';
import { MOCK_API_URL } from './support';

/*
 * The suite's build deployed as a deployer deploys it for the same-origin API, on the shipped nginx server
 * block (deploy/nginx.conf): /api/ proxied to the mock HTTP server, refreshed every 5 s. The app shell's
 * service worker is registered there (a real-API config), so the offline and update specs run on it.
 */
const PORT = Number(process.env.E2E_NGINX_PORT ?? 4176);
const DIST = process.env.E2E_DIST ?? 'dist';

if (!nginxAvailable() && process.env.CI)
  throw new Error(`${NGINX_PATH} is missing: .ci/run installs nginx-light`);
export const noNginx = !nginxAvailable();
export const NO_NGINX = `${NGINX_PATH} not installed (apt-get install nginx-light)`;

export function shellSite(name: string) {
  const root = `.tmp/${DIST.replace(/\W+/g, '-')}-${name}`;
  let site: RunningNginx | null = null;
  return {
    root,
    url: `http://127.0.0.1:${PORT}`,
    /** A fresh copy of the build with its config.json pointed at /api/v1. */
    deploy: () =>
      copyBuildForApi(DIST, root, {
        api: { baseUrl: '/api/v1', headers: {} },
        refreshIntervalSeconds: 5,
      }),
    start: async () => {
      site = await startNginx({ port: PORT, root, upstream: MOCK_API_URL });
    },
    stop: async () => {
      await site?.stop();
      site = null;
    },
    /** Stops nginx and removes the copy. */
    remove: async () => {
      await site?.stop();
      site = null;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The state of the registration's active or waiting worker (null when there is none). */
export const workerState = (page: Page, which: 'active' | 'waiting') =>
  page.evaluate(async (w) => (await navigator.serviceWorker.getRegistration())?.[w]?.state ?? null, which);

/** Until the shell's worker is active and controls the page (it takes control from the next load on). */
export async function untilControlled(page: Page, origin: string) {
  await expect.poll(() => workerState(page, 'active'), { timeout: 30_000 }).toBe('activated');
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/sw.js`);
}

/** Marks the running page: a reload clears it. */
export const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __same: number }).__same = 1));
export const marked = (page: Page) =>
  page.evaluate(() => (window as unknown as { __same?: number }).__same === 1);

/** Errors a page may log while its network or server is away on purpose. */
export const ignorable = (e: string) =>
  !/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e);
