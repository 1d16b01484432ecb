import { expect, test, type Page } from '@playwright/test';
import { ALL_KEPT as ALL, readKept } from './kept-store';
import {
  collectPageErrors,
  expectedAssessment,
  HTTP_APP_URL,
  MOCK_API_URL,
  setMockScenario,
} from './support';

/*
 * A wall screen left alone for days: its last good data survives failed refreshes and restarts in an
 * outage (the HTTP mock's `outage` scenario resets every connection), and a kept cache another build
 * wrote is read by the current schemas, never rendered raw. The HTTP build refreshes every 5 s.
 */

/** Deletes fields from every kept row of one resource, in place (the page must have written a cache). */
async function stripKeptFields(page: Page, resource: string, fields: string[]) {
  await page.evaluate(
    ({ resource, fields }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('zerobay');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('kept-answers', 'readwrite').objectStore('kept-answers');
          const get = store.get('query-cache');
          get.onsuccess = () => {
            const cache = JSON.parse(get.result as string) as {
              clientState: { queries: Array<{ queryKey: unknown[]; state: { data: { data: object[] } } }> };
            };
            for (const q of cache.clientState.queries)
              if (q.queryKey[0] === resource)
                for (const row of q.state.data.data)
                  for (const f of fields) delete (row as Record<string, unknown>)[f];
            const put = store.put(JSON.stringify(cache), 'query-cache');
            put.onsuccess = () => {
              db.close();
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
        };
      }),
    { resource, fields },
  );
}

async function expectWallFigures(page: Page, onTrack: number, done: number) {
  await expect(page.getByTestId('bs-count-onTrack')).toHaveAttribute('data-value', String(onTrack));
  await expect(page.getByTestId('bs-count-done')).toHaveAttribute('data-value', String(done));
}

