import { expect, test, type Page } from '@playwright/test';
import { HTTP_APP_URL, presetUi } from './support';

/*
 * The overview's trend sets its plot box from its labels' widths (src/lib/charts/text-box.ts) instead of
 * asking ECharts to measure the axes first (`containLabel`, a second build of every axis). The box must be
 * the one `containLabel` finds, in both languages and at a desktop's and a laptop's size; and the chart's
 * first frame is drawn whole, with no entry animation.
 */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Chart = {
  getModel: () => { getComponent: (c: string) => { coordinateSystem: { getRect: () => Box } } };
  getOption: () => { animation?: unknown };
  setOption: (o: unknown, opts?: unknown) => void;
};

/**
 * The plot box as drawn, then as ECharts' own label measuring makes it from the builder's margins before the
 * labels (8, 36, 40 and 8 design px at the page's root size: src/lib/charts/build-progress-trend-option.ts).
 */
const boxes = (page: Page) =>
  page
    .getByTestId('trend')
    .getByTestId('chart')
    .evaluate((el) => {
      const chart = (el as HTMLElement & { zerobayChart: Chart }).zerobayChart;
      const rect = () => {
        const r = chart.getModel().getComponent('grid').coordinateSystem.getRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const drawn = rect();
      const animation = chart.getOption().animation;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const px = (n: number) => Math.round((n * rem) / 16);
      const grid = { left: px(8), right: px(36), top: px(40), bottom: px(8), containLabel: true };
      chart.setOption({ grid }, { lazyUpdate: false });
      return { drawn, measured: rect(), animation };
    });

const cases = [
  { width: 1920, height: 1080, theme: 'dark', lang: 'zh' },
  { width: 1366, height: 768, theme: 'light', lang: 'en' },
  { width: 1366, height: 768, theme: 'dark', lang: 'zh' },
] as const;

for (const c of cases) {
  test(`the trend's plot box is the one containLabel finds, ${c.width}×${c.height} ${c.lang}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: c.width, height: c.height });
    await presetUi(page, { theme: c.theme, lang: c.lang });
    await page.goto(`${HTTP_APP_URL}/`);
    const chart = page.getByTestId('trend').getByTestId('chart');
    // On a laptop the trend is more than a screen down: it draws when it comes near.
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-painted', 'true');
    const { drawn, measured, animation } = await boxes(page);
    expect(animation).toBe(false);
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(drawn[k]).toBeCloseTo(measured[k], 0);
  });
}
