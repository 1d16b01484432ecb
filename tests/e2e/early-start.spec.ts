import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_URL, HTTP_APP_URL, MOCK_API_URL } from './support';

/*
 * The first screen's path on the build a deployer serves: the parse worker is started and config.json
 * requested by public/boot.js (before the app's scripts run), the six answers as soon as config is known,
 * and the answers and config are parsed and validated in that worker, so the main thread never loads the
 * schemas.
 */
test('config early, data beside the first render, validation in the worker', async ({ page }) => {
  const errors = collectPageErrors(page);
  const configRequests: string[] = [];
  const order: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    order.push(path);
    if (path === '/config.json') configRequests.push(r.url());
  });
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');

  // One request for config.json: the app took boot.js's answer instead of asking again.
  expect(configRequests).toHaveLength(1);
  // One parse worker, started by boot.js from the page head (config.json, preloaded by the page, is
  // already on its way), up before the answers it checks are asked for, and taken over by the app rather
  // than started a second time.
  expect(page.workers().filter((w) => /parse\.worker/.test(w.url()))).toHaveLength(1);
  const workerAt = order.findIndex((p) => /\/parse\.worker-[\w-]+\.js$/.test(p));
  expect(workerAt).toBeGreaterThanOrEqual(0);
  expect(workerAt).toBeLessThan(order.findIndex((p) => p.startsWith('/api/')));
  expect(order.indexOf('/config.json')).toBeLessThan(workerAt);
  const mainThreadScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  expect(mainThreadScripts.length).toBeGreaterThan(3);
  // The schema modules (zod's set-up and the validators) are the worker's, not the page's.
  expect(mainThreadScripts.filter((n) => /\/(zod-setup|validate|schemas)-[\w-]+\.js$/.test(n))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a bad config.json still names its field when it is checked in the worker', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ mock: { enabled: false }, refreshIntervalSeconds: 'soon' }),
    }),
  );
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByText(/refreshIntervalSeconds/)).toBeVisible();
});

test('a parse worker that cannot load leaves the checking to the main thread', async ({ page }) => {
  const errors = collectPageErrors(page);
  let refused = 0;
  await page.route(/\/parse\.worker-[\w-]+\.js$/, (route) => {
    refused += 1;
    return route.fulfill({ status: 404, body: 'gone' });
  });
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');
  await expect(page.getByTestId('overall-completion')).toHaveText(/^\d+%$/);
  expect(refused).toBeGreaterThan(0);
  // The browser reports the missing script; nothing else goes wrong.
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

/** How many requests were started before the app's code ran, and how many the app left untaken. */
const earlyState = (page: Page) =>
  page.evaluate(() => {
    const count = (name: string) =>
      (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail as number | undefined;
    return { started: count('zerobay:early-requests'), untaken: count('zerobay:early-untaken') };
  });

/**
 * The unconditional requests of each API address (the overview also asks for its compare dates; the polls
 * that revalidate later are conditional, not counted).
 */
function countFirstRequests(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== MOCK_API_URL || r.headers()['if-none-match']) return;
    counts.set(`${url.pathname}${url.search}`, (counts.get(`${url.pathname}${url.search}`) ?? 0) + 1);
  });
  return counts;
}

const SIX = ['plan', 'units', 'tasks', 'indicators', 'work-items', 'projects'].map((p) => `/api/v1/${p}`);

test('the six answers are asked for as soon as config.json is read, once each, and taken by the app', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const counts = countFirstRequests(page);
  await page.goto(`${HTTP_APP_URL}/?asOf=2025-06-30`);
  await expect(page.getByTestId('task-count')).not.toHaveText('—');
  await expect(page.getByTestId('overall-completion')).toHaveText(/^\d+%$/);
  // Started before the app's code ran, every one taken by the app's fetch layer: one request each.
  expect(await earlyState(page)).toEqual({ started: 6, untaken: 0 });
  for (const path of SIX) expect(counts.get(`${path}?asOf=2025-06-30`)).toBe(1);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  expect(errors).toEqual([]);
});

test('an early request that fails is asked again by the app, and the figures are right', async ({ page }) => {
  const errors = collectPageErrors(page);
  const counts = countFirstRequests(page);
  const refused = new Set<string>();
  await page.route(`${MOCK_API_URL}/api/**`, (route) => {
    const url = new URL(route.request().url());
    // The report date's (latest) requests, the ones boot.js starts.
    const path = url.search ? '' : url.pathname;
    if (!path || refused.has(path)) return route.continue();
    refused.add(path);
    return route.abort('connectionreset');
  });
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');
  await expect(page.getByTestId('overall-completion')).toHaveText(/^\d+%$/);
  expect(await earlyState(page)).toEqual({ started: 6, untaken: 0 });
  // Each resource: the early request, reset, then the app's own.
  for (const path of SIX) expect(counts.get(path)).toBe(2);
  // No fault is reported for a request the app made good; the browser logs the reset ones.
  await expect(page.getByText(/network error/)).toHaveCount(0);
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

test('the demo build starts no early request: its API is the in-page mock', async ({ page }) => {
  await page.goto(`${DEMO_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');
  expect((await earlyState(page)).started ?? 0).toBe(0);
});

test('the offline shell is installed once the first screen is drawn, not beside it', async ({
  page,
  context,
}) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // When each of the shell worker's own requests (its precache) was seen, on the wall clock.
  const precache: number[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) precache.push(Date.now());
  });
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');
  await expect(page.getByTestId('chart').first()).toHaveAttribute('data-painted', 'true');
  await expect
    .poll(
      async () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state),
      {
        timeout: 20_000,
      },
    )
    .toBe('activated');
  const at = await page.evaluate(() => ({
    shell: performance.getEntriesByName('zerobay:shell-worker-start')[0]?.startTime ?? null,
    chart: performance.getEntriesByName('zerobay:chart-painted')[0]?.startTime ?? null,
    sw: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/sw.js'))?.startTime ?? null,
    origin: performance.timeOrigin,
  }));
  // The trend (the overview's one chart) drew before any of the shell's precache was fetched.
  expect(at.chart).not.toBeNull();
  expect(precache.length).toBeGreaterThan(50);
  expect(Math.min(...precache)).toBeGreaterThan(at.origin + at.chart!);
  // The install began once the page had sat quiet after it, and nothing of the shell came before: neither
  // the worker's script nor its precache.
  expect(at.shell).toBeGreaterThan(at.chart! + 400);
  expect(at.sw === null || at.sw >= at.shell!).toBe(true);
  expect(Math.min(...precache)).toBeGreaterThanOrEqual(at.origin + at.shell!);
  expect(errors).toEqual([]);
});