test.describe('the last good data over restarts in an outage', () => {
  test.afterEach(async () => setMockScenario(null));

  test('a wall restarted during an outage, twice, keeps its figures with the stale marker; the kept cache does not shrink', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    const a = await expectedAssessment(null);
    const { onTrack, done } = a.overall!.counts;
    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1`);
    await expectWallFigures(page, onTrack, done);
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL);
    const before = (await readKept(page))!;

    await setMockScenario('outage');
    const stale = page.getByTestId('bs-stale');
    await expect(stale).toContainText('数据未能刷新', { timeout: 30_000 });
    // Failed refreshes were saved since: the answers before them are what is kept.
    await page.waitForTimeout(3000);
    const during = (await readKept(page))!;
    expect(during.keys).toEqual(ALL);
    expect(during.chars).toBeGreaterThanOrEqual(before.chars - 200);

    for (const restart of [1, 2]) {
      await page.reload();
      await expectWallFigures(page, onTrack, done);
      await expect(stale, `restart ${restart}`).toContainText('数据未能刷新', { timeout: 30_000 });
      await expect(stale).toContainText(/自 \d{2}:\d{2} 起未更新|显示 \d{2}:\d{2} 的数据/);
      await page.waitForTimeout(3000);
      const after = (await readKept(page))!;
      expect(after.keys).toEqual(ALL);
      expect(after.chars).toBeGreaterThanOrEqual(before.chars - 200);
    }

    await setMockScenario(null);
    await expect(stale).toHaveCount(0, { timeout: 30_000 });
    await expectWallFigures(page, onTrack, done);
    expect(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_RESET/.test(e))).toEqual([]);
  });

  test('a kept cache from another build is dropped with a note, never rendered raw', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL);
    // What a build with another task shape would find: rows without name, milestones or progress.
    await stripKeptFields(page, 'tasks', ['name', 'milestones', 'progress']);
    await setMockScenario('outage');
    await page.reload();
    // The frame is there and the page renders; the tasks' figures are missing, not taken from the cache.
    await expect(page.locator('header.app-header')).toBeVisible();
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(page.getByTestId('task-count')).not.toHaveText('15');
    // The admin pages are in the header's 管理 menu.
    await page.getByTestId('nav-admin').locator('summary').click();
    await page.getByRole('link', { name: '数据源健康' }).first().click();
    const notes = page.getByTestId('kept-cache-notes');
    await expect(notes).toContainText('本机保存的数据与当前版本不符，已丢弃');
    await expect(notes).toContainText(/tasks \(latest\): row 0\.name/);
    expect(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_RESET/.test(e))).toEqual([]);
  });

  test('a reload paints the kept figures in its first screen, before the API answers, then revalidates', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL);
    // What the overview shows first: the loading state, or the figures.
    await page.addInitScript(() => {
      const w = window as unknown as { firstShown?: string };
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="overview"] > .panel-state')) w.firstShown ??= 'loading';
        if (document.querySelector('[data-testid="task-count"]')) w.firstShown ??= 'figures';
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    // The API holds its answers until the kept figures are on screen.
    const held: Array<() => void> = [];
    await page.route(`${MOCK_API_URL}/api/v1/**`, (route) => {
      held.push(() => void route.continue().catch(() => {}));
    });
    await page.reload();
    await expect(page.getByTestId('task-count')).toHaveText('15');
    expect(await page.evaluate(() => (window as unknown as { firstShown?: string }).firstShown)).toBe(
      'figures',
    );
    await expect.poll(() => held.length).toBeGreaterThanOrEqual(6);
    await page.unroute(`${MOCK_API_URL}/api/v1/**`);
    held.forEach((release) => release());
    // Revalidated: every resource of the report date answered again, and the figures stay.
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect(page.locator('[data-testid="overview"] > .panel-state')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('kept data from the future', () => {
  test.afterEach(async () => setMockScenario(null));

  test('a kept cache newer than the device clock (the clock was reset) never reads 刚刚', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL);
    // The device clock goes back two hours and the API is down: every kept answer is "in the future".
    await setMockScenario('outage');
    await page.clock.setSystemTime(Date.now() - 2 * 3600_000);
    await page.reload();
    await expect(page.getByTestId('task-count')).toHaveText('15');
    const freshness = page.getByTestId('freshness');
    await expect(freshness).toHaveClass(/stale/, { timeout: 30_000 });
    await expect(page.getByTestId('overview')).toBeVisible();
    const overview = await page.evaluate(() => document.body.innerText);
    expect(overview).not.toContain('刚刚');
    expect(overview).not.toMatch(/just now/i);

    await page.goto(`${HTTP_APP_URL}/big-screen?kiosk=1`);
    const stale = page.getByTestId('bs-stale');
    await expect(stale).toContainText('数据未能刷新', { timeout: 30_000 });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('刚刚');
  });
});

test.describe('the kept headline, painted before the app', () => {
  // Routes must see the page's scripts: no service worker serving them from its own copy.
  test.use({ serviceWorkers: 'block' });

  /** Reloads with the app's scripts held; returns the function that lets them through. */
  async function reloadWithScriptsHeld(page: Page): Promise<() => void> {
    const held: Array<() => void> = [];
    await page.route('**/assets/*.js', (route) => {
      held.push(() => void route.continue().catch(() => {}));
    });
    await page.reload({ waitUntil: 'commit' });
    return () => {
      void page.unroute('**/assets/*.js');
      held.forEach((release) => release());
    };
  }

  async function keptHeadline(page: Page) {
    await page.goto(`${HTTP_APP_URL}/`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('zerobay-kept-headline')), { timeout: 15_000 })
      .not.toBeNull();
  }

  test('a reload shows the last fresh figures with their date before the scripts run; the app replaces them', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await keptHeadline(page);
    const release = await reloadWithScriptsHeld(page);
    const kept = page.getByTestId('kept-headline');
    await expect(kept).toBeVisible();
    await expect(kept.locator('[data-kept-testid="task-count"]')).toHaveText('15');
    await expect(kept).toContainText('上次保存的数据：截至 2025年12月31日');
    await expect(kept).toContainText('正在更新');
    expect(await page.getByTestId('task-count').count()).toBe(0);
    release();
    await expect(page.getByTestId('task-count')).toHaveText('15');
    await expect(kept).toHaveCount(0);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test('kept text is painted as text, never HTML; another config.json or build paints nothing', async ({
    page,
  }) => {
    await keptHeadline(page);
    await page.evaluate(() => {
      const kept = JSON.parse(localStorage.getItem('zerobay-kept-headline')!);
      kept.note = '<img src=x onerror="window.__injected=1">';
      localStorage.setItem('zerobay-kept-headline', JSON.stringify(kept));
    });
    let release = await reloadWithScriptsHeld(page);
    await expect(page.getByTestId('kept-headline')).toContainText('<img src=x onerror=');
    expect(await page.locator('#root img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    release();
    await expect(page.getByTestId('task-count')).toHaveText('15');
    // The app keeps its own headline again once its figures are fresh: wait, or it overwrites the change below.
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('zerobay-kept-headline')!).note))
      .not.toContain('<img');

    for (const field of ['config', 'build'])
      await test.step(`another ${field}`, async () => {
        await page.evaluate((field) => {
          const kept = JSON.parse(localStorage.getItem('zerobay-kept-headline')!);
          kept[field] = 'other';
          localStorage.setItem('zerobay-kept-headline', JSON.stringify(kept));
        }, field);
        release = await reloadWithScriptsHeld(page);
        await expect(page.locator('#root > .boot-shell')).toBeVisible();
        // boot.js has the config by now (it keeps its hash for the app) and painted nothing.
        await expect.poll(() => page.evaluate(() => window.__zerobayConfigHash)).toBeTruthy();
        await expect(page.getByTestId('kept-headline')).toHaveCount(0);
        release();
        await expect(page.getByTestId('task-count')).toHaveText('15');
        // The app keeps its own again once the figures are fresh.
        await expect
          .poll(() =>
            page.evaluate(
              (field) => JSON.parse(localStorage.getItem('zerobay-kept-headline')!)[field],
              field,
            ),
          )
          .not.toBe('other');
      });
  });
});
