import { expect, test, type Page } from '@playwright/test';
import { ALL_KEPT, readKept } from './kept-store';
import { ignorable, mark, marked, NO_NGINX, noNginx, shellSite, untilControlled } from './shell-site';
import { collectPageErrors, expectedAssessment, expectOverviewNumbers } from './support';

/*
 * The app shell's service worker on the shipped nginx deployment (tests/e2e/shell-site.ts): a screen that
 * restarts with the server gone and the browser offline starts from the kept shell and shows its last good
 * data with the stale marker, then recovers by itself when the network is back. A new build taken at a
 * safe moment: tests/e2e/update.spec.ts.
 */
test.skip(noNginx, NO_NGINX);

const site = shellSite('offline');
const url = () => site.url;
const deploy = site.deploy;
const startSite = site.start;
const stopSite = site.stop;

test.afterEach(() => site.remove());

async function expectWallFigures(page: Page, onTrack: number, done: number) {
  await expect(page.getByTestId('bs-count-onTrack')).toHaveAttribute('data-value', String(onTrack));
  await expect(page.getByTestId('bs-count-done')).toHaveAttribute('data-value', String(done));
}

test.describe('a screen that restarts with no network', () => {
  test('the wall opens with its last good figures and the stale marker, and recovers without a reload', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    const errors = collectPageErrors(page);
    const { onTrack, done } = (await expectedAssessment(null)).overall!.counts;
    deploy();
    await startSite();
    await page.goto(`${url()}/big-screen?kiosk=1`);
    await expectWallFigures(page, onTrack, done);
    await untilControlled(page, url());
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL_KEPT);

    // The night's power cut: the server is gone and the screen's network too; the screen restarts.
    await stopSite();
    await context.setOffline(true);
    const started = Date.now();
    await page.reload();
    await expectWallFigures(page, onTrack, done);
    const stale = page.getByTestId('bs-stale');
    await expect(stale).toContainText('数据未能刷新', { timeout: 30_000 });
    await expect(stale).toContainText(/自 \d{2}:\d{2} 起未更新|显示 \d{2}:\d{2} 的数据/);
    console.log(`offline restart: last good figures and stale marker in ${Date.now() - started} ms`);
    await mark(page);

    // Power back: the next refresh brings fresh data, the marker goes, the page was never reloaded.
    await startSite();
    await context.setOffline(false);
    await expect(stale).toHaveCount(0, { timeout: 45_000 });
    await expectWallFigures(page, onTrack, done);
    expect(await marked(page), 'recovered without a reload').toBe(true);
    expect(errors.filter(ignorable)).toEqual([]);
  });

  test('a phone opens the overview offline with its last good numbers marked as not refreshed', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const expected = await expectedAssessment(null);
    deploy();
    await startSite();
    await page.goto(`${url()}/`);
    await expectOverviewNumbers(page, expected);
    await untilControlled(page, url());
    await expect.poll(async () => (await readKept(page))?.keys, { timeout: 15_000 }).toEqual(ALL_KEPT);

    await stopSite();
    await context.setOffline(true);
    await page.reload();
    await expectOverviewNumbers(page, expected);
    await expect(page.getByTestId('freshness')).toContainText('数据未能更新', { timeout: 30_000 });
    await mark(page);

    await startSite();
    await context.setOffline(false);
    await expect(page.getByTestId('freshness')).not.toContainText('数据未能更新', { timeout: 45_000 });
    // On a phone the header shows a fresh answer's time alone; the sentence is its label.
    await expect(page.getByTestId('freshness')).toHaveAttribute('aria-label', /更新于/);
    await expectOverviewNumbers(page, expected);
    expect(await marked(page), 'recovered without a reload').toBe(true);
    expect(errors.filter(ignorable)).toEqual([]);
    await context.close();
  });
});
