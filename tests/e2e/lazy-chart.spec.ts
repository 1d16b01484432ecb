import { expect, test, type Page } from '@playwright/test';
import { chartInk, collectPageErrors, HTTP_APP_URL } from './support';

/*
 * The overview's trend is at the foot of the page. On a phone (one column) it is three screens down: its
 * ECharts code is neither fetched nor run until it comes within a screen of view. On a desktop or a wall
 * (columns) it is within a screen of the top and draws at load, as before.
 */
const chartScripts = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    // Vite names a chunk `name-<8 character hash>.js`.
    if (/\/(echarts|echarts-shared|line|legend|grid)-[\w-]{8}\.js$/.test(path)) seen.push(path);
  });
  return seen;
};

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the trend loads and draws only when it comes near', async ({ page }) => {
    const errors = collectPageErrors(page);
    const scripts = chartScripts(page);
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    const chart = page.getByTestId('trend').getByTestId('chart');
    // Long enough for the chart code to have been fetched and drawn, had it been asked for.
    await page.waitForTimeout(1500);
    expect(scripts).toEqual([]);
    await expect(chart).not.toHaveAttribute('data-painted', 'true');

    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-painted', 'true');
    expect(scripts.some((s) => /\/echarts-shared-/.test(s))).toBe(true);
    expect(await chartInk(chart)).toBeGreaterThan(0.2);
    expect(errors).toEqual([]);
  });
});

test.describe('desktop, 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the trend draws at load, without scrolling', async ({ page }) => {
    const scripts = chartScripts(page);
    await page.goto(`${HTTP_APP_URL}/`);
    const chart = page.getByTestId('trend').getByTestId('chart');
    await expect(chart).toHaveAttribute('data-painted', 'true');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(scripts.some((s) => /\/echarts-shared-/.test(s))).toBe(true);
  });
});
