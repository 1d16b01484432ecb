import { expect, test, type Page } from '@playwright/test';
import type { PlanAssessment } from '../../src/domain/metrics';
import { collectPageErrors, DEMO_URL, expectedAssessment, pct } from './support';
import { ALL_SCREENS, downloadCsv, downloadPng, testAxe, testLayouts } from './view-checks';

const byFn = (a: PlanAssessment, code: string) => a.byFunction!.find((r) => r.key === code)!;
const tasksOf = (a: PlanAssessment, code: 'C' | 'T' | 'O') =>
  a.tasks.filter((x) => x.task.functions.includes(code)).sort((x, y) => x.task.order - y.task.order);

async function expectFunction(page: Page, a: PlanAssessment, code: 'C' | 'T' | 'O') {
  const r = byFn(a, code);
  await expect(page.getByTestId(`fn-${code}-task-count`)).toHaveText(String(r.count));
  await expect(page.getByTestId(`fn-${code}-completion`)).toHaveText(pct(r.meanProgress));
  await expect(page.getByTestId(`fn-${code}-time`)).toHaveText(pct(r.meanTimeProgress));
  const ind = a.indicatorsByFunction!.find((x) => x.key === code)!;
  await expect(page.getByTestId(`fn-${code}-attainment`)).toHaveText(
    ind.meanAttainment === null ? '—' : pct(ind.meanAttainment),
  );
  await expect(page.getByTestId(`fn-${code}-task-table`).locator('tbody tr')).toHaveCount(r.count);
  await expect(page.getByTestId(`fn-${code}-indicator-table`).locator('tbody tr')).toHaveCount(ind.count);
}

test.describe('functions /functions', () => {
  test('shows C, T and O side by side with the metrics’ figures', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/functions`);
    const expected = await expectedAssessment(null);
    for (const code of ['C', 'T', 'O'] as const) await expectFunction(page, expected, code);
    await expect(page.getByTestId('functions').locator('canvas')).toHaveCount(3);
    expect(errors).toEqual([]);
  });

  test('/functions/O shows O alone with its task count; chips switch function through the URL', async ({
    page,
  }) => {
    const expected = await expectedAssessment(null);
    await page.goto(`${DEMO_URL}/functions/O`);
    await expectFunction(page, expected, 'O');
    await expect(page.getByTestId('function-C')).toHaveCount(0);
    await expect(page.getByTestId('fn-switch-O')).toHaveAttribute('aria-current', 'page');
    // The first of O's tasks in ledger order, with its status and a link to the task.
    const first = tasksOf(expected, 'O')[0]!;
    const firstRow = page.getByTestId('fn-O-task-table').locator('tbody tr').first();
    await expect(firstRow).toContainText(first.task.name);
    await expect(firstRow).toContainText(pct(first.a.progress));

    await page.getByTestId('fn-switch-T').click();
    await expect(page).toHaveURL(/\/functions\/T$/);
    await expectFunction(page, expected, 'T');
    await page.reload();
    await expectFunction(page, expected, 'T');
    await page.getByTestId('fn-switch-all').click();
    await expect(page).toHaveURL(/\/functions$/);
    await expect(page.getByTestId('function-C')).toBeVisible();

    await page.getByTestId('fn-open-C').click();
    await expect(page).toHaveURL(/\/functions\/C$/);
    await page.getByTestId('fn-C-task-table').getByTestId('function-task').first().click();
    await expect(page).toHaveURL(new RegExp(`/tasks/${tasksOf(expected, 'C')[0]!.task.id}$`));
  });

  test('keeps the as-of date across the switch and shows that date’s figures', async ({ page }) => {
    const mid2021 = await expectedAssessment('2021-06-30');
    await page.goto(`${DEMO_URL}/functions/C?asOf=2021-06-30`);
    await expect(page.getByTestId('as-of')).toHaveText('2021年6月30日');
    await expectFunction(page, mid2021, 'C');
    await page.getByTestId('fn-switch-O').click();
    await expect(page).toHaveURL(/\/functions\/O\?asOf=2021-06-30$/);
    await expectFunction(page, mid2021, 'O');
  });

  test('downloads O’s task list as CSV and its trend as PNG', async ({ page }) => {
    const expected = await expectedAssessment(null);
    await page.goto(`${DEMO_URL}/functions/O`);
    await expect(page.getByTestId('fn-O-task-table').locator('tbody tr')).toHaveCount(
      byFn(expected, 'O').count,
    );
    const csv = await downloadCsv(page, page.getByTestId('fn-O-task-table'));
    expect(csv.name).toBe('功能任务-O-2025-12-31.csv');
    const lines = csv.lines.filter((l) => l.length > 0);
    expect(lines[0]).toBe('状态,任务,牵头单位,进度,时间');
    expect(lines).toHaveLength(byFn(expected, 'O').count + 1);
    const first = tasksOf(expected, 'O')[0]!;
    expect(lines[1]).toContain(`${first.task.id} ${first.task.name}`);
    expect(lines[1]).toMatch(new RegExp(`,${pct(first.a.progress)},${pct(first.a.timeProgress)}$`));

    await downloadPng(page, page.getByTestId('fn-O-trend'));
  });

  test('an unknown function code says so and links back', async ({ page }) => {
    await page.goto(`${DEMO_URL}/functions/X`);
    await expect(page.getByTestId('function-not-found')).toContainText('X');
    await page.getByTestId('function-not-found').getByRole('link').click();
    await expect(page).toHaveURL(/\/functions$/);
  });

  const trendOfT = async (page: Page) => {
    await expect(page.getByTestId('fn-T-task-count')).toBeVisible();
    await expect(page.getByTestId('fn-T-trend').locator('canvas')).toHaveCount(1);
  };
  testLayouts(ALL_SCREENS, [
    ['/functions', trendOfT],
    ['/functions/T', trendOfT],
  ]);

  const countOfO = (page: Page) => expect(page.getByTestId('fn-O-task-count')).toBeVisible();
  testAxe([
    ['/functions', countOfO],
    ['/functions/O', countOfO],
  ]);
});
