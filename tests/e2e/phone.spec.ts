import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_URL, presetUi } from './support';
import { OFFICE_PAGES } from './view-paths';

/*
 * A leader's phone, at the two common widths: the header stays one row while the page scrolls, every view is
 * one tap away in the menu, nothing is wider than the screen and no chart's axis labels run into each other.
 */
const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;

/** The menu's entries and where each leads: the views, then the admin pages. */
const MENU = [
  ['overview', '/'],
  ['functions', '/functions'],
  ['tasks', '/tasks'],
  ['indicators', '/indicators'],
  ['units', '/units'],
  ['programme', '/programme'],
  ['projects', '/projects'],
  ['briefing', '/briefing'],
  ['bigScreen', '/big-screen'],
  ['dataHealth', '/data-health'],
  ['playground', '/playground'],
] as const;

/** The pages inside the header (the wall fills the screen on its own and is measured by its own spec). */
const PAGES = OFFICE_PAGES;

/** Scrolls to the foot a screen at a time, so charts that draw only when near have drawn, then back up. */
async function scrollThrough(page: Page) {
  for (let i = 0; i < 40; i += 1) {
    const atFoot = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(150);
    if (atFoot) break;
  }
}

/** Elements sticking out of the viewport sideways, unless a box that scrolls or clips holds them in. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const held = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('.sr-only, .skip-link')) continue;
      if ((r.right > vw + 1 || r.left < -1) && !held(el)) {
        out.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} [${Math.round(r.left)}, ${Math.round(r.right)}]`,
        );
      }
    }
    return [document.documentElement.scrollWidth - vw, out.slice(0, 10)] as const;
  });

/**
 * Every chart's axis labels as drawn, read through ECharts' own scene graph: labels the axis hid for overlap
 * are left out, the rest must neither overlap nor cross the chart's edge.
 */
const axisLabelProblems = (page: Page) =>
  page.evaluate(() => {
    type El = {
      anid?: string;
      ignore?: boolean;
      invisible?: boolean;
      parent?: El;
      style?: { text?: string; opacity?: number };
      getBoundingRect: () => {
        clone: () => { applyTransform: (m: unknown) => void } & LabelBoxLike;
      };
      getComputedTransform: () => unknown;
    };
    type LabelBoxLike = { x: number; y: number; width: number; height: number };
    type Chart = {
      getWidth: () => number;
      getZr: () => { storage: { getDisplayList: (update: boolean) => El[] } };
    };
    const problems: string[] = [];
    let charts = 0;
    let labels = 0;
    for (const host of document.querySelectorAll('[data-testid="chart"]')) {
      const chart = (host as HTMLElement & { zerobayChart?: Chart }).zerobayChart;
      if (!chart) continue;
      charts += 1;
      const width = chart.getWidth();
      const groups = new Map<unknown, Array<LabelBoxLike & { text: string }>>();
      const seen = new Set<El>();
      // The scene draws a label's text as spans under the label element, which carries the axis' id.
      for (const span of chart.getZr().storage.getDisplayList(true)) {
        const el = span.parent;
        if (!el?.anid?.startsWith('label_') || seen.has(el)) continue;
        seen.add(el);
        if (el.ignore || el.invisible || span.ignore || span.invisible) continue;
        if ((el.style?.opacity ?? 1) === 0) continue;
        const r = el.getBoundingRect().clone();
        r.applyTransform(el.getComputedTransform());
        const box = { x: r.x, y: r.y, width: r.width, height: r.height, text: String(el.style?.text ?? '') };
        if (!box.text) continue;
        labels += 1;
        const list = groups.get(el.parent) ?? [];
        list.push(box);
        groups.set(el.parent, list);
        if (box.x < -1 || box.x + box.width > width + 1)
          problems.push(
            `"${box.text}" cut at the chart's edge (${Math.round(box.x)}…${Math.round(box.x + box.width)} of ${width})`,
          );
      }
      for (const list of groups.values()) {
        for (let i = 0; i < list.length; i += 1) {
          for (let j = i + 1; j < list.length; j += 1) {
            const a = list[i]!;
            const b = list[j]!;
            const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
            const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
            if (overlapX > 0.5 && overlapY > 0.5) problems.push(`"${a.text}" overlaps "${b.text}"`);
          }
        }
      }
    }
    return { charts, labels, problems };
  });

