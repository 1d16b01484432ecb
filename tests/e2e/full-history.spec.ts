import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { fixtures } from '../../mock/fixtures';
import { parseConfig } from '../../src/data/config';
import { loadResource } from '../../src/data/load-resource';
import { inProcessRunner } from '../../src/data/mapping/runner';
import {
  assessPlan,
  diffAssessments,
  snapshotAt,
  type PlanAssessment,
  type PlanData,
} from '../../src/domain/metrics';
import { planSchema, rowSchemas, type Indicator } from '../../src/domain/schemas';
import { collectPageErrors, expectTaskFigures, pct } from './support';
import { closeSite, deployCopy, exampleConfig, serve, type Site } from './static-site';

/*
 * examples/ruoyi.config.json, deployed as a deployer would (copy the build, replace config.json), against
 * a ledger that answers its WHOLE history every time and ignores any date, with no work items and no
 * projects. At three report dates and one compare date the overview, the ledger, the briefing and the wall
 * must show what was true at that date: figures worked out here from the fixtures, and at 2023-12-31 by hand.
 */

const ruoyiConfig = () => exampleConfig('ruoyi');

let deployed: Site;
let site = '';

test.beforeAll(async () => {
  deployed = await serve(deployCopy('ruoyi', ruoyiConfig()));
  site = deployed.url;
});
test.afterAll(() => closeSite(deployed));

/**
 * The data as of a date: the fixtures' full history cut there (no work items, no projects). The
 * indicators are the ledger's per-year rows as the example's mapping reads them (loaded here in Node).
 */
const full: PlanData = {
  plan: planSchema.parse(fixtures.plan),
  units: z.array(rowSchemas.units).parse(fixtures.units),
  tasks: z.array(rowSchemas.tasks).parse(fixtures.tasks),
  indicators: [],
  workItems: [],
  projects: [],
};
const at = (date: string): PlanAssessment => assessPlan(snapshotAt(full, date), date);

test.beforeAll(async () => {
  const config = parseConfig(JSON.parse(ruoyiConfig()) as unknown, 'ruoyi.config.json');
  const loaded = await loadResource(config, 'indicators', null, { runner: inProcessRunner });
  full.indicators = loaded.data as Indicator[];
  expect(full.indicators).toHaveLength(12);
});

const DATES = [
  { param: '2021-06-30', date: '2021-06-30', shown: '2021年6月30日' },
  { param: '2023-12-31', date: '2023-12-31', shown: '2023年12月31日' },
  // "Latest": the latest dated record in the answers, not today.
  { param: null, date: '2025-12-31', shown: '2025年12月31日' },
];

const url = (path: string, asOf: string | null, extra = '') =>
  `${site}${path}?${asOf ? `asOf=${asOf}` : ''}${extra}`;

test('the hand-checked date: 2023-12-31 reads 15 tasks, 55% done against 55% time, 1 done · 7 on track · 5 watch · 2 lagging', async ({
  page,
}) => {
  const a = at('2023-12-31');
  // Worked out by hand from mock/fixtures/tasks.ts (each task's latest report on or before the date).
  expect([a.overall!.count, pct(a.overall!.meanProgress), pct(a.overall!.meanTimeProgress)]).toEqual([
    15,
    '55%',
    '55%',
  ]);
  expect(a.overall!.counts).toEqual({
    notStarted: 0,
    done: 1,
    onTrack: 7,
    watch: 5,
    lagging: 2,
    overdue: 0,
    missed: 0,
  });
  await page.goto(url('/', '2023-12-31'));
  await expect(page.getByTestId('as-of')).toHaveText('2023年12月31日');
  await expectTaskFigures(page, a);
  // Resources the source does not have are not faults: no red banner, and no "later/earlier" notice.
  await expect(page.locator('.notice.error')).toHaveCount(0);
  await expect(page.locator('.notice.warn')).toHaveCount(0);
});

for (const d of DATES) {
  test(`at ${d.param ?? 'latest'}: overview, ledger and wall agree with the cut history`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const a = at(d.date);

    await page.goto(url('/', d.param));
    await expect(page.getByTestId('as-of')).toHaveText(d.shown);
    await expectTaskFigures(page, a);

    await page.goto(url('/tasks', d.param));
    await expect(page.getByTestId('task-count')).toHaveText(String(a.overall!.count));
    const table = page.getByTestId('task-table');
    for (const t of a.tasks.slice(0, 15)) {
      const row = table.getByRole('row').filter({ hasText: t.task.name }).first();
      await expect(row).toContainText(pct(t.a.progress));
    }

    await page.goto(url('/big-screen', d.param, '&kiosk=0'));
    await expect(page.getByTestId('bs-as-of')).toContainText(d.shown);
    const c = a.overall!.counts;
    await expect(page.getByTestId('bs-count-onTrack')).toHaveAttribute('data-value', String(c.onTrack));
    await expect(page.getByTestId('bs-count-behind')).toHaveAttribute(
      'data-value',
      String(c.lagging + c.overdue),
    );
    await expect(page.getByTestId('bs-count-done')).toHaveAttribute('data-value', String(c.done));
    await expect(page.getByTestId('bs-overall')).toContainText(pct(a.overall!.meanProgress));

    expect(errors).toEqual([]);
  });
}

test('since the last meeting: the compare date is cut from the same answer, with no second request', async ({
  page,
}) => {
  const before = at('2021-06-30');
  const now = at('2023-12-31');
  const diff = diffAssessments(before, now);
  // From 9% to 55%, and statuses did change: the old code said "no change" here.
  expect([pct(before.overall!.meanProgress), pct(now.overall!.meanProgress)]).toEqual(['9%', '55%']);
  expect(diff.summary.improved + diff.summary.worsened).toBeGreaterThan(0);

  const taskRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/foreign/ruoyi/dbdb/rw/list')) taskRequests.push(r.url());
  });
  await page.goto(url('/briefing', '2023-12-31', '&compare=2021-06-30'));
  await expect(page.getByTestId('briefing-as-of')).toHaveText('2023年12月31日');
  await expect(page.getByTestId('summary-tasks')).toContainText('截至2023年12月31日，15项任务中');
  await expect(page.getByTestId('summary-tasks')).toContainText('55%');
  const changes = page.getByTestId('briefing-changes');
  await expect(changes).toContainText('2021年6月30日');
  await expect(changes).toContainText(
    `新完成 ${diff.summary.newlyDone} 项 · 新增滞后或逾期 ${diff.summary.newlyBehind} 项 · 好转 ${diff.summary.improved} 项 · 变差 ${diff.summary.worsened} 项`,
  );
  await expect(changes).not.toContainText('两个日期之间没有状态变化');
  expect(taskRequests).toHaveLength(1);
});

test('data health says which resources the source does not provide, and where the report date came from', async ({
  page,
}) => {
  await page.goto(`${site}/data-health`);
  for (const r of ['workItems', 'projects']) {
    await expect(page.getByTestId(`health-status-${r}`)).toContainText('未提供');
    await expect(page.getByTestId(`health-not-provided-${r}`)).toBeVisible();
  }
  await expect(page.getByTestId('health-status-tasks')).toContainText('正常');
  await expect(page.getByTestId('as-of')).toHaveText('2025年12月31日');
  await expect(page.getByTestId('report-date-from')).toContainText('最新的数据日期');
});
