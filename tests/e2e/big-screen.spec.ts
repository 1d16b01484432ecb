import { expect, test, type Page } from '@playwright/test';
import type { PlanAssessment } from '../../src/domain/metrics';
import {
  collectPageErrors,
  DEMO_URL,
  expectedAssessment,
  HTTP_APP_URL,
  pct,
  seriousAxeViolations,
  setMockScenario,
} from './support';

const stage = (page: Page) => page.getByTestId('bs-stage');
const ready = (page: Page) => expect(page.locator('[data-testid^="bs-screen-"]')).toBeVisible();

async function expectHeadline(page: Page, a: PlanAssessment) {
  const c = a.overall!.counts;
  await expect(page.getByTestId('bs-count-onTrack')).toHaveAttribute('data-value', String(c.onTrack));
  await expect(page.getByTestId('bs-count-behind')).toHaveAttribute(
    'data-value',
    String(c.lagging + c.overdue + c.missed),
  );
  await expect(page.getByTestId('bs-count-done')).toHaveAttribute('data-value', String(c.done));
  await expect(page.getByTestId('bs-count-met')).toHaveAttribute(
    'data-value',
    String(a.indicatorsOverall!.met),
  );
  await expect(page.getByTestId('bs-count-onTrack')).toContainText(String(c.onTrack));
  for (const f of a.byFunction!)
    await expect(page.getByTestId(`bs-fn-${f.key}-progress`)).toHaveText(pct(f.meanProgress));
  for (const { task, a: t } of a.tasks)
    await expect(page.getByTestId(`bs-cell-${task.id}`)).toHaveAttribute('data-status', t.status);
}

/** Opens the wall at `url` and checks its headline against the metrics at `asOf`, which it returns. */
async function openWall(page: Page, url: string, asOf: string | null = null): Promise<PlanAssessment> {
  await page.goto(url);
  await ready(page);
  const a = await expectedAssessment(asOf);
  await expectHeadline(page, a);
  return a;
}

