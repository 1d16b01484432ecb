import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_URL } from './support';

/*
 * Every canvas preset, every screen: nothing scrolls, nothing spills out of its panel, no text under the
 * floor (20 design px: 20 px on the 1920×1080 canvas, 40 px at 4K), and no two labels cut to the same text.
 * Chart text is read from each chart's own option (its instance on the element, `zerobayChart`): 16 design px.
 * Headline figures are at least 56 design px. The pages are stepped with the next button, not waited for.
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
    const inScroller = (el: Element) => el.closest('.bs-attn-box, .bs-scroll-box') !== null;
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

/** Every screen of the default playlist: a pane shows one, a page as many as there are panes. */
const PLAYLIST = 7;

/** Chart text, read from the option each chart was drawn with (the instance on its element). */
async function chartFonts(page: Page): Promise<{ min: number; where: string }[]> {
  return page.evaluate(() => {
    type Chart = { getOption: () => Record<string, unknown> };
    const out: { min: number; where: string }[] = [];
    const walk = (v: unknown, path: string, found: { min: number; where: string }) => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`, found));
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      // Text nobody sees: a hidden part, or the tooltip that a wall nobody touches never opens.
      if (o.show === false) return;
      for (const [k, x] of Object.entries(o)) {
        if (k === 'tooltip' || k === 'emphasis' || k === 'axisPointer' || k === 'dataZoom') continue;
        // A legend's selector buttons are drawn only when it has them.
        if (k === 'selectorLabel' && !o.selector) continue;
        if (k === 'fontSize' && typeof x === 'number' && x < found.min) {
          found.min = x;
          found.where = path;
        } else walk(x, `${path}.${k}`, found);
      }
    };
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="bs-stage"] div')) {
      const chart = (el as HTMLElement & { zerobayChart?: Chart }).zerobayChart;
      if (!chart || el.getBoundingClientRect().width < 2) continue;
      const found = { min: Infinity, where: '' };
      walk(chart.getOption(), el.getAttribute('aria-label') ?? 'chart', found);
      if (found.min < Infinity) out.push(found);
    }
    return out;
  });
}

/** The headline figures (the counters, the behind board's points), in px. */
const headlineSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.bs-digit, .bs-behind-points')]
      .filter((el) => el.getBoundingClientRect().width > 1)
      .map((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), text: el.textContent ?? '' })),
  );

for (const p of PRESETS) {
  const pages = Math.ceil(PLAYLIST / p.panes);
  test(`${p.width}×${p.height} → ${p.canvas}, all ${pages} pages: no scrollbars, nothing spilt, no small text, no labels cut alike`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(30_000 + pages * 8_000);
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: p.width, height: p.height });
    await page.goto(`${DEMO_URL}/big-screen?screen=1`);
    await expect(page.locator('[data-testid^="bs-screen-"]').first()).toBeVisible();
    await expect(page.getByTestId('bs-stage')).toHaveAttribute('data-canvas', p.canvas);
    await expect(page.getByTestId('bs-pane')).toHaveCount(p.panes);
    const seen = new Set<string>();
    for (let n = 0; n < pages; n++) {
      // The page is picked, not waited for: the wall's → key moves the rotation one page on.
      if (n > 0) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('bs-stage')).toHaveAttribute('data-screen-index', String(n));
      await expect(page.locator('[data-testid^="bs-screen-"]')).toHaveCount(p.panes);
      // Let the counters and chart animations settle.
      await page.waitForTimeout(700);
      const a = await audit(page);
      a.panes.forEach((s) => seen.add(s));
      const at = `page ${n + 1} (${a.panes.join(', ')})`;
      expect.soft(a.scroll.w, at).toBeLessThanOrEqual(p.width);
      expect.soft(a.scroll.h, at).toBeLessThanOrEqual(p.height);
      // The wall's own shape: filled edge to edge, no letterbox.
      expect.soft(a.stage, at).toEqual({ x: 0, y: 0, w: p.width, h: p.height });
      // Each pane a whole screen of its own.
      expect.soft(new Set(a.panes).size, at).toBe(p.panes);
      expect.soft({ spills: a.spills, small: a.small }, at).toEqual({ spills: [], small: [] });
      // No two cut labels read alike; a cut label never reads like another whole one.
      const shown = a.labels.map((l) => l.split('|')[0]!);
      expect
        .soft(
          a.labels.filter((l) => shown.filter((x) => x === l.split('|')[0]).length > 1),
          at,
        )
        .toEqual([]);
      // Chart labels at least 16 design px (1 rem), headline figures at least 56 (3.5 rem).
      const small = (await chartFonts(page)).filter((c) => c.min < a.rem - 0.05);
      expect.soft(small, `${at}: chart text under ${a.rem} px`).toEqual([]);
      const headlines = await headlineSizes(page);
      expect
        .soft(
          headlines.filter((h) => h.size < 3.5 * a.rem - 0.05),
          `${at}: headline figures`,
        )
        .toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${p.width}x${p.height}-page${n + 1}.png`) });
    }
    // Every screen of the playlist came up.
    expect(seen.size).toBe(PLAYLIST);
    expect(errors).toEqual([]);
  });
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

