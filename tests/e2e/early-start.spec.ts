import { expect, test } from '@playwright/test';
import { collectPageErrors, HTTP_APP_URL } from './support';

/*
 * The first screen's path on the build a deployer serves: config.json is requested by public/boot.js
 * (before the app's scripts run), the six answers as soon as config is known, and the answers and config
 * are parsed and validated in the parse worker, so the main thread never loads the schemas.
 */
test('config early, data beside the first render, validation in the worker', async ({ page }) => {
  const errors = collectPageErrors(page);
  const configRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/config.json') configRequests.push(r.url());
  });
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId('task-count')).toHaveText('15');

  // One request for config.json: the app took boot.js's answer instead of asking again.
  expect(configRequests).toHaveLength(1);
  expect(page.workers().map((w) => w.url()).some((u) => /parse\.worker/.test(u))).toBe(true);
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
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ refreshIntervalSeconds: 'soon' }) }),
  );
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByText(/refreshIntervalSeconds/)).toBeVisible();
});
