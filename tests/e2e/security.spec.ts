import { expect, test } from '@playwright/test';
import { DEMO_URL } from './support';
import { OFFICE_PAGES } from './view-paths';

// Every view with every free-text field carrying a hostile payload (mock scenario `xss`): nothing runs,
// no dialog opens, the text shows literally.
const VIEWS = [
  ...OFFICE_PAGES,
  '/functions/C',
  '/tasks/T01',
  '/indicators/IND-GIANT',
  '/big-screen',
  '/present',
];
// The views whose first screen shows a hostile free text (a task's name or note): there it must read literally.
const SHOWS_TEXT = ['/', '/tasks', '/projects', '/briefing', '/big-screen'];
const HOSTILE = /<img src=x onerror=|<script>window\.__xss|<svg onload=/;

test.describe('hostile text from the API is shown, never run', () => {
  for (const view of VIEWS) {
    test(`xss corpus on ${view}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective),
        );
      });
      const sep = view.includes('?') ? '&' : '?';
      await page.goto(`${DEMO_URL}${view}${sep}mockScenario=xss`);
      await page.waitForLoadState('networkidle');
      // Rendered, not merely loaded: a lazy view (the wall) may still be fetching its screen at network idle,
      // with nothing on the page but the demo mark.
      if (SHOWS_TEXT.includes(view)) await expect(page.locator('body')).toContainText(HOSTILE);
      for (const chart of await page.locator('[data-testid="chart"]').all())
        await expect(chart).toHaveAttribute('data-painted', 'true');
      await page.waitForTimeout(1200);
      // Hover every chart so HTML tooltips render their (escaped) content.
      for (const canvas of await page.locator('[data-testid="chart"] canvas').all()) {
        const box = await canvas.boundingBox();
        if (!box) continue;
        for (const [fx, fy] of [
          [0.5, 0.5],
          [0.3, 0.4],
          [0.7, 0.6],
        ] as const) {
          await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
          await page.waitForTimeout(120);
        }
      }
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        csp: (window as unknown as { __csp: string[] }).__csp,
        injected: document.querySelectorAll(
          'main script, main img[src="x"], main svg[onload], main [onerror], main a[href^="javascript:"]',
        ).length,
        text: document.body.innerText,
      }));
      expect(state.xss).toBeNull();
      expect(dialogs).toEqual([]);
      expect(state.csp).toEqual([]);
      expect(state.injected).toBe(0);
      if (SHOWS_TEXT.includes(view)) expect(state.text).toMatch(HOSTILE);
    });
  }

  test('the site is served with a Content-Security-Policy without unsafe-eval', async ({ page }) => {
    const response = await page.goto(`${DEMO_URL}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    await expect(page.getByTestId('task-count')).toBeVisible();
  });
});