test.describe('big screen', () => {
  test('shows the numbers the metrics compute, with as-of date, freshness and the year’s targets', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const a = await openWall(page, `${DEMO_URL}/big-screen`);
    await expect(page.getByTestId('bs-as-of')).toHaveText('数据截至 2025年12月31日');
    await expect(page.getByTestId('bs-fresh')).toHaveText(/^更新于 \d{2}:\d{2}$/);
    await expect(page.getByTestId('bs-clock')).toContainText(/\d{2}:\d{2}/);
    // The strip judges the same year and date as the cards above it (a 2021 strip under 2025 cards gave
    // 新增上市企业 7/6 已达成 beside 3/4 落后).
    const strip = page.getByTestId('bs-targets');
    await expect(strip).toContainText('2025年目标');
    await expect(strip).toContainText('2025年12月31日');
    const g = a.indicators.find((x) => x.indicator.id === 'IND-GIANT')!.a;
    await expect(page.getByTestId('bs-target-IND-GIANT').getByTestId('bs-target-actual')).toHaveText(
      String(g.actual),
    );
    await expect(page.getByTestId('bs-target-IND-GIANT').getByTestId('bs-target-attainment')).toHaveText(
      pct(g.attainment!),
    );
    // The lagging list names the worst first, with its lead unit.
    const first = page.getByTestId('bs-attention-item').first();
    await expect(first).toContainText('优化紫竹区域的产业配套和滨江休闲配套');
    await expect(first).toContainText('紫竹高新区');
    expect(errors).toEqual([]);
  });

  test('an earlier date from the URL', async ({ page }) => {
    await openWall(page, `${DEMO_URL}/big-screen?asOf=2021-06-30`, '2021-06-30');
    await expect(page.getByTestId('bs-as-of')).toHaveText('数据截至 2021年6月30日');
    await expect(page.getByTestId('bs-target-IND-GIANT').getByTestId('bs-target-actual')).toHaveText('12');
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
    [3840, 2160],
    // 32:9, 48:9 and portrait walls have canvases of their own: wall-canvas.spec.ts.
  ] as const) {
    for (const fit of ['fit', 'fill'] as const) {
      test(`fills ${width}×${height} in ${fit} mode with no scrollbars and nothing cut`, async ({ page }) => {
        const errors = collectPageErrors(page);
        await page.setViewportSize({ width, height });
        await page.goto(`${DEMO_URL}/big-screen?fit=${fit}`);
        await ready(page);
        await expect(page.locator('.bs-fn canvas')).toHaveCount(3);
        const m = await page.evaluate(() => {
          const s = document.querySelector('[data-testid="bs-stage"]')!;
          const r = s.getBoundingClientRect();
          const body = s.querySelector('.bs-body')!;
          return {
            scrollW: document.documentElement.scrollWidth,
            scrollH: document.documentElement.scrollHeight,
            stage: { x: r.x, y: r.y, w: r.width, h: r.height },
            stageOverflow: s.scrollHeight - s.clientHeight,
            bodyOverflow: body.scrollHeight - body.clientHeight,
            rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
          };
        });
        expect(m.scrollW).toBeLessThanOrEqual(width);
        expect(m.scrollH).toBeLessThanOrEqual(height);
        expect(m.stageOverflow).toBeLessThanOrEqual(1);
        expect(m.bodyOverflow).toBeLessThanOrEqual(1);
        const scale = Math.min(width / 1920, height / 1080);
        expect(m.rootFont).toBeCloseTo(16 * scale, 1);
        if (fit === 'fill') {
          expect(m.stage).toEqual({ x: 0, y: 0, w: width, h: height });
        } else {
          // Letterboxed: the whole 16:9 design, centred, touching two edges.
          expect(m.stage.w).toBeCloseTo(1920 * scale, 0);
          expect(m.stage.h).toBeCloseTo(1080 * scale, 0);
          expect(m.stage.x).toBeCloseTo((width - 1920 * scale) / 2, 0);
          expect(m.stage.y).toBeCloseTo((height - 1080 * scale) / 2, 0);
        }
        expect(errors).toEqual([]);
      });
    }
  }

  test('at 3840×2160 charts are drawn at the screen’s pixel density, not scaled up', async ({ page }) => {
    const measure = async (w: number, h: number) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${DEMO_URL}/big-screen?screen=2`);
      await ready(page);
      const canvas = page.getByTestId('bs-task-bars').locator('canvas').first();
      await expect(canvas).toBeVisible();
      return canvas.evaluate((c: HTMLCanvasElement) => ({
        backing: c.width,
        css: c.getBoundingClientRect().width,
        dpr: window.devicePixelRatio,
      }));
    };
    const hd = await measure(1920, 1080);
    const uhd = await measure(3840, 2160);
    // Backing store at least CSS size × devicePixelRatio: one canvas pixel per screen pixel.
    expect(uhd.backing).toBeGreaterThanOrEqual(Math.floor(uhd.css * uhd.dpr));
    // And the chart really is twice as large at 4K (laid out at 4K, not a 1080p bitmap blown up).
    expect(uhd.css).toBeGreaterThan(hd.css * 1.95);
    expect(uhd.backing).toBeGreaterThanOrEqual(hd.backing * 1.95);
    // Every canvas on every screen.
    for (const screen of [1, 2, 3]) {
      await page.goto(`${DEMO_URL}/big-screen?screen=${screen}`);
      await ready(page);
      await expect(page.locator('canvas').first()).toBeVisible();
      const canvases = await page
        .locator('canvas')
        .evaluateAll((cs) =>
          (cs as HTMLCanvasElement[]).map(
            (c) => c.width / (c.getBoundingClientRect().width * window.devicePixelRatio),
          ),
        );
      expect(canvases.length).toBeGreaterThan(0);
      for (const ratio of canvases) expect(ratio).toBeGreaterThanOrEqual(0.99);
    }
  });

  test('at 4K a tooltip shows the row under the pointer', async ({ page }) => {
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.goto(`${DEMO_URL}/big-screen?screen=2`);
    await ready(page);
    const a = await expectedAssessment(null);
    const chart = page.getByTestId('bs-task-bars').getByTestId('chart');
    await expect(chart.locator('canvas')).toBeVisible();
    await expect(chart).toHaveAttribute('data-painted', 'true');
    await page.waitForTimeout(700);
    const box = (await chart.boundingBox())!;
    const rem = 32;
    // Grid: 8 design px top, 8 bottom, then the x-axis labels (≈ 14 px text + 8 margin); 15 rows between.
    const top = box.y + (8 * rem) / 16;
    const plotH = box.height - (8 * rem) / 16 - (8 * rem) / 16 - (24 * rem) / 16;
    const rowH = plotH / 15;
    for (const order of [1, 8, 15]) {
      const task = a.tasks.find((x) => x.task.order === order)!.task;
      await page.mouse.move(box.x + box.width * 0.75, top + rowH * (order - 0.5), { steps: 4 });
      // ECharts puts its tooltip inside the chart element; the bold first line is the task under the pointer.
      await expect(chart.locator('div > b')).toHaveText(new RegExp(`^${order} ${task.name}`));
    }
  });

  test('rotates with ?rotate=2, ← → move, space pauses', async ({ page }) => {
    await page.goto(`${DEMO_URL}/big-screen?rotate=2&idle=60`);
    await ready(page);
    await expect(stage(page)).toHaveAttribute('data-screen-index', '0');
    await expect(stage(page)).toHaveAttribute('data-screen-index', '1', { timeout: 4000 });
    await expect(stage(page)).toHaveAttribute('data-screen', 'tasks');
    await expect(stage(page)).toHaveAttribute('data-screen-index', '2', { timeout: 4000 });
    // Left from the first screen wraps to the last, whatever the length of the playlist.
    const last = String((await page.locator('[data-testid^="bs-tab-"]').count()) - 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(stage(page)).toHaveAttribute('data-screen-index', '0');
    await page.keyboard.press('ArrowLeft');
    await expect(stage(page)).toHaveAttribute('data-screen-index', last);
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-screen-index', '0');
    // A key press is someone at the screen: it holds (idle=60) rather than rotating on.
    await page.waitForTimeout(2600);
    await expect(stage(page)).toHaveAttribute('data-screen-index', '0');
    await expect(page.getByTestId('bs-paused')).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByTestId('bs-paused')).toContainText('已暂停');
    await page.keyboard.press(' ');
    await expect(page.getByTestId('bs-paused')).toHaveCount(0);
  });

  test('?screen=3 picks a screen and the tabs switch screens', async ({ page }) => {
    await page.goto(`${DEMO_URL}/big-screen?screen=3`);
    await expect(page.getByTestId('bs-screen-indicators')).toBeVisible();
    const a = await expectedAssessment(null);
    for (const { indicator } of a.indicators)
      await expect(page.getByTestId(`bs-ind-${indicator.id}`)).toBeVisible();
    await page.getByTestId('bs-tab-tasks').click();
    await expect(page.getByTestId('bs-screen-tasks')).toBeVisible();
  });

  test('kiosk mode hides the controls and Esc leaves it, keeping the rest of the URL', async ({ page }) => {
    await page.goto(`${DEMO_URL}/big-screen?kiosk=1&rotate=30`);
    await ready(page);
    await expect(page.getByRole('toolbar')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/big-screen\?rotate=30$/);
    await expect(page.getByRole('toolbar')).toBeVisible();
  });

  test('?reloadAt reloads once at that local time and keeps the URL', async ({ page }) => {
    // The browser runs in Asia/Shanghai (playwright.config.ts), so 03:59 there.
    await page.clock.install({ time: new Date('2026-03-10T03:59:00+08:00') });
    await page.goto(`${DEMO_URL}/big-screen?reloadAt=04:00&screen=2`);
    await ready(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.clock.fastForward('00:30');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    const reloaded = page.waitForEvent('framenavigated');
    await page.clock.fastForward('00:45');
    await reloaded;
    await ready(page);
    await expect(page).toHaveURL(/\/big-screen\?reloadAt=04:00&screen=2$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`axe finds no serious or critical violations (${theme})`, async ({ page }) => {
      await page.goto(`${DEMO_URL}/big-screen?theme=${theme}`);
      await ready(page);
      await page.waitForTimeout(800);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

// The HTTP build refreshes every 5 s against the mock server, whose scenario can be switched live.
test.describe('big screen against a backend that goes away', () => {
  test.afterEach(async () => setMockScenario(null));

  test('an outage shows the stale warning with the last good data, and it clears by itself', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const a = await openWall(page, `${HTTP_APP_URL}/big-screen`);
    await expect(page.getByTestId('bs-fresh')).toContainText('更新于');

    await setMockScenario('serverError', 'tasks');
    const stale = page.getByTestId('bs-stale');
    await expect(stale).toContainText('数据未能刷新', { timeout: 30_000 });
    // Under a minute old it names the time only: "stale" and "just now" never together.
    await expect(stale).toContainText(/自 \d{2}:\d{2} 起未更新|显示 \d{2}:\d{2} 的数据/);
    await expectHeadline(page, a);

    await setMockScenario(null);
    await expect(stale).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByTestId('bs-fresh')).toContainText('更新于');
    await expectHeadline(page, a);
    // The 500s the outage produced are the only console errors.
    expect(errors.filter((e) => !/500|Failed to load resource/.test(e))).toEqual([]);
  });
});
