import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { DEMO_URL, HTTP_APP_URL } from './support';

/*
 * Boot never ends in a dead screen, and no link makes a deployment show demo figures. config.json is
 * served by the preview server; the faults are the browser's own (route): an error status, a reset
 * connection, a request that never answers. The screen says what it waits for and comes up by itself.
 */

const SHOTS = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Fails the first `times` requests for config.json with `fail`, then lets them through. */
async function failConfig(page: Page, times: number, fail: (route: Route) => Promise<void>) {
  let seen = 0;
  await page.route('**/config.json', async (route) => {
    seen += 1;
    if (seen <= times) return fail(route);
    return route.continue();
  });
  return () => seen;
}

const waiting = (page: Page) => page.getByTestId('boot-wait');

test.describe('config.json at boot', () => {
  test('a 502 is waited out: the screen says what it waits for, then the app comes up without a reload', async ({
    page,
  }) => {
    const seen = await failConfig(page, 2, (r) => r.fulfill({ status: 502, body: 'Bad Gateway' }));
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(waiting(page)).toContainText('正在等待配置文件 config.json');
    await expect(waiting(page)).toContainText('Waiting for the configuration');
    await expect(waiting(page)).toContainText('HTTP 502');
    await expect(page.getByTestId('boot-wait-retry')).toContainText(/已尝试 \d 次，\d+ 秒后重试/);
    await shot(page, 'boot-wait-502');
    await expect(page.getByTestId('task-count')).toHaveText('15', { timeout: 30_000 });
    await expect(waiting(page)).toHaveCount(0);
    expect(seen()).toBe(3);
  });

  test('a reset connection is waited out the same way', async ({ page }) => {
    await failConfig(page, 1, (r) => r.abort('connectionreset'));
    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1`);
    await expect(waiting(page)).toContainText('could not load');
    await expect(page.getByTestId('bs-count-onTrack')).toBeVisible({ timeout: 30_000 });
  });

  test('a request that never answers is given up after its time limit and tried again', async ({ page }) => {
    test.setTimeout(90_000);
    await failConfig(page, 1, () => new Promise<void>(() => {}));
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(waiting(page)).toContainText(/no answer within 10 s/, { timeout: 20_000 });
    await expect(page.getByTestId('task-count')).toHaveText('15', { timeout: 30_000 });
  });

  test('the daily reload still runs from the waiting screen', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-02T03:59:30+08:00') });
    await page.route('**/config.json', (r) => r.fulfill({ status: 502, body: 'Bad Gateway' }));
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1&reloadAt=04:00`);
    await expect(waiting(page)).toBeVisible();
    expect(loads).toBe(1);
    await page.clock.runFor(45_000);
    await expect.poll(() => loads).toBeGreaterThanOrEqual(2);
  });

  test('an invalid config.json (a misspelt key) is an error that is retried, never ignored', async ({
    page,
  }) => {
    await page.route('**/config.json', (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ Mock: { enabled: false }, mock: { enabled: false } }),
      }),
    );
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(waiting(page)).toContainText('Mock');
    await expect(page.getByTestId('boot-wait-retry')).toBeVisible();
  });
});

test.describe('demo data only when the config asks for it', () => {
  test('a link to a same-site JSON Schema as config shows no demo figures', async ({ page }) => {
    const apiRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/v1\//.test(r.url())) apiRequests.push(r.url());
    });
    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1&config=/schema/tasks.schema.json`);
    await expect(waiting(page)).toContainText(/unrecognized key|mock/i);
    await expect(page.getByTestId('bs-count-onTrack')).toHaveCount(0);
    await expect(page.getByTestId('demo-mark')).toHaveCount(0);
    expect(apiRequests).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(
      0,
    );
  });

  test('a config without "mock", or a missing config.json, is an error, not the demo', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/no-mock.json',
      (r) =>
        r.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{ "api": { "baseUrl": "/api/v1" } }',
        }),
    );
    await page.goto(`${HTTP_APP_URL}/?config=/no-mock.json`);
    await expect(waiting(page)).toContainText(/mock/);
    await expect(page.getByTestId('demo-mark')).toHaveCount(0);

    await page.route('**/config.json', (r) => r.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(waiting(page)).toContainText('HTTP 404');
    await expect(page.getByTestId('demo-mark')).toHaveCount(0);
  });

  test('mock scenarios from the URL do nothing outside a demo config', async ({ page }) => {
    await page.goto(`${HTTP_APP_URL}/?mockScenario=scale&mockScale=3`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect(page.getByTestId('demo-mark')).toHaveCount(0);
  });

  test('the demo build marks every view as demo data, the wall included', async ({ page }) => {
    for (const path of ['/', '/tasks', '/big-screen?kiosk=1', '/data-health']) {
      await page.goto(`${DEMO_URL}${path}`);
      await expect(page.getByTestId('demo-mark'), path).toHaveText('演示数据 · Demo data');
    }
    await page.goto(`${DEMO_URL}/big-screen?kiosk=1`);
    await expect(page.getByTestId('bs-count-onTrack')).toBeVisible();
    await shot(page, 'demo-mark-wall');
    await page.goto(`${DEMO_URL}/`);
    await expect(page.getByTestId('task-count')).toBeVisible();
    await shot(page, 'demo-mark-overview');
  });
});

test.describe('?config= and redirects', () => {
  let other: Server;
  let otherOrigin: string;
  test.beforeAll(async () => {
    // Another site, willing to be read from anywhere: a config that would point the wall elsewhere.
    other = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify({ mock: { enabled: false }, api: { baseUrl: `http://elsewhere.invalid/api` } }));
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  test('a same-site URL that redirects to another origin is refused', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/redirect',
      (r) => r.fulfill({ status: 302, headers: { location: `${otherOrigin}/config.json` } }),
    );
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('elsewhere.invalid')) elsewhere.push(r.url());
    });
    await page.goto(`${HTTP_APP_URL}/?config=/redirect?to=other`);
    await expect(waiting(page)).toContainText(`redirected to another site (${otherOrigin})`);
    expect(elsewhere).toEqual([]);
  });
});
