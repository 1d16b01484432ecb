import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectPageErrors,
  expectedAssessment,
  expectOverviewNumbers,
  MOCK_API_URL,
  presetUi,
  seriousAxeViolations,
} from './support';
import { closeSite, deployCopy, DIST, exampleConfig, serve, type Site } from './static-site';

/*
 * The built app, deployed three times the way a deployer would (copy the build, replace config.json),
 * each copy pointed at one foreign-shaped mock API over real HTTP: a ledger {code,msg,rows,total}
 * with pinyin keys, a spreadsheet export, a nested open-data document. Each must show the same
 * figures as the canonical API. A fourth copy carries a deliberately wrong mapping.
 */

const EXAMPLES = ['ledger', 'sheet', 'opendata'] as const;
type Copy = (typeof EXAMPLES)[number] | 'broken';
const SECRETS = ['zerobay-ledger-demo-token', 'zerobay-sheet-demo-key', 'zerobay-opendata-demo-key'];

const deploy = (copy: Copy, config: string) => deployCopy(`foreign-${copy}`, config);

const sites = new Map<Copy, Site>();
const site = (copy: Copy) => sites.get(copy)!.url;

test.beforeAll(async () => {
  for (const name of EXAMPLES) {
    const dir = deploy(name, exampleConfig(name));
    if (name === 'sheet') {
      // A second config on the same site, for ?config=.
      mkdirSync(join(dir, 'configs'), { recursive: true });
      writeFileSync(join(dir, 'configs', 'ledger.json'), exampleConfig('ledger'));
    }
    sites.set(name, await serve(dir));
  }
  // One project kind the value table does not know ("市场"): that row must be dropped and explained.
  const broken = exampleConfig('sheet', (t) =>
    t.replace('"平台": "platform", "市场": "market" }', '"平台": "platform" }'),
  );
  if (broken === exampleConfig('sheet')) throw new Error('the broken config did not change');
  sites.set('broken', await serve(deploy('broken', broken)));
});

test.afterAll(async () => {
  await Promise.all([...sites.values()].map(closeSite));
});

async function expectNoSecretOnPage(page: Page) {
  const html = await page.content();
  for (const s of SECRETS) expect(html).not.toContain(s);
}

