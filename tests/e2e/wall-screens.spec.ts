import { expect, test, type Page } from '@playwright/test';
import { selectFurthestBehind } from '../../src/features/big-screen/select-wall-lists';
import { collectPageErrors, DEMO_URL, expectedAssessment, MOCK_API_URL, pct } from './support';

const AS_OF = '2025-06-30';
const open = async (page: Page, n: number, extra = '') => {
  await page.goto(`${DEMO_URL}/big-screen?kiosk=1&screen=${n}&asOf=${AS_OF}${extra}`);
  await expect(page.locator('[data-testid^="bs-screen-"]')).toBeVisible();
};

/**
 * Every visible piece of text on the screen at 1920×1080 is 20 px or more, and nothing sticks out of its
 * panel, except rows inside a scrolling board, which its box clips (checked to clip).
 */
async function layoutProblems(page: Page, screenId: string) {
  return page.evaluate((id) => {
    const problems: string[] = [];
    const root = document.querySelector(`[data-testid="${id}"]`)!;
    const scroller = document.scrollingElement!;
    if (scroller.scrollHeight > scroller.clientHeight || scroller.scrollWidth > scroller.clientWidth)
      problems.push('the page scrolls');
    for (const el of root.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const own = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
      const r = el.getBoundingClientRect();
      if (!own || r.width === 0 || el.closest('[aria-hidden="true"]')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 19.5) problems.push(`${size}px: ${el.textContent!.trim().slice(0, 30)}`);
    }
    for (const panel of root.querySelectorAll<HTMLElement>('.bs-panel')) {
      const p = panel.getBoundingClientRect();
      for (const el of panel.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('.bs-scroll-list.scrolling, .bs-scroll-list') && !el.matches('.bs-scroll-list'))
          continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1 || r.bottom > p.bottom + 1)
          if (!el.matches('.bs-scroll-list')) problems.push(`overflows its panel: ${el.className}`);
      }
      for (const box of panel.querySelectorAll<HTMLElement>('.bs-scroll-box')) {
        const r = box.getBoundingClientRect();
        if (getComputedStyle(box).overflow !== 'hidden') problems.push('a scroll box does not clip');
        if (r.bottom > p.bottom + 1) problems.push('a scroll box overflows its panel');
      }
    }
    return problems;
  }, screenId);
}

test.describe('the wall’s boards, ledger, map and behind-list', () => {
  test('each shows the metrics’ own figures, readable and inside its panel', async ({ page }) => {
    const errors = collectPageErrors(page);
    const a = await expectedAssessment(AS_OF);

    await open(page, 4);
    const ranks = page.getByTestId('bs-board-row');
    await expect(ranks).toHaveCount(a.ranking!.length);
    for (const [i, r] of a.ranking!.entries()) {
      await expect(ranks.nth(i)).toContainText(String(r.rank));
      await expect(ranks.nth(i)).toContainText(pct(r.meanProgress));
    }
    expect(await layoutProblems(page, 'bs-screen-ranking')).toEqual([]);

    await open(page, 5);
    const ledger = page.getByTestId('bs-ledger-row');
    const tasks = [...a.tasks].sort((x, y) => x.task.order - y.task.order);
    await expect(ledger).toHaveCount(tasks.length);
    for (const [i, { task, a: t }] of tasks.entries()) {
      await expect(ledger.nth(i)).toContainText(task.name);
      await expect(ledger.nth(i).locator('.bs-ledger-pct').first()).toHaveText(pct(t.progress));
    }
    expect(await layoutProblems(page, 'bs-screen-ledger')).toEqual([]);

    await open(page, 6);
    const res = await fetch(`${MOCK_API_URL}/api/v1/projects?asOf=${AS_OF}`);
    const projects = ((await res.json()) as { data: { location?: unknown }[] }).data;
    await expect(page.getByTestId('bs-plist-row')).toHaveCount(projects.length);
    await expect(page.getByTestId('bs-map-marker')).toHaveCount(projects.filter((p) => p.location).length);
    expect(await layoutProblems(page, 'bs-screen-map')).toEqual([]);
    // Markers fill the panel rather than huddling in a corner: they span most of its width or height.
    const spread = await page.evaluate(() => {
      const box = document.querySelector('.bs-map-box')!.getBoundingClientRect();
      const rs = [...document.querySelectorAll('[data-testid="bs-map-marker"]')].map((m) =>
        m.getBoundingClientRect(),
      );
      const w = Math.max(...rs.map((r) => r.right)) - Math.min(...rs.map((r) => r.left));
      const h = Math.max(...rs.map((r) => r.bottom)) - Math.min(...rs.map((r) => r.top));
      return Math.max(w / box.width, h / box.height);
    });
    expect(spread).toBeGreaterThan(0.75);

    await open(page, 7);
    const behind = selectFurthestBehind(a.indicators);
    const cards = page.getByTestId('bs-behind-card');
    await expect(cards).toHaveCount(behind.rows.length);
    for (const [i, r] of behind.rows.entries()) {
      await expect(cards.nth(i)).toContainText(r.indicator.name);
      await expect(cards.nth(i).locator('.bs-behind-points')).toHaveText(`−${Math.abs(r.points)}`);
    }
    expect(await layoutProblems(page, 'bs-screen-behind')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a long board scrolls by itself, and steps without motion under reduced motion', async ({ page }) => {
    await open(page, 5);
    await expect(page.getByTestId('bs-ledger-scroll')).toHaveAttribute('data-scroll', 'scroll');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.getByTestId('bs-ledger-scroll')).toHaveAttribute('data-scroll', 'page');
    await expect(page.locator('.bs-scroll-list.scrolling')).toHaveCount(0);
  });

  test('the ink preset and the digit face reach the wall, and the font is our own file', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
    await open(page, 1, '&theme=ink');
    await expect(page.getByTestId('big-screen')).toHaveAttribute('data-theme', 'ink');
    await expect(page.getByTestId('big-screen')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    const faces = await page.evaluate(
      async () => (await document.fonts.load('700 40px "Zerobay Wall Digits"', '0123')).length,
    );
    expect(faces).toBeGreaterThan(0);
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(url.startsWith(DEMO_URL)).toBe(true);
  });
});
