import { expect, test } from '@playwright/test';
import type { PlanAssessment } from '../../src/domain/metrics';
import type { Plan, StatusCode, Unit } from '../../src/domain/schemas';
import { collectPageErrors, DEMO_URL, expectedAssessment, mockApiData, pct } from './support';
import * as views from './view-checks';

/** The lights the view should show: milestone items at the as-of date, indicator items at the 2021 year end. */
function itemStatuses(current: PlanAssessment, yearEnd: PlanAssessment): Map<string, StatusCode | null> {
  const atEnd = new Map(yearEnd.workItems.map((w) => [w.item.id, w.status]));
  return new Map(
    current.workItems.map((w) => [
      w.item.id,
      w.item.kind === 'indicator' ? (atEnd.get(w.item.id) ?? null) : w.status,
    ]),
  );
}

test.describe('programme (2021年重点工作)', () => {
  let plan: Plan;
  let units: Unit[];
  let latest: PlanAssessment;
  let yearEnd: PlanAssessment;

  test.beforeAll(async () => {
    [plan, units, latest, yearEnd] = await Promise.all([
      mockApiData<Plan>('plan'),
      mockApiData<Unit[]>('units'),
      expectedAssessment(null),
      expectedAssessment('2021-12-31'),
    ]);
  });

  test('shows the five areas with the seed’s names, their items and the 2021 targets, at 1920×1080', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/programme`);
    const programme = plan.programmes.find((p) => p.year === 2021)!;
    expect(programme.areas).toHaveLength(5);
    const ordinals = ['一', '二', '三', '四', '五'];
    for (const area of programme.areas) {
      const panel = page.getByTestId(`area-${area.id}`);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
        `${ordinals[area.order - 1]}、${area.name}`,
      );
      const items = latest.workItems.filter((w) => w.item.areaId === area.id);
      await expect(panel.getByTestId('work-item')).toHaveCount(items.length);
    }
    await expect(page.getByTestId('area-2021-5')).toContainText('加快推进重点项目建设');

    const statuses = itemStatuses(latest, yearEnd);
    await expect(page.getByTestId('item-count')).toHaveText(String(latest.workItems.length));
    await expect(page.getByTestId('done-count')).toHaveText(
      String([...statuses.values()].filter((s) => s === 'done').length),
    );
    await expect(page.getByTestId('behind-count')).toHaveText(
      String([...statuses.values()].filter((s) => ['lagging', 'overdue', 'missed'].includes(s ?? '')).length),
    );

    // At the latest date the 2021 targets are judged as of 2021-12-31, and the screen says so.
    await expect(page.getByTestId('evaluated-note')).toHaveText('按2021年目标评估，截至2021年12月31日');
    const hnte = yearEnd.indicators.find((x) => x.indicator.id === 'IND-HNTE')!;
    const row = page
      .getByTestId('targets-table')
      .locator('tbody tr', { hasText: '高新技术企业力争达到2100家' });
    await expect(row).toContainText(`${hnte.a.target!.value}家`);
    await expect(row).toContainText(`${hnte.a.actual}家`);
    await expect(row).toContainText(pct(hnte.a.attainment!));
    await expect(row).toContainText('已达成');
    // Not the 2025 light: at 2025-12-31 the little-giant item would be on watch against the 2025 target.
    expect(latest.workItems.find((w) => w.item.id === 'W5-1')!.status).not.toBe(statuses.get('W5-1'));
    await expect(page.locator('[data-testid="work-item"][data-item-id="W5-1"]')).toContainText('已完成');
    await expect(page.getByTestId('targets').locator('canvas')).toHaveCount(1);
    await views.expectNoSidewaysScroll(page);
    expect(errors).toEqual([]);
  });

  test('area and status filters live in the URL and the URL restores them', async ({ page }) => {
    await page.goto(`${DEMO_URL}/programme?asOf=2021-12-31`);
    await expect(page.getByTestId('evaluated-note')).toHaveText('按2021年目标评估，截至2021年12月31日');
    await page.getByTestId('status-chip-lagging').click();
    await expect(page).toHaveURL(/status=lagging/);
    const lagging = [...itemStatuses(yearEnd, yearEnd)].filter(([, s]) => s === 'lagging').map(([id]) => id);
    expect(lagging.length).toBeGreaterThan(0);
    await expect(page.getByTestId('work-item')).toHaveCount(lagging.length);
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(lagging.length);

    await page.getByTestId('area-chip-2021-3').click();
    await expect(page).toHaveURL(/area=2021-3/);
    const inArea = yearEnd.workItems.filter((w) => w.item.areaId === '2021-3' && lagging.includes(w.item.id));
    await expect(page.getByTestId('work-item')).toHaveCount(inArea.length);
    await expect(page.getByTestId('area-2021-1')).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId('work-item')).toHaveCount(inArea.length);
    await expect(page.getByTestId('status-chip-lagging')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('area-chip-2021-3')).toHaveAttribute('aria-pressed', 'true');

    await page.goto(`${DEMO_URL}/programme?status=overdue`);
    await expect(page.getByTestId('no-items')).toBeVisible();
  });

  test('downloads the items and the targets as CSV and the chart as PNG', async ({ page }) => {
    await page.goto(`${DEMO_URL}/programme`);
    const { lines } = await views.downloadCsv(page, page.getByTestId('items-table'));
    expect(lines[0]).toBe('序号,方面,事项,状态,进度,牵头单位,计划完成,实际完成,完成时效');
    const w = latest.workItems.find((x) => x.item.id === 'W1-1')!;
    const lead = units.find((u) => u.id === w.item.leadUnitId)!.shortName;
    expect(lines[1]).toBe(
      `1.1,一、建立领导协调工作机制,${w.item.name},已完成,100%,${lead},${w.item.due},${w.item.completedOn},逾期 16 天完成`,
    );
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + latest.workItems.length);

    const { lines: tl } = await views.downloadCsv(page, page.getByTestId('targets-table'));
    expect(tl[0]).toBe('序号,事项,指标,目标值,实际值,数据日期,完成率,状态');
    const giant = yearEnd.indicators.find((x) => x.indicator.id === 'IND-GIANT')!;
    expect(tl).toContain(
      `5.1,新增科技小巨人企业40家,新增科技小巨人企业,40家,${giant.a.actual}家,${giant.a.actualDate},${pct(giant.a.attainment!)},已达成`,
    );

    await views.downloadPng(page, page.getByTestId('targets'));
  });

  views.testLayouts(views.DESKTOP_AND_PHONE, [
    [
      '/programme',
      async (page) => {
        await expect(page.getByTestId('work-item')).toHaveCount(latest.workItems.length);
        await expect(page.getByTestId('targets').locator('canvas')).toHaveCount(1);
      },
    ],
  ]);

  views.testAxe([
    [
      '/programme?asOf=2021-12-31',
      (page) => expect(page.getByTestId('targets').locator('canvas')).toHaveCount(1),
    ],
  ]);
});
