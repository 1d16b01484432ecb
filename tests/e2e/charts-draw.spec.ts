import { expect, test } from '@playwright/test';
import { chartInk, DEMO_URL } from './support';

// Each chart type loads its ECharts parts on demand; an instance made before its parts were registered
// draws only its frame (axes and labels ink well under 10 %). These views' charts must draw their data.
const views: Array<{ path: string; chart: string; min: number }> = [
  { path: '/', chart: '[data-testid="chart"]', min: 0.2 },
  { path: '/big-screen?screen=2', chart: '[data-testid="bs-task-bars"] [data-testid="chart"]', min: 0.2 },
  { path: '/tasks', chart: '[data-testid="task-timeline"] [data-testid="chart"]', min: 0.2 },
  { path: '/functions', chart: '[data-testid="chart"]', min: 0.2 },
  { path: '/programme', chart: '[data-testid="chart"]', min: 0.2 },
];

test.describe('charts draw their data, not only their frame', () => {
  for (const v of views) {
    test(v.path, async ({ page }) => {
      await page.goto(`${DEMO_URL}${v.path}`);
      const chart = page.locator(v.chart).first();
      await chart.scrollIntoViewIfNeeded();
      expect(await chartInk(chart)).toBeGreaterThan(v.min);
    });
  }

  test('a tooltip arrives on the first hover, after the chart drew without it', async ({ page }) => {
    await page.goto(`${DEMO_URL}/`);
    const chart = page.locator('[data-testid="chart"]').first();
    await chart.scrollIntoViewIfNeeded();
    const before = await chartInk(chart);
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 3 });
    await expect(chart.locator('div').filter({ hasText: '任务总体完成' }).last()).toBeVisible();
    // Made again with its tooltip, it still draws all its data.
    expect(await chartInk(chart)).toBeGreaterThan(before * 0.8);
  });
});