for (const name of EXAMPLES) {
  test.describe(`examples/${name}.config.json against its foreign mock`, () => {
    test('shows the same figures as the canonical API, latest and at 2021-06-30', async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(`${site(name)}/`);
      await expectOverviewNumbers(page, await expectedAssessment(null));
      await expect(page.getByTestId('as-of')).toHaveText('2025年12月31日');
      await page.goto(`${site(name)}/?asOf=2021-06-30`);
      await expect(page.getByTestId('as-of')).toHaveText('2021年6月30日');
      await expectOverviewNumbers(page, await expectedAssessment('2021-06-30'));
      await expect(page.getByTestId('data-health')).not.toContainText('丢弃');
      // Mapped in the worker, not on the main thread; no mock service worker in this deployment.
      expect(page.workers().some((w) => w.url().includes('mapping.worker'))).toBe(true);
      // The app shell's worker claims the page once it has installed (a real-API build registers it).
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? 'none')).toMatch(
        /^(none|.*\/sw\.js)$/,
      );
      await expectNoSecretOnPage(page);
      expect(errors).toEqual([]);
    });

    test('the data-health page lists every resource with its redacted request and full rows', async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      await page.goto(`${site(name)}/data-health?asOf=2021-06-30`);
      for (const [resource, n] of [
        ['plan', 1],
        ['units', 20],
        ['tasks', 15],
        ['indicators', 12],
        ['workItems', 21],
        ['projects', 15],
      ] as const) {
        await expect(page.getByTestId(`health-status-${resource}`)).toContainText('正常');
        await expect(page.getByTestId(`health-rows-${resource}`)).toHaveText(
          `收到 ${n} · 保留 ${n} · 丢弃 0`,
        );
      }
      const requests = page.getByTestId('health-requests-tasks');
      await expect(requests).toContainText(new URL(MOCK_API_URL).host);
      if (name === 'sheet') await expect(requests).toContainText('appkey=***');
      if (name === 'ledger') await expect(requests).toContainText('$reports');
      await expect(page.getByTestId('issues-table')).toContainText('所有行均通过校验');
      await expectNoSecretOnPage(page);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('a mapping that is wrong', () => {
  test('drops only the bad row, and says which row, which field, what was expected and where it came from', async ({
    page,
  }) => {
    await page.goto(`${site('broken')}/?asOf=2021-06-30`);
    await expect(page.getByTestId('data-health')).toContainText('丢弃 1 行');
    await page.goto(`${site('broken')}/data-health?asOf=2021-06-30`);
    await expect(page.getByTestId('health-status-projects')).toContainText('有丢弃');
    await expect(page.getByTestId('health-rows-projects')).toHaveText('收到 15 · 保留 14 · 丢弃 1');
    await expect(page.getByTestId('health-status-tasks')).toContainText('正常');
    const table = page.getByTestId('issues-table');
    const row = table.locator('tbody tr').filter({ hasText: '"市场"' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('kind');
    await expect(row).toContainText('one of "project"');
    await expect(row).toContainText('.类型');
  });

  test('the failure filter lives in the URL, and the CSV holds the failures', async ({ page }) => {
    await page.goto(`${site('broken')}/data-health?asOf=2021-06-30`);
    await expect(page.getByTestId('issues-table')).toContainText('"市场"');
    await page.getByTestId('issue-filter-tasks').click();
    await expect(page).toHaveURL(/resource=tasks/);
    await expect(page.getByTestId('issues-table')).toContainText('所有行均通过校验');
    await page.goto(`${site('broken')}/data-health?asOf=2021-06-30&resource=projects`);
    await expect(page.getByTestId('issue-filter-projects')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('issues-table')).toContainText('"市场"');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('issues-table').getByTestId('csv-download').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe('数据,行号,行 ID,字段,应为,实际,原始字段');
    expect(first).toMatch(/^projects,\d+,P\d+,kind,"one of ""project"", .*","""市场""",\[\d+\]\.类型$/);
  });
});

test.describe('mapping playground', () => {
  test('fetches a sample from the configured address, maps it live, reports a broken field and downloads the config', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${site('ledger')}/playground?resource=units`);
    await expect(page.getByTestId('playground-mode-fields')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('playground-fetch').click();
    await expect(page.getByTestId('sample-main')).toHaveValue(/"dwbh": "stcsm"/);
    await expect(page.getByTestId('playground-summary')).toContainText('收到 20 行，保留 20 行，丢弃 0 行');

    const settings = page.getByTestId('mapping-settings');
    await settings.fill((await settings.inputValue()).replace('"path": "dwlx"', '"path": "dwlb"'));
    await expect(page.getByTestId('playground-summary')).toContainText('保留 0 行，丢弃 20 行');
    await expect(page.getByTestId('playground-issues')).toContainText('rows[0].dwlb');

    await settings.fill((await settings.inputValue()).replace('"path": "dwlb"', '"path": "dwlx"'));
    await expect(page.getByTestId('playground-summary')).toContainText('保留 20 行');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('playground-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('config.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      resources: { units: { mapping: { fields: { kind: { path: string } } } } };
    };
    expect(saved.resources.units.mapping.fields.kind.path).toBe('dwlx');
    expect(errors).toEqual([]);
  });

  test('JSONata: a syntax error is shown with its position, and the resource choice is in the URL', async ({
    page,
  }) => {
    await page.goto(`${site('opendata')}/playground?resource=projects`);
    await page.getByTestId('playground-fetch').click();
    await expect(page.getByTestId('playground-summary')).toContainText('收到 15 行，保留 15 行');
    const expr = page.getByTestId('mapping-expression');
    await expr.fill('[result.sites.features.{ "id": }]');
    await expect(page.getByTestId('playground-error')).toContainText(/JSONata S0\d+ at character \d+/);
    await page.getByTestId('playground-resource').selectOption('units');
    await expect(page).toHaveURL(/resource=units/);
  });

  test('in the demo build, the examples load and map against the in-page mock', async ({ page }) => {
    // The demo deployment is the plain build (mock enabled): the ledger example is answered by the service worker.
    const demo = await serve(join(process.cwd(), DIST));
    try {
      await page.goto(`${demo.url}/playground?resource=tasks&example=ledger`);
      await expect(page.getByTestId('playground-summary')).toContainText(
        '收到 15 行，保留 15 行，丢弃 0 行',
        { timeout: 20_000 },
      );
      await expect(page.getByTestId('playground-preview')).toContainText('"id": "T01"');
    } finally {
      await new Promise((r) => demo.server.close(r));
    }
  });
});

test.describe('?config= in the page URL', () => {
  test.skip(
    !readFileSync('src/main.tsx', 'utf8').includes('configUrlFromLocation'),
    'src/main.tsx does not read ?config= yet',
  );

  test('loads another config from the same site, and refuses one from elsewhere', async ({ page }) => {
    await page.goto(`${site('sheet')}/data-health?config=/configs/ledger.json&asOf=2021-06-30`);
    await expect(page.getByTestId('health-requests-tasks')).toContainText('/foreign/ledger/api/rw/list');
    await page.goto(`${site('sheet')}/?config=${encodeURIComponent('https://evil.example.com/config.json')}`);
    await expect(page.locator('body')).toContainText('?config= refused');
    await expect(page.getByTestId('task-count')).toHaveCount(0);
  });
});

test.describe('layout and accessibility of the two pages', () => {
  for (const path of ['/data-health?asOf=2021-06-30', '/playground?resource=tasks']) {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      test(`${path} at ${viewport.width}×${viewport.height}: no horizontal scrolling, no console errors`, async ({
        page,
      }) => {
        const errors = collectPageErrors(page);
        await page.setViewportSize(viewport);
        await page.goto(`${site('broken')}${path}`);
        await expect(page.locator('h1')).toBeVisible();
        if (path.startsWith('/playground')) {
          await page.getByTestId('playground-fetch').click();
          await expect(page.getByTestId('playground-summary')).toBeVisible();
        } else {
          await expect(page.getByTestId('health-rows-projects')).toContainText('保留 14');
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      });
    }
    for (const theme of ['dark', 'light'] as const) {
      test(`${path}: axe finds no serious or critical violations (${theme})`, async ({ page }) => {
        await presetUi(page, { theme: theme, lang: 'zh' });
        await page.goto(`${site('broken')}${path}`);
        if (path.startsWith('/playground')) {
          await page.getByTestId('playground-fetch').click();
          await expect(page.getByTestId('playground-summary')).toBeVisible();
        } else {
          await expect(page.getByTestId('health-rows-projects')).toContainText('保留 14');
        }
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }
  }
});
