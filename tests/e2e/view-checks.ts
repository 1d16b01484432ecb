import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_URL, downloaded, presetUi, seriousAxeViolations } from './support';

/**
 * The checks every view spec makes in the same way: its exports download as real files, it fits the screens
 * people use without sideways scrolling, and axe finds nothing serious in either theme.
 */

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const DESKTOP_AND_PHONE = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];
export const ALL_SCREENS = [{ width: 1920, height: 1080 }, ...DESKTOP_AND_PHONE];

/** A panel's PNG export: a file named .png whose bytes start with the PNG signature. */
export async function downloadPng(page: Page, panel: Locator) {
  const png = await downloaded(page, () => panel.getByTestId('png-download').click());
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return png;
}

/** A table's CSV export: it starts with a BOM (for Excel); its name and its CRLF lines after the BOM. */
export async function downloadCsv(page: Page, table: Locator) {
  const csv = await downloaded(page, () => table.getByTestId('csv-download').click());
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: csv.name, lines: text.slice(1).split('\r\n') };
}

export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A place to open and what must be on screen before it is judged. */
export type View = readonly [path: string, ready: (page: Page) => Promise<unknown>];

/** One test per screen size: each view opens with no page error and no sideways scrolling. */
export function testLayouts(viewports: ReadonlyArray<{ width: number; height: number }>, views: View[]) {
  for (const viewport of viewports) {
    test(`renders at ${viewport.width}×${viewport.height} without errors or sideways scrolling`, async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      await page.setViewportSize(viewport);
      for (const [path, ready] of views) {
        await page.goto(`${DEMO_URL}${path}`);
        await ready(page);
        await expectNoSidewaysScroll(page);
      }
      expect(errors).toEqual([]);
    });
  }
}

/** One test per theme: each view, in Chinese, has no serious or critical axe finding. */
export function testAxe(views: View[]) {
  for (const theme of ['dark', 'light'] as const) {
    test(`axe finds no serious or critical violations (${theme})`, async ({ page }) => {
      await presetUi(page, { theme, lang: 'zh' });
      for (const [path, ready] of views) {
        await page.goto(`${DEMO_URL}${path}`);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await seriousAxeViolations(page, path)).toEqual([]);
      }
    });
  }
}
