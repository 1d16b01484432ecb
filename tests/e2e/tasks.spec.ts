import { expect, test, type Locator, type Page } from '@playwright/test';
import type { PlanAssessment } from '../../src/domain/metrics';
import { collectPageErrors, DEMO_URL, expectedAssessment, pct, presetUi } from './support';
import { ALL_SCREENS, downloadCsv, downloadPng, testAxe, testLayouts } from './view-checks';

/** Task ids of the ledger's rows, top to bottom. */
async function rowIds(page: Page): Promise<string[]> {
  const links = page.getByTestId('task-table').locator('[data-testid^="task-link-"]');
  const ids = await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace('task-link-', ''));
}

async function expectRows(page: Page, ids: string[]) {
  await expect(page.getByTestId('task-count')).toHaveText(String(ids.length));
  await expect.poll(() => rowIds(page)).toEqual(ids);
}

const rowOf = (page: Page, id: string): Locator =>
  page.getByTestId('task-table').locator('tbody tr', { has: page.getByTestId(`task-link-${id}`) });
/** The lines of a file without what trails its last line (the closing line break). */
const trimEnd = (lines: string[]) => lines.join('\r\n').trimEnd().split('\r\n');
const allIds = (a: PlanAssessment) => a.tasks.map((x) => x.task.id);
const idsWhere = (a: PlanAssessment, keep: (x: PlanAssessment['tasks'][number]) => boolean) =>
  a.tasks.filter(keep).map((x) => x.task.id);

