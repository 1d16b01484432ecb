import { expect, test } from '@playwright/test';
import { collectPageErrors, HTTP_APP_URL } from './support';

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
