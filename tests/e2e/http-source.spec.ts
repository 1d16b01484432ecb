import { expect, test } from '@playwright/test';
import {
  collectPageErrors,
  expectedAssessment,
  expectOverviewNumbers,
  HTTP_APP_URL,
  MOCK_API_URL,
  setMockScenario,
} from './support';

// The same build, pointed by config.json at `npm run mock:server` over real HTTP (refresh every 5 s, timeout 4 s).
test.describe('HTTP source: the built app against the mock API server', () => {
  test.afterEach(async () => setMockScenario(null));

  test('shows the same numbers over real HTTP, with no mock service worker', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${HTTP_APP_URL}/`);
    await expectOverviewNumbers(page, await expectedAssessment(null));
    await expect(page.getByTestId('data-health')).toContainText(`${MOCK_API_URL}/api/v1`);
    // No mock worker: the page is controlled by the app shell's worker once it has installed, or by none.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? 'none')).toMatch(
      /^(none|.*\/sw\.js)$/,
    );
    expect(errors).toEqual([]);
  });

  test('an outage keeps the last good data with its age, and recovers by itself', async ({ page }) => {
    await page.goto(`${HTTP_APP_URL}/`);
    const expected = await expectedAssessment(null);
    await expectOverviewNumbers(page, expected);

    await setMockScenario('serverError', 'tasks');
    const alert = page.getByTestId('error-tasks');
    await expect(alert).toContainText('server answered 500', { timeout: 30_000 });
    await expect(alert).toContainText('/api/v1/tasks');
    await expect(page.getByTestId('freshness')).toContainText('数据未能更新');
    // The last good numbers are still on screen.
    await expectOverviewNumbers(page, expected);

    await setMockScenario(null);
    await expect(alert).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByTestId('freshness')).toContainText('更新于');
  });

  test('a screen restarted during an outage shows the last good data with its age', async ({ page }) => {
    await page.goto(`${HTTP_APP_URL}/`);
    const expected = await expectedAssessment(null);
    await expectOverviewNumbers(page, expected);
    await page.waitForTimeout(2500); // the cache is written at most every 2 s
    await setMockScenario('serverError');
    await page.reload();
    await expectOverviewNumbers(page, expected);
    await expect(page.getByTestId('freshness')).toContainText('数据未能更新', { timeout: 30_000 });
    await expect(page.getByTestId('error-tasks')).toContainText('server answered 500');
    await setMockScenario(null);
    await expect(page.getByTestId('freshness')).toContainText('更新于', { timeout: 30_000 });
  });

  test('a request that never answers times out with a message naming the resource', async ({ page }) => {
    await setMockScenario('hang', 'indicators');
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('error-indicators')).toContainText('no answer within 4 s', {
      timeout: 30_000,
    });
    // The other resources still load: the task figures show.
    await expect(page.getByTestId('task-count')).toHaveText('15');
  });
});