for (const size of SIZES) {
  test.describe(`phone ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    for (const lang of ['zh', 'en'] as const) {
      test(`${lang}: the header is one row, at most 64 px, while the page scrolls`, async ({ page }) => {
        await presetUi(page, { theme: 'dark', lang });
        for (const path of ['/', '/tasks', '/briefing']) {
          await page.goto(`${DEMO_URL}${path}`);
          await expect(page.getByTestId('freshness')).toBeVisible();
          await page.evaluate(() => window.scrollTo(0, 1500));
          await page.waitForTimeout(100);
          const box = (await page.getByTestId('app-header').boundingBox())!;
          expect(box.y, path).toBeLessThanOrEqual(0.5);
          expect(box.height, path).toBeLessThanOrEqual(64);
          // What the header says plainly stays in it: the data's freshness and the demo mark.
          await expect(page.getByTestId('freshness')).toBeInViewport();
          await expect(page.getByTestId('demo-mark')).toBeInViewport();
        }
      });
    }

    test('every view is one tap away in the menu, the admin pages in a group of their own', async ({
      page,
    }) => {
      await page.goto(`${DEMO_URL}/`);
      await page.getByTestId('menu-toggle').click();
      const sheet = page.getByTestId('app-sheet');
      for (const [key] of MENU) {
        const link = sheet.getByTestId(`nav-${key}`);
        // Whole and on screen without scrolling the sheet: one tap reaches it.
        await expect(link).toBeInViewport({ ratio: 1 });
      }
      // The leaders' views come first; the admin pages sit below them, apart.
      const lastView = (await sheet.getByTestId('nav-bigScreen').boundingBox())!;
      const firstAdmin = (await sheet.getByTestId('nav-dataHealth').boundingBox())!;
      expect(firstAdmin.y).toBeGreaterThan(lastView.y + lastView.height);

      for (const [key, path] of MENU) {
        await page.goto(`${DEMO_URL}/tasks/T09?asOf=2021-06-30`);
        await page.getByTestId('menu-toggle').click();
        await page.getByTestId('app-sheet').getByTestId(`nav-${key}`).click();
        await expect(page).toHaveURL(`${DEMO_URL}${path}?asOf=2021-06-30`);
        // The sheet closes once a view is picked.
        if (key !== 'bigScreen') await expect(page.getByTestId('app-sheet')).toHaveCount(0);
      }
    });

    test('the dates and switches are in the sheet and work from there', async ({ page }) => {
      await page.goto(`${DEMO_URL}/`);
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('as-of-input').fill('2021-06-30');
      await expect(page).toHaveURL(/asOf=2021-06-30/);
      await page.getByTestId('lang-toggle').click();
      await expect(page.locator('html')).toHaveAttribute('lang', /en/);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('app-sheet')).toHaveCount(0);
    });

    for (const path of PAGES) {
      test(`${path}: nothing wider than the screen, no axis labels overlapping or cut`, async ({ page }) => {
        const errors = collectPageErrors(page);
        await page.goto(`${DEMO_URL}${path}`);
        await expect(page.locator('.page').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await scrollThrough(page);
        const charts = page.locator('[data-testid="chart"]');
        const n = await charts.count();
        for (let i = 0; i < n; i += 1) {
          await charts.nth(i).scrollIntoViewIfNeeded();
          await expect(charts.nth(i)).toHaveAttribute('data-painted', 'true', { timeout: 15_000 });
        }
        // Charts finish their entry animation before their labels are where they stay.
        await page.waitForTimeout(1200);
        const [sideways, offenders] = await overflowing(page);
        expect(offenders, path).toEqual([]);
        expect(sideways, path).toBeLessThanOrEqual(0);
        const labels = await axisLabelProblems(page);
        expect(labels.charts).toBe(n);
        // The check read the labels it judges: every page's charts here have axes but the projects' map.
        if (n > 0 && path !== '/projects') expect(labels.labels).toBeGreaterThan(0);
        expect(labels.problems, path).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}

test.describe('wider screens keep the tables and the bar', () => {
  test('at 768 px the ledger is a table with its header row, and the views are in the bar', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${DEMO_URL}/tasks`);
    await expect(page.getByTestId('task-count')).toBeVisible();
    await expect(page.getByTestId('task-table').locator('thead')).toBeVisible();
    await expect(page.getByTestId('menu-toggle')).toHaveCount(0);
    for (const [key] of MENU.slice(0, 9)) await expect(page.getByTestId(`nav-${key}`)).toBeInViewport();
    // The admin pages are behind one entry at the end of the bar.
    await expect(page.getByTestId('nav-dataHealth')).toBeHidden();
    await page.getByTestId('nav-admin').locator('summary').click();
    await page.getByTestId('nav-dataHealth').click();
    await expect(page).toHaveURL(`${DEMO_URL}/data-health`);
  });
});
