import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { scaledFixtures } from '../../mock/scale';
import { assessPlan, DEFAULT_THRESHOLDS } from '../../src/domain/metrics';
import { parsePlanData } from '../support/mock-assessment';
import { collectPageErrors, DEMO_URL, expectOverviewNumbers } from './support';

// Issue 6 "Scale", on the demo build (the in-browser mock answers scenario `scale`): the ledger at 10,000
// tasks renders only the rows in view and keeps sorting, scrolling and the full CSV; the overview at 100×
// renders the figures the metrics give.
const TASKS = 10_000;
const LEDGER = `${DEMO_URL}/tasks?mockScenario=scale&mockScale=1&mockTasks=${TASKS}`;

const table = (page: Page) => page.getByTestId('task-table');
const box = (page: Page) => table(page).locator('.table-scroll');
const shownProgress = async (page: Page) =>
  (await table(page).getByTestId('row-progress').allTextContents()).map((s) => Number(s.replace('%', '')));

test.describe('scale', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the ledger at 10,000 tasks: windowed rows, scroll to the last, sort, CSV of every row', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(LEDGER);
    await expect(page.getByTestId('task-count')).toHaveText(String(TASKS), { timeout: 180_000 });
    await expect(table(page).locator('[data-testid^="task-link-"]').first()).toBeVisible();
    expect(await table(page).locator('tr').count()).toBeLessThan(200);
    await expect(table(page).locator('table')).toHaveAttribute('aria-rowcount', String(TASKS + 1));
    // The timeline shows the first tasks and says so, instead of a chart metres tall.
    await expect(page.getByTestId('timeline-capped')).toContainText('10000');

    // The last task in plan order: aspect order, then task order, then id (as the ledger sorts).
    const data = scaledFixtures({ factor: 1, tasks: TASKS });
    const rank = new Map([...data.plan.aspects].sort((a, b) => a.order - b.order).map((a, i) => [a.id, i]));
    const last = [...data.tasks]
      .sort(
        (x, y) =>
          rank.get(x.aspectId)! - rank.get(y.aspectId)! ||
          x.order - y.order ||
          (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
      )
      .at(-1)!;
    await expect(page.getByTestId(`task-link-${last.id}`)).toHaveCount(0);
    await box(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(page.getByTestId(`task-link-${last.id}`)).toBeVisible();
    expect(await table(page).locator('tr').count()).toBeLessThan(200);

    // Keyboard: the scroll box takes focus and Home goes back to the top.
    await box(page).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => box(page).evaluate((el) => el.scrollTop)).toBe(0);

    // Sorting still covers every row: ascending progress from the top, the largest at the bottom.
    await table(page).getByRole('button', { name: /进度/ }).first().click();
    await expect(page).toHaveURL(/sort=progress/);
    await expect(table(page).locator('th[aria-sort="ascending"]')).toContainText('进度');
    await expect
      .poll(async () => {
        const p = await shownProgress(page);
        return p.length > 3 && p.every((v, i) => i === 0 || p[i - 1]! <= v);
      })
      .toBe(true);
    const top = await shownProgress(page);
    await box(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(async () => (await shownProgress(page)).at(-1)).toBe(100);
    const bottom = await shownProgress(page);
    expect(bottom).toEqual([...bottom].sort((a, b) => a - b));

    // The CSV has every row, not just the ones rendered: a header and 10,000 lines, in the same order.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table(page).getByTestId('csv-download').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(TASKS + 1);
    const cells = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const col = cells(lines[0]!).indexOf('进度');
    const progress = lines.slice(1).map((l) => Number(cells(l)[col]!.replace('%', '')));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[0]).toBe(top[0]);
    expect(progress.at(-1)).toBe(bottom.at(-1));
    expect(errors).toEqual([]);
  });

  test('the overview at 100×: 1,500 tasks and 2,000 indicators, the figures the metrics give', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/?mockScenario=scale&mockScale=100`);
    const raw = scaledFixtures({ factor: 100 });
    const expected = assessPlan(parsePlanData(raw), '2025-12-31', DEFAULT_THRESHOLDS);
    expect(expected.overall!.count).toBe(1500);
    expect(expected.indicators).toHaveLength(2000);
    await expect(page.getByTestId('overview').getByTestId('task-count')).toHaveText('1500', {
      timeout: 120_000,
    });
    await expectOverviewNumbers(page, expected);
    // Every chart has drawn its first frame.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            performance.getEntriesByName('zerobay:chart-painted').length >=
            document.querySelectorAll('[data-testid="chart"]').length,
        ),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });
});
