import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_URL } from './support';

/*
 * Every canvas preset, every screen: nothing scrolls, nothing spills out of its panel, no text under the
 * floor (20 design px: 20 px on the 1920×1080 canvas, 40 px at 4K), and no two labels cut to the same text.
 * Chart text is checked where it is decided, in the option builders' unit tests.
 */
const PRESETS = [
  { width: 1920, height: 1080, canvas: '16x9', panes: 1 },
  { width: 3840, height: 2160, canvas: '16x9', panes: 1 },
  { width: 3840, height: 1080, canvas: '32x9', panes: 2 },
  { width: 5760, height: 1080, canvas: '48x9', panes: 3 },
  { width: 1080, height: 1920, canvas: '9x16', panes: 1 },
  { width: 390, height: 844, canvas: '9x16', panes: 1 },
] as const;

interface Audit {
  scroll: { w: number; h: number };
  stage: { x: number; y: number; w: number; h: number };
  rem: number;
  panes: string[];
  spills: string[];
  small: string[];
  labels: string[];
}

async function audit(page: Page): Promise<Audit> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="bs-stage"]')!;
    const sr = stage.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const describe = (el: Element) =>
      `${el.className || el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) return false;
      for (let e: Element | null = el; e && e !== stage; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    // A box that moves its content on purpose (the scrolling list) is a clip, not a spill.
    const inScroller = (el: Element) => el.closest('.bs-attn-box') !== null;
    const spills: string[] = [];
    for (const panel of stage.querySelectorAll(
      '.bs-panel, .bs-counter, .bs-bullet, .bs-cell, .bs-ind, .bs-fn',
    )) {
      const pr = panel.getBoundingClientRect();
      for (const el of panel.querySelectorAll('*')) {
        if (!visible(el) || inScroller(el) || el.closest('svg, canvas')) continue;
        const r = el.getBoundingClientRect();
        if (r.left < pr.left - 1 || r.right > pr.right + 1 || r.top < pr.top - 1 || r.bottom > pr.bottom + 1)
          spills.push(`${describe(el)} outside ${describe(panel)}`);
      }
    }
    for (const pane of stage.querySelectorAll('.bs-pane')) {
      const pr = pane.getBoundingClientRect();
      for (const panel of pane.querySelectorAll('.bs-panel, .bs-area-strip, .bs-counters')) {
        const r = panel.getBoundingClientRect();
        if (r.left < pr.left - 1 || r.right > pr.right + 1 || r.top < pr.top - 1 || r.bottom > pr.bottom + 1)
          spills.push(`${describe(panel)} outside its pane`);
      }
    }
    const floor = 1.25 * rem - 0.05;
    const small: string[] = [];
    const labels: string[] = [];
    for (const el of stage.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      // Status glyphs are icons beside their word, not text to read.
      if (!own || !visible(el) || el.closest('.sr-only, svg, .status-glyph, .status-manual')) continue;
      if (parseFloat(getComputedStyle(el).fontSize) < floor) small.push(describe(el));
      if (inScroller(el)) continue;
      // What a reader actually sees of it: the characters inside its box (a cut label loses the rest).
      const box = el.getBoundingClientRect();
      let seen = '';
      for (const n of el.childNodes) {
        if (n.nodeType !== Node.TEXT_NODE) continue;
        const text = n.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const r = range.getBoundingClientRect();
          // Its middle inside the box: tight line boxes (digits, badges) clip a glyph's ascent, not the glyph.
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (r.width > 0 && x <= box.right && y <= box.bottom && x >= box.left && y >= box.top)
            seen += text[i];
        }
      }
      const full = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .replace(/\s+/g, '');
      const shown = seen.replace(/\s+/g, '');
      const cut = getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
      if (cut || shown.length < full.length) labels.push(`${shown}…|${full}`);
    }
    return {
      scroll: { w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight },
      stage: { x: sr.x, y: sr.y, w: sr.width, h: sr.height },
      rem,
      panes: [...stage.querySelectorAll('.bs-pane')].map((p) => p.getAttribute('data-screen') ?? ''),
      spills,
      small,
      labels,
    };
  });
}

for (const p of PRESETS) {
  for (const screen of [1, 2, 3]) {
    test(`${p.width}×${p.height} → ${p.canvas}, page ${screen}: no scrollbars, nothing spilt, no small text, no labels cut alike`, async ({
      page,
    }) => {
      // On two or three panes the first page already shows several screens; one pass per page is enough.
      test.skip(p.panes === 3 && screen > 1, 'one page on 48:9');
      test.skip(p.panes === 2 && screen > 2, 'two pages on 32:9');
      const errors = collectPageErrors(page);
      await page.setViewportSize({ width: p.width, height: p.height });
      await page.goto(`${DEMO_URL}/big-screen?screen=${screen}`);
      await expect(page.locator('[data-testid^="bs-screen-"]').first()).toBeVisible();
      await expect(page.getByTestId('bs-stage')).toHaveAttribute('data-canvas', p.canvas);
      await expect(page.getByTestId('bs-pane')).toHaveCount(p.panes);
      await expect(page.locator('canvas').first()).toBeVisible();
      // Let the counters and chart animations settle.
      await page.waitForTimeout(800);
      const a = await audit(page);
      expect(a.scroll.w).toBeLessThanOrEqual(p.width);
      expect(a.scroll.h).toBeLessThanOrEqual(p.height);
      // The wall's own shape: filled edge to edge, no letterbox.
      expect(a.stage).toEqual({ x: 0, y: 0, w: p.width, h: p.height });
      // Each pane a whole screen of its own.
      expect(new Set(a.panes).size).toBe(Math.min(p.panes, 3));
      expect({ spills: a.spills, small: a.small }).toEqual({ spills: [], small: [] });
      // No two cut labels read alike; a cut label never reads like another whole one.
      const shown = a.labels.map((l) => l.split('|')[0]!);
      expect(a.labels.filter((l) => shown.filter((x) => x === l.split('|')[0]).length > 1)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('?canvas= wins over the screen’s shape, and an odd ratio is letterboxed', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${DEMO_URL}/big-screen?canvas=48x9`);
  await expect(page.getByTestId('bs-pane')).toHaveCount(3);
  const s = await page.getByTestId('bs-stage').boundingBox();
  expect(s!.width).toBeCloseTo(1920, 0);
  expect(s!.height).toBeCloseTo(360, 0);
  await page.setViewportSize({ width: 2560, height: 1080 });
  await page.goto(`${DEMO_URL}/big-screen`);
  await expect(page.getByTestId('bs-stage')).toHaveAttribute('data-canvas', '16x9');
  const w = await page.getByTestId('bs-stage').boundingBox();
  expect(w).toEqual({ x: 320, y: 0, width: 1920, height: 1080 });
});
