import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zh } from '../../src/lib/i18n/zh';
import { expectedAssessment, HTTP_APP_URL, setMockScenario } from './support';

// Missing is never zero: with any one of the six resources failing, before any good answer or after one,
// no view, summary or printed PDF says "0 tasks", "nothing lagging" or "just now" from data that is not
// there; each says "—" and why, in words, and keeps the raw HTTP text behind a disclosure.

const RESOURCES = ['plan', 'units', 'tasks', 'indicators', 'workItems', 'projects'] as const;
const ZH_NAME: Record<(typeof RESOURCES)[number], string> = zh.health.resource;
/** What the views would say if they counted nothing as a fact. */
const ALL_CLEAR = [
  '没有滞后或逾期的任务',
  '没有滞后、逾期或需关注的任务',
  '暂无滞后或需关注的任务',
  '没有状态变化',
  '任务状态无变化',
  '0项任务',
  '0 项任务',
  '没有落后的指标',
];

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'honest-'));
  const file = join(dir, 'b.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function visibleText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/\s+/g, '');
}

const missingOnly = (r: string) => ['tasks', 'indicators'].includes(r);

async function checkViews(page: Page, resource: (typeof RESOURCES)[number], kept: boolean) {
  const name = ZH_NAME[resource];
  const cause = kept
    ? new RegExp(`${name}数据未能更新，显示\\s*\\d\\d:\\d\\d\\s*的数据`)
    : `${name}数据不可用`;

  // Overview: the cause in words, no raw HTTP text on screen, no zero or all-clear made of missing rows.
  await page.goto(`${HTTP_APP_URL}/`);
  await expect(page.getByTestId(`error-${resource}`)).toBeVisible({ timeout: 20_000 });
  let text = await visibleText(page);
  expect(text).toMatch(cause);
  expect(text).not.toMatch(/server answered|HTTP 500|Internal Server Error/);
  const freshness = page.getByTestId('freshness');
  await expect(freshness).not.toContainText('更新于');
  await expect(freshness).not.toContainText('刚刚');
  if (!kept && missingOnly(resource)) {
    for (const phrase of ALL_CLEAR) expect(text).not.toContain(phrase);
    if (resource === 'tasks') {
      await expect(page.getByTestId('task-count')).toContainText('—');
      expect(text).not.toMatch(/差距[+−-]?0个百分点/);
    }
  }

  // Briefing: the written summary and the PDF carry the warning; no all-clear from missing rows.
  await page.goto(`${HTTP_APP_URL}/briefing`);
  await expect(page.getByTestId('summary-tasks')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('briefing-warning')).toBeVisible();
  await expect(page.getByTestId('briefing-warning')).toContainText(typeof cause === 'string' ? cause : name);
  const summary = (await page.getByTestId('briefing-summary').innerText()).replace(/\s+/g, '');
  const pdf = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf).toMatch(cause);
  if (!kept && missingOnly(resource)) {
    for (const phrase of ALL_CLEAR) {
      expect(summary).not.toContain(phrase);
      expect(pdf).not.toContain(phrase);
    }
    expect(pdf).toContain(`${name}数据不可用`);
  }

  // The wall: the cause in a band readable across the room; tiles read "—", never 0.
  await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1`);
  await expect(page.getByTestId('bs-causes')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('bs-causes')).toContainText(typeof cause === 'string' ? cause : name);
  const band = await page
    .getByTestId('bs-causes')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(band).toBeGreaterThanOrEqual(20);
  await expect(page.getByTestId('bs-stale')).toBeVisible();
  await expect(page.getByTestId('bs-stale')).not.toContainText('刚刚');
  text = await visibleText(page);
  if (!kept && resource === 'tasks') {
    for (const id of ['onTrack', 'watch', 'behind', 'done'])
      await expect(page.getByTestId(`bs-count-${id}`)).toHaveAttribute('data-value', 'missing');
    for (const phrase of ALL_CLEAR) expect(text).not.toContain(phrase);
  }
  if (!kept && resource === 'indicators')
    await expect(page.getByTestId('bs-count-met')).toHaveAttribute('data-value', 'missing');
}

test.describe('missing is never zero', () => {
  test.afterEach(async () => setMockScenario(null));

  for (const resource of RESOURCES) {
    test(`${resource} failing with no good answer yet: "—" and a plain cause in every view and the PDF`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await setMockScenario('serverError', resource);
      await checkViews(page, resource, false);
    });

    test(`${resource} failing after a good answer: the kept data with its time, never "just now"`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.goto(`${HTTP_APP_URL}/`);
      await expect(page.getByTestId('freshness')).toContainText('更新于', { timeout: 20_000 });
      await setMockScenario('serverError', resource);
      // The app's own refresh (5 s) meets the fault; the page keeps its cache between views.
      await expect(page.getByTestId('freshness')).toContainText('数据未能更新', { timeout: 20_000 });
      await page.evaluate(() => history.pushState({}, '', '/'));
      await checkViewsInApp(page, resource);
    });
  }

  test('an empty answer after a full one is a fault: the last good tasks stay, named as not refreshed', async ({
    page,
  }) => {
    const a = await expectedAssessment(null);
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('task-count')).toHaveText(String(a.overall!.count), { timeout: 20_000 });
    await setMockScenario('empty', 'tasks');
    await expect(page.getByTestId('error-tasks')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('error-tasks')).toContainText(/任务数据未能更新，显示 \d\d:\d\d 的数据/);
    await expect(page.getByTestId('error-tasks')).toContainText(
      'the answer is empty where the last good one had',
    );
    await expect(page.getByTestId('task-count')).toHaveText(String(a.overall!.count));
    // Through the next retries the marker stays.
    for (let i = 0; i < 4; i++) {
      await page.waitForTimeout(2000);
      await expect(page.getByTestId('freshness')).toContainText('数据未能更新');
    }
  });

  test("the wall counts rows dropped by validation: 'N 项任务中 M 项数据无效', tiles add up to the total", async ({
    page,
  }) => {
    await setMockScenario('partialRows', 'tasks');
    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1`);
    const band = page.getByTestId('bs-causes');
    await expect(band).toContainText(/\d+ 项任务中 \d+ 项数据无效/, { timeout: 20_000 });
    const [, received, dropped] = /(\d+) 项任务中 (\d+) 项数据无效/.exec(await band.innerText())!;
    const total = Number(/共 (\d+) 项任务/.exec(await page.getByTestId('bs-total').innerText())![1]);
    expect(total).toBe(Number(received) - Number(dropped));
    const tiles = await Promise.all(
      ['onTrack', 'watch', 'behind', 'done'].map(async (id) =>
        Number(await page.getByTestId(`bs-count-${id}`).getAttribute('data-value')),
      ),
    );
    expect(tiles.reduce((s, n) => s + n, 0)).toBe(total);
  });

  test('the wall tiles add up to the stated total on good data', async ({ page }) => {
    const a = await expectedAssessment(null);
    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1`);
    await expect(page.getByTestId('bs-total')).toContainText(`共 ${a.overall!.count} 项任务`, {
      timeout: 20_000,
    });
    const c = a.overall!.counts;
    await expect(page.getByTestId('bs-count-watch')).toHaveAttribute('data-value', String(c.watch));
    await expect(page.getByTestId('bs-count-onTrack')).toHaveAttribute('data-value', String(c.onTrack));
  });

  test('the header is as old as the oldest resource, not the freshest', async ({ page }) => {
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('freshness')).toContainText('更新于', { timeout: 20_000 });
    await setMockScenario('serverError', 'tasks');
    await expect(page.getByTestId('error-tasks')).toBeVisible({ timeout: 20_000 });
    // Other resources keep refreshing; the header still names the tasks' older time.
    const tasksTime = /显示 (\d\d:\d\d)/.exec(await page.getByTestId('error-tasks').innerText())?.[1];
    await page.waitForTimeout(6000);
    await expect(page.getByTestId('freshness')).toContainText(`显示 ${tasksTime} 的数据`);
  });
});

/** As checkViews with kept data, but navigating inside the app so the kept answers stay in memory. */
async function checkViewsInApp(page: Page, resource: (typeof RESOURCES)[number]) {
  const name = ZH_NAME[resource];
  const cause = new RegExp(`${name}数据未能更新，显示\\s*\\d\\d:\\d\\d\\s*的数据`);
  await expect(page.getByTestId(`error-${resource}`)).toBeVisible({ timeout: 20_000 });
  const text = await visibleText(page);
  expect(text).toMatch(cause);
  expect(text).not.toMatch(/server answered|HTTP 500|Internal Server Error/);
  await expect(page.getByTestId('freshness')).not.toContainText('刚刚');
  await page.getByTestId('nav-briefing').click();
  await expect(page.getByTestId('briefing-warning')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('briefing-warning')).toContainText(cause);
  const pdf = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf).toMatch(cause);
}
