import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nginxAvailable, NGINX_PATH, startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { copyBuildForApi } from '../../scripts/lib/deploy-copy';
import { ALL_KEPT, readKept } from './kept-store';
import { collectPageErrors, expectedAssessment, expectOverviewNumbers, MOCK_API_URL } from './support';

/*
 * The app shell's service worker on the shipped nginx deployment (deploy/nginx.conf), the build set up for
 * the same-origin API (/api/ proxied to the mock HTTP server, refreshed every 5 s):
 * - a screen that restarts with the server gone and the browser offline starts from the kept shell and
 *   shows its last good data with the stale marker, then recovers by itself when the network is back;
 * - a new build deployed while screens run is taken by the wall at its next rotation, not before, and
 *   offered on an office page with a quiet prompt.
 */
const PORT = Number(process.env.E2E_NGINX_PORT ?? 4176);
const DIST = process.env.E2E_DIST ?? 'dist';
const ROOT = `.tmp/${DIST.replace(/\W+/g, '-')}-offline`;

if (!nginxAvailable() && process.env.CI)
  throw new Error(`${NGINX_PATH} is missing: .ci/run installs nginx-light`);
test.skip(!nginxAvailable(), `${NGINX_PATH} not installed (apt-get install nginx-light)`);

let site: RunningNginx | null = null;
const url = () => `http://127.0.0.1:${PORT}`;

/** A fresh copy of the build, configured as a deployer does for the same-origin API. */
function deploy() {
  copyBuildForApi(DIST, ROOT, { api: { baseUrl: '/api/v1', headers: {} }, refreshIntervalSeconds: 5 });
}
const startSite = async () => {
  site = await startNginx({ port: PORT, root: ROOT, upstream: MOCK_API_URL });
};
const stopSite = async () => {
  await site?.stop();
  site = null;
};

test.afterEach(async () => {
  await stopSite();
  rmSync(ROOT, { recursive: true, force: true });
});

