import { expect, test, type Page } from '@playwright/test';
import type { Project, Unit } from '../../src/domain/schemas';
import { fitExtent, mapGrid, projector } from '../../src/features/projects/build-project-map-option';
import { collectPageErrors, DEMO_URL, mockApiData } from './support';
import * as views from './view-checks';

/** Config.json is read before the mock's service worker starts, so the page can still route it. */
async function withBoundary(page: Page, boundaryUrl: string) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...json, map: { boundaryUrl } } });
  });
}

const STATUS_ZH = {
  planned: '规划中',
  underConstruction: '在建',
  operating: '运营',
  completed: '已完成',
  suspended: '暂停',
} as const;

test.describe('projects (重点项目与载体)', () => {
  let projects: Project[];
  let units: Unit[];
  const statusNow = (p: Project) => p.statusHistory.at(-1)?.status;

  test.beforeAll(async () => {
    [projects, units] = await Promise.all([mockApiData<Project[]>('projects'), mockApiData<Unit[]>('units')]);
  });

  test('draws the schematic map, lists the 15 projects and those without a location, at 1920×1080', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/projects`);
    expect(projects).toHaveLength(15);
    const rows = page.getByTestId('projects-data-table').locator('tbody tr');
    await expect(rows).toHaveCount(15);
    for (const p of projects) await expect(page.getByTestId('projects-data-table')).toContainText(p.name);
    const p02 = rows.filter({ hasText: p0Name(projects, 'P02') });
    await expect(p02).toContainText(STATUS_ZH[statusNow(projects.find((p) => p.id === 'P02')!)!]);

    const map = page.getByTestId('project-map');
    await expect(map.locator('canvas')).toHaveCount(1);
    const located = projects.filter((p) => p.location !== null);
    await expect(map).toHaveAttribute('data-points', String(located.length));
    await expect(map).toHaveAttribute('data-boundary-series', '0');
    await expect(page.getByTestId('boundary-note')).toHaveCount(0);

    const unlocated = projects.filter((p) => p.location === null).map((p) => p.id);
    expect(unlocated.length).toBeGreaterThan(0);
    expect(
      await page
        .getByTestId('unlocated-project')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-project-id'))),
    ).toEqual(unlocated);
    await expect(page.getByTestId('unlocated')).toContainText('未标注位置');

    // Stage counts on the chips follow the history at the as-of date.
    const building = projects.filter((p) => statusNow(p) === 'underConstruction').length;
    await expect(page.getByTestId('status-chip-underConstruction')).toContainText(String(building));
    await views.expectNoSidewaysScroll(page);
    expect(errors).toEqual([]);
  });

  test('filters live in the URL, the URL restores them, and selecting a project shows its card', async ({
    page,
  }) => {
    await page.goto(`${DEMO_URL}/projects`);
    await page.getByTestId('status-chip-underConstruction').click();
    await expect(page).toHaveURL(/status=underConstruction/);
    const building = projects.filter((p) => statusNow(p) === 'underConstruction');
    await expect(page.getByTestId('projects-data-table').locator('tbody tr')).toHaveCount(building.length);
    await page.getByTestId('kind-chip-site').click();
    await expect(page).toHaveURL(/kind=site/);
    const sites = building.filter((p) => p.kind === 'site');
    await expect(page.getByTestId('projects-data-table').locator('tbody tr')).toHaveCount(sites.length);

    await page.reload();
    await expect(page.getByTestId('projects-data-table').locator('tbody tr')).toHaveCount(sites.length);
    await expect(page.getByTestId('kind-chip-site')).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('fn-chip-C').click();
    await expect(page).toHaveURL(/fn=C/);
    await expect(page.getByTestId('map-empty')).toBeVisible();
    await page.getByTestId('clear-filters').click();
    await expect(page.getByTestId('projects-data-table').locator('tbody tr')).toHaveCount(15);

    const p05 = projects.find((p) => p.id === 'P05')!;
    await page.getByTestId('projects-data-table').getByRole('button', { name: p05.name }).click();
    await expect(page).toHaveURL(/project=P05/);
    await expect(page.getByTestId('details-name')).toHaveText(p05.name);
    await expect(page.getByTestId('status-timeline').locator('li')).toHaveCount(p05.statusHistory.length);
    await expect(page.getByTestId('project-details')).toContainText(
      units.find((u) => u.id === p05.leadUnitId)!.name,
    );
    await page.reload();
    await expect(page.getByTestId('details-name')).toHaveText(p05.name);
  });

  test('clicking a point on the map selects it', async ({ page }) => {
    await page.goto(`${DEMO_URL}/projects`);
    const chart = page.getByTestId('project-map').getByTestId('chart');
    await expect(chart).toHaveAttribute('data-painted', 'true');
    const box = (await chart.boundingBox())!;
    // The same projection the map uses (1 rem = 16 px at 1920 wide), aimed at the lone point in the north-east.
    const grid = mapGrid((n) => Math.round((n * 16) / 16));
    const located = projects
      .filter((p) => p.location !== null)
      .map((p) => [p.location!.lng, p.location!.lat] as const);
    const plotW = box.width - grid.left - grid.right;
    const plotH = box.height - grid.top - grid.bottom;
    const extent = fitExtent(located, plotW, plotH)!;
    const p03 = projects.find((p) => p.id === 'P03')!;
    const [x, y] = projector(extent, grid, plotW, plotH)(p03.location!.lng, p03.location!.lat);
    await page.mouse.click(box.x + x, box.y + y);
    await expect(page).toHaveURL(/project=P03/);
    await expect(page.getByTestId('details-name')).toHaveText(p03.name);
  });

  test('downloads the projects as CSV and the map as PNG', async ({ page }) => {
    await page.goto(`${DEMO_URL}/projects`);
    const lines = (await views.downloadCsv(page, page.getByTestId('projects-table'))).lines.filter(
      (l) => l !== '',
    );
    expect(lines[0]).toBe('名称,类型,状态,功能,牵头单位,规模,状态起始,最新进展,位置');
    expect(lines).toHaveLength(16);
    expect(lines).toContain(
      '南部科创公共服务中心,功能平台,运营,O/T,闵行区,1.2万㎡,2021-12-28,正式运营,"121.446,31.021"',
    );
    expect(lines).toContain('前瞻研究院,功能平台,运营,C,上海交大,,2021-10-15,功能型平台挂牌,未标注');

    await views.downloadPng(page, page.getByTestId('map-panel'));
  });

  const mapAndCard = async (page: Page) => {
    await expect(page.getByTestId('project-map').locator('canvas')).toHaveCount(1);
    await expect(page.getByTestId('details-name')).toBeVisible();
  };
  views.testLayouts(views.DESKTOP_AND_PHONE, [['/projects?project=P02', mapAndCard]]);

  views.testAxe([
    [
      '/projects?project=P02',
      (page) => expect(page.getByTestId('project-map').locator('canvas')).toHaveCount(1),
    ],
  ]);
});

test.describe('projects: the configured boundary', () => {
  test('draws the configured boundary', async ({ page }) => {
    const errors = collectPageErrors(page);
    await withBoundary(page, '/geo/zero-bay-boundary.example.geojson');
    await page.goto(`${DEMO_URL}/projects`);
    await expect(page.getByTestId('boundary-note')).toHaveAttribute('data-state', 'loaded');
    await expect(page.getByTestId('boundary-note')).toHaveText('已绘制边界：大零号湾（示意范围）');
    await expect(page.getByTestId('project-map')).toHaveAttribute('data-boundary-series', '1');
    await expect(page.getByTestId('project-map').locator('canvas')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('a boundary that is not GeoJSON leaves a note and the map still drawn', async ({ page: other }) => {
    const errors = collectPageErrors(other);
    // Valid JSON, but not a FeatureCollection.
    await withBoundary(other, '/config.json');
    await other.goto(`${DEMO_URL}/projects`);
    await expect(other.getByTestId('boundary-note')).toHaveAttribute('data-state', 'error', {
      timeout: 20_000,
    });
    await expect(other.getByTestId('boundary-note')).toContainText('边界未能加载');
    await expect(other.getByTestId('project-map')).toHaveAttribute('data-boundary-series', '0');
    await expect(other.getByTestId('project-map').locator('canvas')).toHaveCount(1);
    await expect(other.getByTestId('projects-data-table').locator('tbody tr')).toHaveCount(15);
    expect(errors).toEqual([]);
  });
});

function p0Name(list: Project[], id: string): string {
  return list.find((p) => p.id === id)!.name;
}