test.describe('task ledger /tasks', () => {
  test('lists the 15 tasks with the figures and statuses the metrics give', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/tasks`);
    const expected = await expectedAssessment(null);
    await expectRows(page, allIds(expected));
    for (const { task, a } of expected.tasks) {
      const row = rowOf(page, task.id);
      await expect(row.getByTestId('row-progress')).toHaveText(pct(a.progress));
      await expect(row.getByTestId('row-status')).toHaveAttribute('data-status', a.status);
    }
    // Status chips count what each would show.
    for (const [status, n] of Object.entries(expected.overall!.counts)) {
      await expect(page.getByTestId(`filter-status-${status}`)).toContainText(String(n));
    }
    // A status set by hand shows ✎ and its reason on hover.
    const manual = expected.tasks.find((x) => x.a.manual);
    expect(manual).toBeDefined();
    const cell = rowOf(page, manual!.task.id).getByTestId('row-status');
    await expect(cell).toContainText('✎');
    await expect(cell).toHaveAttribute('title', new RegExp(manual!.a.manual!.reason.slice(0, 12)));
    // Its basis sits under the badge, inside the status column, not squeezed beside it into the next one.
    const td = await cell.locator('xpath=ancestor::td[1]').boundingBox();
    const basis = await cell.getByTestId('status-basis').boundingBox();
    const badge = await cell.locator(':scope > :first-child').boundingBox();
    expect(basis!.y).toBeGreaterThanOrEqual(badge!.y + badge!.height - 1);
    expect(basis!.x + basis!.width).toBeLessThanOrEqual(td!.x + td!.width + 1);
    await expect(page.getByTestId('task-timeline').locator('canvas')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('the CSV holds the 15 rows, with a BOM, the header and the manual reason', async ({ page }) => {
    const expected = await expectedAssessment(null);
    await page.goto(`${DEMO_URL}/tasks`);
    await expectRows(page, allIds(expected));
    const csv = await downloadCsv(page, page.getByTestId('task-table'));
    expect(csv.name).toBe(`任务台账-${expected.asOf}.csv`);
    const lines = trimEnd(csv.lines);
    expect(lines[0]).toBe('方面,任务,功能,牵头单位,进度,时间进度,差距,状态,下一里程碑,最新进展');
    expect(lines).toHaveLength(16);
    const lagging = expected.tasks.find((x) => x.a.status === 'lagging')!;
    const row = lines.find((l) => l.includes(lagging.task.name));
    expect(row).toContain(
      `,${pct(lagging.a.progress)},${pct(lagging.a.timeProgress)},${Math.round(lagging.a.gap * 100)},滞后,`,
    );
    const manual = expected.tasks.find((x) => x.a.manual)!;
    expect(lines.find((l) => l.includes(manual.task.name))).toContain(
      `人工设定：${manual.a.manual!.reason.slice(0, 20)}`,
    );
  });
});

test.describe('task ledger /tasks: filters and sorting live in the URL', () => {
  test('status=lagging shows exactly the tasks the metrics call lagging, and the URL restores it', async ({
    page,
  }) => {
    const expected = await expectedAssessment(null);
    const lagging = idsWhere(expected, (x) => x.a.status === 'lagging');
    expect(lagging.length).toBeGreaterThan(0);
    await page.goto(`${DEMO_URL}/tasks`);
    await expectRows(page, allIds(expected));
    await page.getByTestId('filter-status-lagging').click();
    await expect(page).toHaveURL(/[?&]status=lagging(&|$)/);
    await expectRows(page, lagging);

    await page.getByTestId('filter-status-overdue').click();
    await expect(page).toHaveURL(/status=lagging%2Coverdue|status=lagging,overdue/);
    await expectRows(
      page,
      idsWhere(expected, (x) => x.a.status === 'lagging' || x.a.status === 'overdue'),
    );

    await page.goto(`${DEMO_URL}/tasks?status=lagging`);
    await expect(page.getByTestId('filter-status-lagging')).toHaveAttribute('aria-pressed', 'true');
    await expectRows(page, lagging);
  });

  test('lagging at an earlier as-of date comes from that date', async ({ page }) => {
    const expected = await expectedAssessment('2021-06-30');
    await page.goto(`${DEMO_URL}/tasks?asOf=2021-06-30&status=lagging`);
    await expect(page.getByTestId('as-of')).toHaveText('2021年6月30日');
    await expectRows(
      page,
      idsWhere(expected, (x) => x.a.status === 'lagging'),
    );
  });

  test('aspect, function, lead-unit and text filters live in the URL', async ({ page }) => {
    const expected = await expectedAssessment(null);
    await page.goto(`${DEMO_URL}/tasks`);
    await page.getByTestId('filter-aspect').selectOption('A2');
    await expect(page).toHaveURL(/aspect=A2/);
    await expectRows(
      page,
      idsWhere(expected, (x) => x.task.aspectId === 'A2'),
    );

    await page.getByTestId('filter-fn-O').click();
    await expect(page).toHaveURL(/fn=O/);
    await expectRows(
      page,
      idsWhere(expected, (x) => x.task.aspectId === 'A2' && x.task.functions.includes('O')),
    );

    await page.getByTestId('filter-clear').click();
    await expect(page).not.toHaveURL(/aspect=|fn=/);
    await expectRows(page, allIds(expected));

    await page.getByTestId('filter-unit').selectOption('sjtu');
    await expect(page).toHaveURL(/unit=sjtu/);
    await expectRows(
      page,
      idsWhere(expected, (x) => x.task.leadUnitId === 'sjtu'),
    );

    await page.goto(`${DEMO_URL}/tasks?fn=C&unit=sjtu`);
    await expect(page.getByTestId('filter-unit')).toHaveValue('sjtu');
    await expect(page.getByTestId('filter-fn-C')).toHaveAttribute('aria-pressed', 'true');
    await expectRows(
      page,
      idsWhere(expected, (x) => x.task.leadUnitId === 'sjtu' && x.task.functions.includes('C')),
    );

    await page.goto(`${DEMO_URL}/tasks`);
    await page.getByTestId('filter-q').fill('居住');
    await expect(page).toHaveURL(/q=%E5%B1%85%E4%BD%8F|q=居住/);
    await expectRows(
      page,
      idsWhere(expected, (x) => x.task.name.includes('居住')),
    );
    await page.reload();
    await expect(page.getByTestId('filter-q')).toHaveValue('居住');
    await expectRows(
      page,
      idsWhere(expected, (x) => x.task.name.includes('居住')),
    );

    await page.getByTestId('filter-q').fill('没有这样的任务');
    await expect(page.getByTestId('task-count')).toHaveText('0');
    await expect(page.getByTestId('task-table')).toContainText('没有符合筛选条件的任务');
    await expect(page.getByTestId('task-timeline')).toContainText('没有可显示的任务');
  });

  test('sorting by progress changes the URL and the order', async ({ page }) => {
    const expected = await expectedAssessment(null);
    const progress = expected.tasks.map((x) => x.a.progress);
    await page.goto(`${DEMO_URL}/tasks`);
    const header = page.getByTestId('task-table').getByRole('button', { name: '进度', exact: true });
    await header.click();
    await expect(page).toHaveURL(/sort=progress/);
    await expect(page.getByTestId('task-table').getByTestId('row-progress').first()).toHaveText(
      pct(Math.min(...progress)),
    );
    await header.click();
    await expect(page).toHaveURL(/sort=-progress/);
    await expect(page.getByTestId('task-table').getByTestId('row-progress').first()).toHaveText(
      pct(Math.max(...progress)),
    );
    await page.reload();
    await expect(page.getByTestId('task-table').getByTestId('row-progress').first()).toHaveText(
      pct(Math.max(...progress)),
    );
    await expect(page.getByTestId('task-table').getByTestId('row-progress').last()).toHaveText(
      pct(Math.min(...progress)),
    );
  });
});

test.describe('task ledger /tasks: the timeline and the way into a task', () => {
  test('the timeline downloads as a PNG', async ({ page }) => {
    await page.goto(`${DEMO_URL}/tasks?status=lagging`);
    const timeline = page.getByTestId('task-timeline');
    await expect(timeline.locator('canvas')).toHaveCount(1);
    const { name } = await downloadPng(page, timeline);
    expect(name).toMatch(/^任务时间轴-\d{4}-\d{2}-\d{2}\.png$/);
  });

  test('a click on a timeline bar opens that task', async ({ page }) => {
    const expected = await expectedAssessment(null);
    const [only] = expected.tasks.filter((x) => x.a.status === 'lagging');
    await page.goto(`${DEMO_URL}/tasks?status=lagging`);
    await expectRows(page, [only!.task.id]);
    const canvas = page.getByTestId('task-timeline').locator('canvas');
    await expect(canvas).toHaveCount(1);
    await expect(page.getByTestId('task-timeline').getByTestId('chart')).toHaveAttribute(
      'data-painted',
      'true',
    );
    // One row: its bar runs across the plot, whose one 38 px band ends 30 px above the bottom (at 16 px rem).
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height - 30 - 19);
    await expect(page).toHaveURL(new RegExp(`/tasks/${only!.task.id}$`));
    await expect(page.getByTestId('task-progress')).toHaveText(pct(only!.a.progress));
  });

  test('hovering a task name on the timeline shows the task in a tooltip', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const expected = await expectedAssessment(null);
    const [only] = expected.tasks.filter((x) => x.a.status === 'overdue');
    await page.goto(`${DEMO_URL}/tasks?status=overdue`);
    const timeline = page.getByTestId('task-timeline');
    const canvas = timeline.locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect(timeline.getByTestId('chart')).toHaveAttribute('data-painted', 'true');
    await expect(timeline).not.toContainText(only!.task.name);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height - 30 - 17);
    await expect(timeline).toContainText(only!.task.name);
    await expect(timeline).toContainText(`进度：${pct(only!.a.progress)}`);
  });

  test('clicking a task opens its page with the right progress, keeping the as-of date', async ({ page }) => {
    const expected = await expectedAssessment('2021-06-30');
    const t06 = expected.tasks.find((x) => x.task.id === 'T06')!;
    await page.goto(`${DEMO_URL}/tasks?asOf=2021-06-30&fn=O`);
    await page.getByTestId('task-link-T06').click();
    await expect(page).toHaveURL(/\/tasks\/T06\?asOf=2021-06-30$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t06.task.name);
    await expect(page.getByTestId('task-progress')).toHaveText(pct(t06.a.progress));
    await expect(page.getByTestId('task-time-progress')).toHaveText(pct(t06.a.timeProgress));
    await expect(page.getByTestId('task-status')).toHaveAttribute('data-status', t06.a.status);
    await page.getByTestId('back-to-ledger').click();
    await expect(page).toHaveURL(/\/tasks\?asOf=2021-06-30$/);
  });
});

test.describe('task page /tasks/:id', () => {
  test('shows the figures, the manual status with its reason, milestones and linked indicators', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const expected = await expectedAssessment(null);
    const t09 = expected.tasks.find((x) => x.task.id === 'T09')!;
    expect(t09.a.manual).not.toBeNull();
    await page.goto(`${DEMO_URL}/tasks/T09`);
    await expect(page.getByTestId('task-progress')).toHaveText(pct(t09.a.progress));
    await expect(page.getByTestId('task-time-progress')).toHaveText(pct(t09.a.timeProgress));
    await expect(page.getByTestId('task-gap')).toHaveText(/^[−+]?\d+$/);
    await expect(page.getByTestId('task-status')).toHaveAttribute('data-status', t09.a.status);
    const manual = page.getByTestId('manual-status');
    await expect(manual).toContainText(t09.a.manual!.reason);
    await expect(manual).toContainText(t09.a.manual!.setBy!);
    await expect(manual.locator(`.status-${t09.a.computed}`)).toHaveCount(1);

    const milestones = page.getByTestId('milestone-table').locator('tbody tr');
    await expect(milestones).toHaveCount(t09.task.milestones.length);
    const missed = t09.a.missedMilestones.length;
    await expect(page.getByTestId('milestone-table').locator('[data-verdict="missed"]')).toHaveCount(missed);
    await expect(page.getByTestId('task-progress-chart').locator('canvas')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('lists the indicators linked to the task with their attainment', async ({ page }) => {
    const expected = await expectedAssessment(null);
    const linked = expected.indicators.filter((x) => x.indicator.taskId === 'T01');
    expect(linked.length).toBeGreaterThan(0);
    await page.goto(`${DEMO_URL}/tasks/T01`);
    const list = page.getByTestId('task-indicators');
    await expect(list.locator('li')).toHaveCount(linked.length);
    for (const { indicator, a } of linked) {
      const item = list.getByTestId(`indicator-${indicator.id}`);
      await expect(item.getByRole('link')).toHaveAttribute('href', `/indicators/${indicator.id}`);
      await expect(item.getByTestId('indicator-attainment')).toHaveText(
        a.attainment === null ? '—' : pct(a.attainment),
      );
    }
  });

  test('the progress reports table filters in the URL and downloads as CSV', async ({ page }) => {
    const expected = await expectedAssessment(null);
    const t09 = expected.tasks.find((x) => x.task.id === 'T09')!;
    const noted = t09.task.progress.filter((p) => p.note);
    await page.goto(`${DEMO_URL}/tasks/T09`);
    const table = page.getByTestId('notes-table');
    // Reports with a note, plus the latest figure.
    const withNote = noted.length + (t09.a.latest?.note ? 0 : 1);
    await expect(table.locator('tbody tr')).toHaveCount(withNote);
    await page.getByTestId('notes-all').click();
    await expect(page).toHaveURL(/notes=all/);
    await expect(table.locator('tbody tr')).toHaveCount(t09.task.progress.length);
    await page.reload();
    await expect(table.locator('tbody tr')).toHaveCount(t09.task.progress.length);

    const csv = await downloadCsv(page, table);
    expect(csv.name).toBe(`T09-进展记录-${expected.asOf}.csv`);
    const lines = trimEnd(csv.lines);
    expect(lines[0]).toBe('日期,进度,进展说明');
    expect(lines).toHaveLength(t09.task.progress.length + 1);
    const known = noted[noted.length - 1]!;
    expect(lines).toContain(`${known.date},${Math.round(known.percent)}%,${known.note}`);

    await downloadPng(page, page.getByTestId('task-progress-chart'));
  });

  test('an unknown id says so and links back to the ledger', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/tasks/NOPE?asOf=2021-06-30`);
    await expect(page.getByRole('alert')).toContainText('NOPE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到任务');
    await page.getByTestId('task-not-found').getByRole('link').click();
    await expect(page).toHaveURL(/\/tasks\?asOf=2021-06-30$/);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    expect(errors).toEqual([]);
  });

  test('speaks English when asked', async ({ page }) => {
    await presetUi(page, { theme: 'dark', lang: 'en' });
    const expected = await expectedAssessment(null);
    const t01 = expected.tasks.find((x) => x.task.id === 'T01')!;
    await page.goto(`${DEMO_URL}/tasks/T01`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t01.task.nameEn!);
    await expect(page.getByRole('heading', { name: 'Milestones' })).toBeVisible();
    await expect(page.getByTestId('task-progress')).toHaveText(pct(t01.a.progress));
  });
});

for (const path of ['/tasks', '/tasks/T09']) {
  test.describe(`layout and accessibility of ${path}`, () => {
    const ready = async (page: Page) => {
      await expect(page.getByTestId('task-count')).toBeVisible();
      await expect(page.locator('canvas').first()).toBeVisible();
    };
    testLayouts(ALL_SCREENS, [[path, ready]]);
    testAxe([[path, (page) => expect(page.getByTestId('task-count')).toBeVisible()]]);
  });
}
