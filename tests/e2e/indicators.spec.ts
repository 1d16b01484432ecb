import { expect, test, type Page } from '@playwright/test';
import type { AssessedIndicator, PlanAssessment } from '../../src/domain/metrics';
import { collectPageErrors, DEMO_URL, expectedAssessment, pct } from './support';
import { ALL_SCREENS, downloadCsv, downloadPng, testAxe, testLayouts } from './view-checks';

const row = (page: Page, name: string) =>
  page
    .getByTestId('indicators-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

/** Every row's attainment as the domain metrics compute it, and the count of rows. */
async function expectTable(page: Page, list: readonly AssessedIndicator[]) {
  const table = page.getByTestId('indicators-table');
  await expect(table.locator('tbody tr')).toHaveCount(list.length);
  for (const { indicator, a } of list) {
    await expect(row(page, indicator.name).getByTestId('attainment')).toHaveText(
      a.attainment === null ? '—' : pct(a.attainment),
    );
  }
}

async function expectFunctionRollups(page: Page, a: PlanAssessment) {
  for (const r of a.indicatorsByFunction!) {
    await expect(page.getByTestId(`indicator-fn-${r.key}-mean`)).toHaveText(
      r.meanAttainment === null ? '—' : pct(r.meanAttainment),
    );
    await expect(page.getByTestId(`indicator-fn-${r.key}-met`)).toHaveText(String(r.met));
    await expect(page.getByTestId(`indicator-fn-${r.key}-at-risk`)).toHaveText(String(r.atRisk));
  }
}

test.describe('indicators /indicators', () => {
  test('shows each indicator’s attainment and the per-function roll-ups as the metrics compute them', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/indicators`);
    const expected = await expectedAssessment(null);
    expect(expected.asOf).toBe('2025-12-31');
    await expect(page.getByTestId('as-of')).toHaveText('2025年12月31日');
    await expectTable(page, expected.indicators);
    await expectFunctionRollups(page, expected);
    // 新增科技小巨人企业 at 2025-12-31: 44 of the 2025 target 48 家.
    const giant = row(page, '新增科技小巨人企业');
    await expect(giant).toContainText('48家');
    await expect(giant).toContainText('44家');
    await expect(giant).toContainText('2025年');
    await expect(page.getByTestId('indicator-bullet').getByTestId('chart').locator('canvas')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('?fn=T keeps T’s indicators; the status filter lives in the URL too; the URL restores both', async ({
    page,
  }) => {
    const expected = await expectedAssessment(null);
    await page.goto(`${DEMO_URL}/indicators`);
    await page.getByTestId('fn-chip-T').click();
    await expect(page).toHaveURL(/[?&]fn=T(&|$)/);
    const onlyT = expected.indicators.filter((x) => x.indicator.functions.includes('T'));
    expect(onlyT.length).toBeLessThan(expected.indicators.length);
    await expectTable(page, onlyT);
    await expect(row(page, '企业开办平均用时')).toHaveCount(0);

    await page.getByTestId('status-chip-done').click();
    await expect(page).toHaveURL(/status=done/);
    const tDone = onlyT.filter((x) => x.a.status === 'done');
    await expectTable(page, tDone);

    await page.goto(`${DEMO_URL}/indicators?fn=T&status=done`);
    await expect(page.getByTestId('fn-chip-T')).toHaveAttribute('aria-pressed', 'true');
    await expectTable(page, tDone);

    await page.goto(`${DEMO_URL}/indicators?fn=O`);
    await expectTable(
      page,
      expected.indicators.filter((x) => x.indicator.functions.includes('O')),
    );
  });

  test('?year=2021 judges the 2021 targets at 2021-12-31', async ({ page }) => {
    const at2021 = await expectedAssessment('2021-12-31');
    await page.goto(`${DEMO_URL}/indicators`);
    await page.getByTestId('year-chip-2021').click();
    await expect(page).toHaveURL(/year=2021/);
    await expect(page.getByTestId('evaluated-at')).toContainText('2021年12月31日');
    await expectTable(page, at2021.indicators);
    await expectFunctionRollups(page, at2021);
    // The seed's 2021 target: 40 new "little giants"; 0 + 12 + 15 + 16 = 43 by year end.
    await expect(row(page, '新增科技小巨人企业').getByTestId('attainment')).toHaveText('108%');
    await expect(row(page, '新增科技小巨人企业')).toContainText('40家');
    await page.reload();
    await expect(page.getByTestId('evaluated-at')).toContainText('2021年12月31日');
    // The detail link carries the year.
    await row(page, '新增科技小巨人企业').getByRole('link').click();
    await expect(page).toHaveURL(/\/indicators\/IND-GIANT\?.*year=2021/);
    await expect(page.getByTestId('kpi-target')).toHaveText('40家');
  });

  test('downloads the table as CSV with BOM, header and the known figures', async ({ page }) => {
    await page.goto(`${DEMO_URL}/indicators`);
    await expect(row(page, '新增科技小巨人企业')).toBeVisible();
    const { name, lines } = await downloadCsv(page, page.getByTestId('indicators-table'));
    expect(name).toBe('指标一览-2025-12-31.csv');
    expect(lines[0]).toBe('指标,功能,目标值,目标期间,实际值,完成率,应完成,期末预计,状态,数据日期,来源');
    expect(lines).toContainEqual(
      expect.stringMatching(/^新增科技小巨人企业（家）,C\/T,48,2025年,44,92%,48,,未达成,2025-12-31,/),
    );
    expect(lines.filter((l) => l.length > 0)).toHaveLength(13);
  });

  test('downloads the bullet chart as PNG', async ({ page }) => {
    await page.goto(`${DEMO_URL}/indicators`);
    const panel = page.getByTestId('indicator-bullet');
    await expect(panel.locator('canvas')).toHaveCount(1);
    const png = await downloadPng(page, panel);
    expect(png.bytes.length).toBeGreaterThan(5000);
  });

  // The list and a detail page.
  testLayouts(ALL_SCREENS, [
    [
      '/indicators?fn=C',
      async (page) => {
        await expect(page.getByTestId('indicator-bullet').locator('canvas')).toHaveCount(1);
        await expect(page.getByTestId('indicators-table').locator('tbody tr')).toHaveCount(3);
      },
    ],
    [
      '/indicators/IND-JCL-BUILT',
      (page) => expect(page.getByTestId('indicator-history').locator('canvas')).toHaveCount(1),
    ],
  ]);

  const aChart = (page: Page) => expect(page.locator('canvas').first()).toBeVisible();
  testAxe([
    ['/indicators?status=done', aChart],
    ['/indicators/IND-GIANT', aChart],
  ]);
});

test.describe('indicator detail /indicators/:id', () => {
  test('新增科技小巨人企业 shows the target for the as-of year and the metrics’ figures', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const expected = await expectedAssessment(null);
    const giant = expected.indicators.find((x) => x.indicator.id === 'IND-GIANT')!;
    await page.goto(`${DEMO_URL}/indicators/IND-GIANT`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新增科技小巨人企业');
    expect(giant.a.target?.value).toBe(48);
    await expect(page.getByTestId('kpi-target')).toHaveText('48家');
    await expect(page.getByTestId('kpi-target-period')).toContainText('2025年');
    await expect(page.getByTestId('kpi-actual')).toHaveText(`${giant.a.actual}家`);
    await expect(page.getByTestId('kpi-attainment')).toHaveText(pct(giant.a.attainment!));
    await expect(page.getByTestId('kpi-status')).toContainText('未达成');
    await expect(page.getByTestId('indicator-kind')).toHaveText(/逐年新增，年内累计/);
    await expect(page.getByTestId('indicator-direction')).toHaveText(/越高越好/);
    await expect(page.getByTestId('indicator-source')).toHaveText('市科委科技小巨人企业认定名单（模拟）');
    await expect(page.getByTestId('targets-table').locator('tbody tr')).toHaveCount(5);
    await expect(page.getByTestId('observations-table').locator('tbody tr')).toHaveCount(20);
    expect(errors).toEqual([]);
  });

  test('at an earlier as-of date shows that year’s target, and says lower-is-better in words', async ({
    page,
  }) => {
    const mid2021 = await expectedAssessment('2021-06-30');
    const giant = mid2021.indicators.find((x) => x.indicator.id === 'IND-GIANT')!;
    await page.goto(`${DEMO_URL}/indicators/IND-GIANT?asOf=2021-06-30`);
    await expect(page.getByTestId('as-of')).toHaveText('2021年6月30日');
    await expect(page.getByTestId('kpi-target')).toHaveText('40家');
    await expect(page.getByTestId('kpi-target-period')).toContainText('2021年');
    await expect(page.getByTestId('kpi-attainment')).toHaveText(pct(giant.a.attainment!));
    await expect(page.getByTestId('observations-table').locator('tbody tr')).toHaveCount(2);

    await page.goto(`${DEMO_URL}/indicators/IND-BIZ-SETUP`);
    await expect(page.getByTestId('indicator-direction')).toHaveText(/越低越好/);
  });

  test('downloads observations as CSV and the history chart as PNG', async ({ page }) => {
    await page.goto(`${DEMO_URL}/indicators/IND-GIANT`);
    await expect(page.getByTestId('observations-table').locator('tbody tr')).toHaveCount(20);
    const { lines } = await downloadCsv(page, page.getByTestId('observations-table'));
    expect(lines[0]).toBe('日期,观测值（家）,当时适用目标,完成率,备注');
    expect(lines).toContain('2021-12-31,43,2021年 40家,108%,');
    await downloadPng(page, page.getByTestId('indicator-history'));
  });

  test('an unknown id says so and links back', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/indicators/NOPE`);
    await expect(page.getByTestId('indicator-not-found')).toContainText('NOPE');
    await page.getByTestId('not-found-back').click();
    await expect(page).toHaveURL(/\/indicators$/);
    await expect(page.getByTestId('indicators-table')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