/** Until the shell's worker is active and controls the page (it takes control from the next load on). */
async function untilControlled(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null),
      { timeout: 30_000 },
    )
    .toBe('activated');
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${url()}/sw.js`);
}

/** Marks the running page: a reload clears it. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __same: number }).__same = 1));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { __same?: number }).__same === 1);

async function expectWallFigures(page: Page, onTrack: number, done: number) {
  await expect(page.getByTestId('bs-count-onTrack')).toHaveAttribute('data-value', String(onTrack));
  await expect(page.getByTestId('bs-count-done')).toHaveAttribute('data-value', String(done));
}

const ignorable = (e: string) =>
  !/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e);

test.describe('a screen that restarts with no network', () => {
  test('the wall opens with its last good figures and the stale marker, and recovers without a reload', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    const errors = collectPageErrors(page);
    const { onTrack, done } = (await expectedAssessment(null)).overall!.counts;
    deploy();
    await startSite();
    await page.goto(`${url()}/big-screen?kiosk=1`);
    await expectWallFigures(page, onTrack, done);
    await untilControlled(page);
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL_KEPT);

    // The night's power cut: the server is gone and the screen's network too; the screen restarts.
    await stopSite();
    await context.setOffline(true);
    const started = Date.now();
    await page.reload();
    await expectWallFigures(page, onTrack, done);
    const stale = page.getByTestId('bs-stale');
    await expect(stale).toContainText('数据未能刷新', { timeout: 30_000 });
    await expect(stale).toContainText(/自 \d{2}:\d{2} 起未更新|显示 \d{2}:\d{2} 的数据/);
    console.log(`offline restart: last good figures and stale marker in ${Date.now() - started} ms`);
    await mark(page);

    // Power back: the next refresh brings fresh data, the marker goes, the page was never reloaded.
    await startSite();
    await context.setOffline(false);
    await expect(stale).toHaveCount(0, { timeout: 45_000 });
    await expectWallFigures(page, onTrack, done);
    expect(await marked(page), 'recovered without a reload').toBe(true);
    expect(errors.filter(ignorable)).toEqual([]);
  });

  test('a phone opens the overview offline with its last good numbers marked as not refreshed', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const expected = await expectedAssessment(null);
    deploy();
    await startSite();
    await page.goto(`${url()}/`);
    await expectOverviewNumbers(page, expected);
    await untilControlled(page);
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL_KEPT);

    await stopSite();
    await context.setOffline(true);
    await page.reload();
    await expectOverviewNumbers(page, expected);
    await expect(page.getByTestId('freshness')).toContainText('数据未能更新', { timeout: 30_000 });
    await mark(page);

    await startSite();
    await context.setOffline(false);
    await expect(page.getByTestId('freshness')).not.toContainText('数据未能更新', { timeout: 45_000 });
    // On a phone the header shows a fresh answer's time alone; the sentence is its label.
    await expect(page.getByTestId('freshness')).toHaveAttribute('aria-label', /更新于/);
    await expectOverviewNumbers(page, expected);
    expect(await marked(page), 'recovered without a reload').toBe(true);
    expect(errors.filter(ignorable)).toEqual([]);
    await context.close();
  });
});

/** What a new deployment changes for the worker: index.html (marked here) and, with it, sw.js. */
function deployNextBuild() {
  const index = readFileSync(`${ROOT}/index.html`, 'utf8');
  writeFileSync(
    `${ROOT}/index.html`,
    index.replace('<head>', '<head>\n    <meta name="zerobay-build" content="next" />'),
  );
  const sw = readFileSync(`${ROOT}/sw.js`, 'utf8');
  const next = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next-build"');
  expect(next, 'sw.js lists index.html with its revision').not.toBe(sw);
  writeFileSync(`${ROOT}/sw.js`, next);
}
/** Which build the page runs ("reloading" while it is between the two). */
const buildShown = (page: Page) =>
  page
    .evaluate(() => document.querySelector('meta[name="zerobay-build"]')?.getAttribute('content') ?? 'first')
    .catch(() => 'reloading');
/** Asks for the deployed sw.js now (a page does it hourly and when the network returns), until one waits. */
async function untilUpdateWaits(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect
    .poll(
      () =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null),
      { timeout: 30_000 },
    )
    .toBe('installed');
}

test.describe('a new version, taken at a safe moment', () => {
  // The wall's decision is checked here; the switch itself (the waiting worker taking over, the reload into
  // the new build) is the same call as the office page's button below, proven there. Under Playwright the
  // old worker of a page left running with a new one waiting sometimes stops answering, which stalls the
  // activation in this harness only, so the wall test does not wait on it.
  test('the wall takes the new version at its next rotation, not before', async ({ page }) => {
    test.setTimeout(150_000);
    const errors = collectPageErrors(page);
    const switching: number[] = [];
    page.on('console', (m) => {
      if (m.text().includes('[zerobay] switching to the new version')) switching.push(Date.now());
    });
    deploy();
    await startSite();
    const ROTATE_S = 15;
    await page.goto(`${url()}/big-screen?kiosk=1&rotate=${ROTATE_S}`);
    await untilControlled(page);
    await expect(page.getByTestId('bs-stage')).toBeVisible();
    const shownNow = Date.now();
    await mark(page);

    deployNextBuild();
    await untilUpdateWaits(page);
    // Waiting, mid-screen: the wall goes on showing the old version.
    await page.waitForTimeout(2000);
    expect(Date.now() - shownNow, 'still before the rotation').toBeLessThan(ROTATE_S * 1000);
    expect(switching, 'no switch before the rotation').toEqual([]);
    expect(await marked(page), 'no reload before the rotation').toBe(true);
    expect(await buildShown(page)).toBe('first');

    await expect.poll(() => switching.length, { timeout: 30_000 }).toBe(1);
    expect(switching[0]! - shownNow, 'switched at the rotation').toBeGreaterThanOrEqual(
      ROTATE_S * 1000 - 1500,
    );
    expect(errors.filter(ignorable)).toEqual([]);
  });

  test('an office page offers the new version quietly and takes it on the button', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    deploy();
    await startSite();
    await page.goto(`${url()}/tasks`);
    await untilControlled(page);
    await mark(page);
    deployNextBuild();
    await untilUpdateWaits(page);
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('新版本可用');
    expect(await marked(page), 'offered, not forced').toBe(true);
    await prompt.getByRole('button', { name: '更新' }).click();
    await expect.poll(() => buildShown(page), { timeout: 30_000 }).toBe('next');
    await expect(page).toHaveURL(`${url()}/tasks`);
    await expect(prompt).toHaveCount(0);
    expect(errors.filter(ignorable)).toEqual([]);
  });
});
