import { expect, test } from '@playwright/test';
import { rankChanges, type PlanAssessment } from '../../src/domain/metrics';
import type { Unit } from '../../src/domain/schemas';
import { collectPageErrors, DEMO_URL, expectedAssessment, mockApiData, pct } from './support';
import * as views from './view-checks';

const points = (f: number) => {
  const p = Math.round(f * 100);
  return p > 0 ? `+${p}` : p < 0 ? `−${Math.abs(p)}` : '0';
};
const moveText = (previousRank: number | null, delta: number | null) =>
  previousRank === null || delta === null ? '新' : delta > 0 ? `▲${delta}` : delta < 0 ? `▼${-delta}` : '—';

test.describe('units (责任单位)', () => {
  let latest: PlanAssessment;
  let mid2021: PlanAssessment;
  let unitList: Unit[];
  const short = (id: string) => unitList.find((u) => u.id === id)?.shortName ?? id;

  test.beforeAll(async () => {
    [latest, mid2021, unitList] = await Promise.all([
      expectedAssessment(null),
      expectedAssessment('2021-06-30'),
      mockApiData<Unit[]>('units'),
    ]);
  });

  test('ranks lead units as the metrics do, with their tasks, at 1920×1080', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/units`);
    const cards = page.getByTestId('unit-card');
    await expect(cards).toHaveCount(latest.ranking!.length);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit-id')))).toEqual(
      latest.ranking!.map((r) => r.unitId),
    );

    const first = latest.ranking![0]!;
    const firstRow = page.getByTestId('units-data-table').locator('tbody tr').first();
    await expect(firstRow.locator('td').nth(0)).toHaveText('1');
    await expect(firstRow.locator('td').nth(1)).toHaveText(short(first.unitId));
    await expect(page.getByTestId('board-row').first()).toHaveAttribute('data-unit-id', first.unitId);

    // The unit with most tasks: its card lists each with a link to the task.
    const minhang = latest.byLeadUnit!.find((r) => r.key === 'minhang')!;
    const card = page.locator('[data-testid="unit-card"][data-unit-id="minhang"]');
    await expect(card.getByTestId('unit-card-tasks').locator('li')).toHaveCount(minhang.count);
    await expect(card.locator('a[href="/tasks/T06"]')).toBeVisible();
    await expect(card.locator('dd').nth(0)).toHaveText(pct(minhang.meanProgress));
    await expect(card.locator('dd').nth(1)).toHaveText(pct(minhang.meanTimeProgress));
    await expect(card.locator('dd').nth(2)).toHaveText(
      points(minhang.meanProgress - minhang.meanTimeProgress),
    );
    await expect(card.locator('dd').nth(3)).toHaveText(String(minhang.behind));

    await expect(page.getByTestId('ranking').locator('canvas')).toHaveCount(1);
    await views.expectNoSidewaysScroll(page);
    expect(errors).toEqual([]);
  });

  test('?compare=2021-06-30 shows each unit’s change in rank', async ({ page }) => {
    await page.goto(`${DEMO_URL}/units?compare=2021-06-30`);
    await expect(page.getByTestId('compare-date')).toContainText('2021年6月30日');
    const changes = rankChanges(latest.ranking!, mid2021.ranking!);
    expect(changes.some((c) => c.delta !== 0)).toBe(true);
    for (const c of changes) {
      const row = page.locator(`[data-testid="board-row"][data-unit-id="${c.unitId}"]`);
      await expect(row.getByTestId('rank-move')).toContainText(moveText(c.previousRank, c.delta));
    }
    const up = changes.filter((c) => (c.delta ?? 0) > 0).length;
    const down = changes.filter((c) => (c.delta ?? 0) < 0).length;
    await expect(page.getByTestId('board-summary')).toHaveText(`上升 ${up} 个 · 下降 ${down} 个 · 新进 0 个`);
  });

  test('kind and unit filters live in the URL and the URL restores them', async ({ page }) => {
    await page.goto(`${DEMO_URL}/units`);
    await page.getByTestId('kind-university').click();
    await expect(page).toHaveURL(/kind=university/);
    await expect(page.getByTestId('unit-card')).toHaveCount(1);
    await expect(page.getByTestId('unit-card')).toHaveAttribute('data-unit-id', 'sjtu');

    // ECNU leads nothing but supports three tasks (协办).
    await page.getByTestId('unit-select').selectOption('ecnu');
    await expect(page).toHaveURL(/unit=ecnu/);
    const expectedCo = latest.tasks.filter(
      (x) => x.task.coUnitIds.includes('ecnu') && x.task.leadUnitId !== 'ecnu',
    );
    await expect(page.getByTestId('selected-co-tasks').locator('li')).toHaveCount(expectedCo.length);

    await page.reload();
    await expect(page.getByTestId('unit-card')).toHaveCount(1);
    await expect(page.getByTestId('kind-university')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('selected-co-tasks').locator('li')).toHaveCount(expectedCo.length);
    for (const x of expectedCo)
      await expect(page.getByTestId('selected-co-tasks')).toContainText(x.task.name);

    await page.goto(`${DEMO_URL}/units?kind=municipal`);
    await expect(page.getByTestId('units-empty')).toBeVisible();
    await expect(page.getByTestId('unit-card')).toHaveCount(0);
  });

  test('downloads the ranking as CSV and the chart as PNG', async ({ page }) => {
    await page.goto(`${DEMO_URL}/units?compare=2021-06-30`);
    await expect(page.getByTestId('board-summary')).toBeVisible();
    const { lines } = await views.downloadCsv(page, page.getByTestId('units-table'));
    expect(lines[0]).toBe('排名,单位,类型,牵头任务数,平均完成,平均时间进度,差距,滞后/逾期,名次变化');
    const change = rankChanges(latest.ranking!, mid2021.ranking!);
    for (const r of latest.ranking!) {
      const rollup = latest.byLeadUnit!.find((x) => x.key === r.unitId)!;
      const c = change.find((x) => x.unitId === r.unitId)!;
      const kind = { district: '区级部门', university: '高校', company: '企业与园区', committee: '协调机构' }[
        unitList.find((u) => u.id === r.unitId)!.kind as string
      ];
      expect(lines).toContain(
        [
          r.rank,
          short(r.unitId),
          kind,
          r.tasks,
          pct(r.meanProgress),
          pct(rollup.meanTimeProgress),
          Math.round(r.score * 100),
          r.behind,
          moveText(c.previousRank, c.delta),
        ].join(','),
      );
    }
    expect(lines[1]!.startsWith(`1,${short(latest.ranking![0]!.unitId)},`)).toBe(true);

    await views.downloadPng(page, page.getByTestId('ranking'));
  });

  views.testLayouts(views.DESKTOP_AND_PHONE, [
    [
      '/units?unit=sjtu&compare=2021-06-30',
      async (page) => {
        await expect(page.getByTestId('unit-card')).toHaveCount(latest.ranking!.length);
        await expect(page.getByTestId('ranking').locator('canvas')).toHaveCount(1);
        await expect(page.getByTestId('selected-lead-tasks').locator('li')).toHaveCount(3);
      },
    ],
  ]);

  views.testAxe([
    [
      '/units?unit=minhang&compare=2021-06-30',
      (page) => expect(page.getByTestId('board-summary')).toBeVisible(),
    ],
  ]);
});
