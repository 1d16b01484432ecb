import { expect, test, type Page } from '@playwright/test';
import { diffAssessments, needsAttention } from '../../src/domain/metrics';
import {
  collectPageErrors,
  DEMO_URL,
  expectedAssessment,
  expectOverviewNumbers,
  HTTP_APP_URL,
  presetUi,
  seriousAxeViolations,
} from './support';

test.describe('demo build: the in-browser mock, no backend', () => {
  test('before the app starts, a loading shell in the saved theme, never a blank page', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await presetUi(page, { theme: 'light', lang: 'zh' });
    await page.goto(`${DEMO_URL}/`);
    await expect(page.locator('.boot-shell')).toContainText('大零号湾全球创新创业集聚区建设监测');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.goto(`${DEMO_URL}/?theme=dark`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('shows the headline numbers the metrics compute, with no console errors', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/`);
    const expected = await expectedAssessment(null);
    await expectOverviewNumbers(page, expected);
    await expect(page.getByTestId('as-of')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(page.getByTestId('data-health')).toContainText('内置模拟数据');
    await expect(page.getByTestId('chart').locator('canvas')).toHaveCount(1);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the as-of date lives in the URL and the URL restores it', async ({ page }) => {
    await page.goto(`${DEMO_URL}/`);
    await page.getByTestId('as-of-input').fill('2021-06-30');
    await expect(page).toHaveURL(/asOf=2021-06-30/);
    await expect(page.getByTestId('as-of')).toHaveText('2021年6月30日');
    await expectOverviewNumbers(page, await expectedAssessment('2021-06-30'));

    await page.goto(`${DEMO_URL}/?asOf=2023-12-31`);
    await expect(page.getByTestId('as-of')).toHaveText('2023年12月31日');
    await expectOverviewNumbers(page, await expectedAssessment('2023-12-31'));
  });

  test('shows what changed since the compare date, and the indicators furthest behind', async ({ page }) => {
    await page.goto(`${DEMO_URL}/?asOf=2021-12-31&compare=2021-06-30`);
    const diff = diffAssessments(
      await expectedAssessment('2021-06-30'),
      await expectedAssessment('2021-12-31'),
    );
    const changes = page.getByTestId('changes');
    await expect(changes.getByRole('heading')).toContainText('2021年6月30日');
    await expect(page.getByTestId('changes-newly-done')).toContainText(String(diff.summary.newlyDone));
    await expect(page.getByTestId('changes-newly-behind')).toContainText(String(diff.summary.newlyBehind));
    await expect(page.getByTestId('compare-input')).toHaveValue('2021-06-30');
    const latest = await expectedAssessment(null);
    await page.goto(`${DEMO_URL}/`);
    // Counted once the figures are on screen: before, an empty list would pass for "none behind".
    await expect(page.getByTestId('task-count')).toHaveText('15');
    // Missed targets first: at the latest date several of 2025's yearly targets have ended short.
    const behind = latest.indicators.filter((x) => needsAttention(x.a.status));
    const shown = page.getByTestId('indicator-behind');
    await expect(shown).toHaveCount(Math.min(5, behind.length));
    const ids = new Set(behind.map((x) => x.indicator.id));
    for (const href of await shown
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
      expect(ids.has(href.replace(/^.*\/indicators\//, ''))).toBe(true);
  });

  test('kiosk mode hides the chrome and Escape brings it back', async ({ page }) => {
    await page.goto(`${DEMO_URL}/?kiosk=1`);
    await expect(page.getByTestId('task-count')).toBeVisible();
    await expect(page.getByTestId('lang-toggle')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('lang-toggle')).toBeVisible();
    await expect(page).not.toHaveURL(/kiosk=1/);
  });

  test('switches to English and to the light theme', async ({ page }) => {
    await page.goto(`${DEMO_URL}/`);
    await expect(page.getByTestId('task-count')).toBeVisible();
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByRole('heading', { name: 'Three core functions' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('heading', { name: 'Three core functions' })).toBeVisible();
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`axe finds no serious or critical violations (${theme})`, async ({ page }) => {
      await presetUi(page, { theme: theme, lang: 'zh' });
      await page.goto(`${DEMO_URL}/`);
      await expect(page.getByTestId('task-count')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
    { width: 3840, height: 2160 },
  ]) {
    test(`renders at ${viewport.width}×${viewport.height} without horizontal scrolling`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.setViewportSize(viewport);
      await page.goto(`${DEMO_URL}/`);
      await expect(page.getByTestId('task-count')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }
});

/*
 * Nothing on the first screen moves when the answers arrive: the header and the data-health line keep
 * their height from "加载中…" / "—" to "更新于 09:06" / "2025年12月31日". Measured on both builds, whose
 * data-health lines differ (a URL, or "内置模拟数据"): over HTTP the answers are held back and then let
 * through; in the demo build a page whose mock never answers gives the loading state.
 */
test.describe('layout stability while the overview loads', () => {
  const heights = (page: Page) =>
    page.evaluate(() =>
      ['.app-header', '.data-health'].map((s) =>
        Math.round(document.querySelector(s)!.getBoundingClientRect().height),
      ),
    );
  const sizes = [
    [390, 844],
    [412, 823],
    [1366, 768],
  ] as const;
  for (const lang of ['zh', 'en'] as const) {
    for (const [width, height] of sizes) {
      test(`HTTP build, ${lang} at ${width}×${height}: header and data-health keep their height`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await presetUi(page, { theme: 'dark', lang: lang });
        // The answers are held until the loading state is measured, however long a busy machine takes to
        // show it: the API's time limit (4 s in this build) is lifted so that a held request never fails.
        await page.route('**/config.json', async (route) => {
          const config = await (await route.fetch()).json();
          await route.fulfill({ json: { ...config, api: { ...config.api, timeoutMs: 120_000 } } });
        });
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        await page.route(/\/api\/v1\//, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${HTTP_APP_URL}/`);
        await expect(page.getByTestId('data-health')).toBeVisible();
        const loading = await heights(page);
        release();
        await expect(page.getByTestId('task-count')).toHaveText('15');
        await expect(page.getByTestId('freshness')).toBeVisible();
        expect(await heights(page)).toEqual(loading);
      });

      test(`demo build, ${lang} at ${width}×${height}: header and data-health keep their height`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await presetUi(page, { theme: 'dark', lang: lang });
        await page.goto(`${DEMO_URL}/?mockScenario=hang`);
        await expect(page.getByTestId('data-health')).toBeVisible();
        // Loading: the line says so (the routine row counts are on /data-health, not here).
        await expect(page.locator('.updated-at')).toHaveText(/加载中|loading/);
        const loading = await heights(page);
        await page.goto(`${DEMO_URL}/`);
        await expect(page.getByTestId('task-count')).toHaveText('15');
        await expect(page.getByTestId('freshness')).toBeVisible();
        expect(await heights(page)).toEqual(loading);
      });
    }
  }
});
