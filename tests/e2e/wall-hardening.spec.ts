import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_URL, HTTP_APP_URL, MOCK_API_URL } from './support';

// What a wall left alone must survive: a visitor's mouse over a chart, a clock that went back to 2020,
// and names carrying invisible direction controls.

test('hovering every bar of the task chart on wall screen 2 throws nothing', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${DEMO_URL}/big-screen?screen=2`);
  const chart = page.getByTestId('bs-task-bars').getByTestId('chart');
  await expect(chart).toHaveAttribute('data-painted', 'true');
  const box = (await chart.locator('canvas').first().boundingBox())!;
  // Top to bottom through every row, left to right across label, bar and the empty space past it.
  for (let y = box.y + 4; y < box.y + box.height; y += 9) {
    for (const fx of [0.1, 0.45, 0.8, 0.98]) await page.mouse.move(box.x + box.width * fx, y);
  }
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
});

test('a clock reset to 2020 is named on the wall, and the figures still show', async ({ page }) => {
  await page.clock.setSystemTime(new Date('2020-01-01T09:00:00+08:00'));
  await page.goto(`${DEMO_URL}/big-screen`);
  await expect(page.getByTestId('bs-clock-wrong').first()).toContainText('本机时钟有误');
  await expect(page.getByTestId('bs-clock-wrong').first()).toContainText('2020-01-01');
  await expect(page.locator('[data-testid^="bs-screen-"]')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('数据加载失败');
});

const RLO = '\u202E';
const ZWSP = '\u200B';

test('direction overrides and zero-width characters in names are not shown, and kept in the CSV', async ({
  page,
}) => {
  let shown = '';
  await page.route(`${MOCK_API_URL}/api/v1/tasks*`, async (route) => {
    const body = (await (await route.fetch()).json()) as { data: Array<{ name: string }> };
    shown = body.data[0]!.name;
    body.data[0]!.name = `${RLO}${shown.slice(0, 2)}${ZWSP}${shown.slice(2)}`;
    await route.fulfill({ json: body });
  });
  await page.goto(`${HTTP_APP_URL}/tasks`);
  const table = page.getByTestId('task-table');
  await expect(table).toContainText(shown);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toContain(RLO);
  expect(text).not.toContain(ZWSP);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    table.getByTestId('csv-download').click(),
  ]);
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(csv).toContain(`${RLO}${shown.slice(0, 2)}${ZWSP}${shown.slice(2)}`);
});

/** Every text of each chart drawn on the page: its option as ECharts holds it, and what its formatters return. */
async function chartTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="chart"][data-painted="true"]').evaluateAll((els) =>
    els.flatMap((el) => {
      const chart = (el as HTMLElement & { zerobayChart?: { getOption(): Record<string, unknown> } })
        .zerobayChart;
      if (!chart) return [];
      const out: string[] = [];
      const walk = (v: unknown, depth: number) => {
        if (depth > 12) return;
        if (typeof v === 'string') out.push(v);
        else if (typeof v === 'function') {
          for (const arg of [
            { dataIndex: 0, value: 0.5, name: '', data: {} },
            [{ dataIndex: 0, value: 0.5 }],
          ])
            try {
              walk((v as (p: unknown) => unknown)(arg), depth + 1);
            } catch {
              /* a function that needs ECharts' own arguments */
            }
        } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, depth + 1);
      };
      walk(chart.getOption(), 0);
      return out;
    }),
  );
}

const NAMED = new Set(['name', 'shortName', 'title', 'unit', 'label']);

/** Every name-like text of an answer with a direction override in front and a zero-width space inside. */
function poison(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(poison);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      NAMED.has(k) && typeof x === 'string' && x.length > 1
        ? `${RLO}${x.slice(0, 1)}${ZWSP}${x.slice(1)}`
        : poison(x),
    ]),
  );
}

test('direction overrides and zero-width characters never reach a chart: axis labels, series, legend, labels', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.route(`${MOCK_API_URL}/api/v1/**`, async (route) => {
    const response = await route.fetch();
    // A 304 (the app revalidates) has no body: the copy it confirms was poisoned already.
    if (response.status() !== 200) return route.fulfill({ response });
    await route.fulfill({ response, json: poison(await response.json()) });
  });
  const found: string[] = [];
  for (const path of [
    '/',
    '/tasks',
    '/indicators',
    '/units',
    '/projects',
    '/functions',
    '/big-screen?screen=2',
  ]) {
    await page.goto(`${HTTP_APP_URL}${path}`);
    await expect(page.locator('[data-testid="chart"][data-painted="true"]').first()).toBeVisible({
      timeout: 30_000,
    });
    await page.waitForTimeout(500);
    const texts = await chartTexts(page);
    expect(texts.join('\n'), path).toMatch(/[\u4e00-\u9fff]/);
    found.push(...texts.filter((t) => t.includes(RLO) || t.includes(ZWSP)).map((t) => `${path}: ${t}`));
  }
  expect(found).toEqual([]);
});

test('a wall set to the ink theme paints black from the first frame, before the app has run', async ({
  page,
}) => {
  // The app's scripts never arrive: whatever shows is the boot script's choice alone.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.addInitScript(() =>
    localStorage.setItem('zerobay-ui', JSON.stringify({ state: { theme: 'ink', lang: 'zh' }, version: 0 })),
  );
  await page.goto(`${DEMO_URL}/big-screen`);
  await expect(page.locator('.boot-shell')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'ink');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
  // A link's `?theme=ink` wins over the saved choice in the same way.
  await page.addInitScript(() =>
    localStorage.setItem('zerobay-ui', JSON.stringify({ state: { theme: 'light', lang: 'zh' }, version: 0 })),
  );
  await page.goto(`${DEMO_URL}/big-screen?theme=ink`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'ink');
});