for (const size of [
  { width: 390, height: 844 },
  { width: 1080, height: 1920 },
])
  for (const lang of ['en', 'zh'] as const)
    test(`portrait ${size.width}×${size.height} in ${lang}: the data's date reads on one line, the demo mark covers nothing, the target cards hold their parts`, async ({
      page,
    }) => {
      await page.addInitScript(
        (l) =>
          localStorage.setItem(
            'zerobay-ui',
            JSON.stringify({ state: { theme: 'light', lang: l }, version: 0 }),
          ),
        lang,
      );
      await page.setViewportSize(size);
      await page.goto(`${DEMO_URL}/big-screen?screen=1`);
      await expect(page.getByTestId('bs-screen-overview')).toBeVisible();
      await page.waitForTimeout(700);
      const seen = await page.evaluate(() => {
        const asOf = document.querySelector<HTMLElement>('[data-testid="bs-as-of"]')!;
        const marks = [...document.querySelectorAll('[data-testid="demo-mark"]')]
          .map((m) => m.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0);
        const covered: string[] = [];
        for (const el of document.querySelectorAll('[data-testid="bs-stage"] *')) {
          if (el.closest('[data-testid="demo-mark"]')) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          const r = el.getBoundingClientRect();
          if (!own || r.width < 1 || r.height < 1) continue;
          for (const m of marks)
            if (r.left < m.right && r.right > m.left && r.top < m.bottom && r.bottom > m.top)
              covered.push(el.textContent!.trim().slice(0, 30));
        }
        // Each target card holds its name, figures, bar and time line inside its box, its bar drawn.
        const cards: string[] = [];
        for (const card of document.querySelectorAll<HTMLElement>('.bs-bullet')) {
          const box = card.getBoundingClientRect();
          if (box.height < 1) continue;
          for (const part of card.children) {
            const r = part.getBoundingClientRect();
            if (getComputedStyle(part).display === 'none') continue;
            if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.height < 1)
              cards.push(
                `${card.dataset.testid}: ${part.className} ${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)}`,
              );
          }
        }
        return {
          asOfLines: asOf.getBoundingClientRect().height / parseFloat(getComputedStyle(asOf).fontSize),
          marks: marks.length,
          covered,
          cards,
        };
      });
      expect.soft(seen.cards, 'target cards: every part inside its box, none squeezed away').toEqual([]);
      expect.soft(seen.asOfLines, 'the date on one line, not a column one word wide').toBeLessThan(2);
      expect.soft(seen.marks, 'the demo mark is shown').toBe(1);
      expect(seen.covered, 'text under the demo mark').toEqual([]);
    });
