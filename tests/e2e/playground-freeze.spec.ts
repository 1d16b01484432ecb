import { expect, test } from '@playwright/test';
import { closeSite, deployCopy, exampleConfig, serve, type Site } from './static-site';

/*
 * The playground maps 10,000 foreign rows in its worker without freezing the page. It measures the page's main
 * thread, so it runs in the suite's one-at-a-time pass (playwright.config.ts), never beside another browser.
 */

let ledger: Site;
const site = () => ledger.url;

test.beforeAll(async () => {
  ledger = await serve(deployCopy('freeze-ledger', exampleConfig('ledger')));
});
test.afterAll(async () => closeSite(ledger));

test('mapping 10,000 rows does not freeze the page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${site()}/playground?resource=tasks`);
  await expect(page.getByTestId('mapping-expression')).toHaveValue(/\$groupBy\(\$reports\.rows/);
  // Park the mapping (an empty expression does not run), so filling the sample boxes is not measured:
  // laying out megabytes of text in a text area is the browser's own cost, not the mapping's.
  const expression = page.getByTestId('mapping-expression');
  const valid = await expression.inputValue();
  await expression.fill(' ');
  await expect(page.getByTestId('mapping-invalid')).toBeVisible();
  // 10,000 ledger tasks with 12 reports each, put in the sample boxes the way typing would (input events).
  await page.evaluate(() => {
    const set = (id: string, value: string) => {
      const el = document.querySelector<HTMLTextAreaElement>(`[data-testid="${id}"]`)!;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const rows: object[] = [];
    const reports: object[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const id = `T${String(i).padStart(5, '0')}`;
      rows.push({
        rwbh: id,
        xh: String(i + 1),
        fmbh: 'A1',
        rwmc: `任务${i}`,
        ywmc: '',
        gnfl: 'C,T',
        qtdw: 'sjtu',
        phdw: '',
        ksrq: '2021年1月1日',
        jsrq: '2027年12月31日',
        wcrq: '',
        rgzt: '',
      });
      for (let m = 1; m <= 12; m += 1)
        reports.push({ dxbh: id, hbyf: `2025年${m}月`, wcl: `${m * 5}%`, jzqk: '' });
    }
    set('sample-reports', JSON.stringify({ code: 200, rows: reports }));
    set('sample-milestones', JSON.stringify({ code: 200, rows: [] }));
    set(
      'sample-main',
      JSON.stringify({ code: 200, msg: '查询成功', tjrq: '2025年12月31日', total: rows.length, rows }),
    );
  });
  await page.waitForTimeout(1000);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // From now on, record every main-thread task longer than 50 ms (Long Tasks API) until the result is on screen.
  // Frame gaps would be the wrong measure on a busy test machine: a starved compositor skips frames even
  // when the page's thread is idle. A long task is the page's own thread being blocked.
  await page.evaluate(() => {
    const w = window as unknown as { __start: number; __done: number; __long: Array<[number, number]> };
    w.__start = performance.now();
    w.__done = 0;
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push([e.startTime - w.__start, e.duration]);
    }).observe({ type: 'longtask' });
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="playground-summary"]')?.textContent?.includes('10000')) {
        w.__done = performance.now() - w.__start;
        obs.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await expression.fill(valid);
  await expect(page.getByTestId('playground-summary')).toContainText(
    '收到 10000 行，保留 10000 行，丢弃 0 行',
    { timeout: 90_000 },
  );
  await page.waitForTimeout(300);
  const { done, long } = await page.evaluate(() => {
    const w = window as unknown as { __done: number; __long: Array<[number, number]> };
    return { done: w.__done, long: w.__long };
  });
  const during = long.filter(([t]) => t < done);
  const blocked = during.reduce((sum, [, d]) => sum + d, 0);
  test.info().annotations.push({
    type: 'main thread',
    description: `mapping ${Math.round(done)} ms; long tasks ${JSON.stringify(during.map(([t, d]) => [Math.round(t), Math.round(d)]))}`,
  });
  // Seconds of mapping; the page's own thread is blocked only briefly, when the result arrives and renders.
  expect(done).toBeGreaterThan(1000);
  expect(Math.max(0, ...during.map(([, d]) => d))).toBeLessThan(600);
  expect(blocked).toBeLessThan(done / 4);
});
