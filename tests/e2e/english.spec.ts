import { expect, test, type Page } from '@playwright/test';
import { DEMO_URL, presetUi } from './support';

/*
 * An English page reads as English: no Chinese left in its text, its attributes (title, aria-label), the
 * document's title or the charts' canvases, and no text cut short or spilling out of its panel, at a
 * desktop and a phone size. The allow-list holds only what has no English form.
 */
const ALLOWED = new Set([
  // The language switch names the other language in that language, as every bilingual site does.
  '中文',
]);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

const VIEWS = [
  '/',
  '/functions',
  '/functions/T',
  '/tasks',
  '/tasks/T01',
  '/indicators',
  '/indicators/IND-JCL-BUILT',
  '/units',
  '/programme',
  '/projects',
  '/briefing',
  '/present',
  '/big-screen?screen=1',
  '/big-screen?screen=2',
  '/big-screen?screen=3',
  '/big-screen?screen=4',
  '/big-screen?screen=5',
  '/big-screen?screen=6',
  '/big-screen?screen=7',
  '/data-health',
  '/playground',
];

/** Records every string the page draws on a canvas (ECharts' labels), for the language check. */
const recordCanvasText = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __drawn: Set<string> };
    w.__drawn = new Set();
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, max) {
      w.__drawn.add(String(text));
      return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
    };
  });

async function settle(page: Page) {
  await expect(page.locator('main, [data-testid="big-screen"], .present').first()).toBeVisible();
  await expect(page.getByText(/Loading…/)).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(1500);
}

/** Chinese text shown on an English page: text, attributes, title and canvas, outside `translate="no"` data. */
const chineseOnPage = (page: Page) =>
  page.evaluate(
    ({ allowed, source }) => {
      const re = new RegExp(source);
      const out = new Set<string>();
      const ok = (s: string) => !re.test(s) || allowed.includes(s.trim());
      // Raw API text an administrator edits or inspects (the playground) is data, not the page's words.
      const raw = (el: Element | null) => el?.closest('[translate="no"], textarea') != null;
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = n.textContent ?? '';
        if (!ok(text) && !raw(n.parentElement)) out.add(text.trim().slice(0, 80));
      }
      for (const el of document.querySelectorAll('[title],[aria-label],[alt],[placeholder]'))
        for (const a of ['title', 'aria-label', 'alt', 'placeholder']) {
          const v = el.getAttribute(a);
          if (v && !ok(v) && !raw(el)) out.add(`${a}="${v.slice(0, 80)}"`);
        }
      if (!ok(document.title)) out.add(`<title>${document.title}`);
      for (const t of (window as unknown as { __drawn: Set<string> }).__drawn)
        if (!ok(t)) out.add(`canvas: ${t.slice(0, 80)}`);
      return [...out];
    },
    { allowed: [...ALLOWED], source: CJK.source },
  );

/**
 * Text cut short (an ellipsis or a clamp hiding part of it) or spilling past its panel's edge, and a page
 * wider than the window. Scrolling containers (a wide table) are left alone: their text is all there.
 */
const overflowingText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const holdsText = (el: Element) =>
      [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '');
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!holdsText(el) || el.closest('[translate="no"], textarea, .demo-mark, .sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      const label = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 50)}"`;
      const cuts = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.overflowY === 'hidden';
      if (cuts && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2))
        out.push(`cut: ${label}`);
      const panel = el.parentElement?.closest('.panel, .bs-panel, .bs-strip');
      if (panel) {
        const p = panel.getBoundingClientRect();
        if (r.right > p.right + 1 || r.left < p.left - 1) out.push(`spills: ${label}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push(`page ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
    return out;
  });

/*
 * Cut today, and not by the words: the wall's tiles clamp a task's full name to two lines and the ledger's
 * aspect column ends in an ellipsis. The wall's composition (and so its tile sizes) belongs to its layout;
 * the ellipsis keeps the full text in a title. Listed here so every other cut fails, and reported on each run.
 */
const KNOWN_CUT = /\.(bs-cell-name|bs-attn-name|bs-bullet-name|bs-ind-name|aspect-text) |span\. "/;

for (const size of [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test.describe(`English pages at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, locale: 'en-GB' });

    for (const view of VIEWS) {
      test(`${view} has no Chinese outside the allow-list and no overflowing text`, async ({ page }) => {
        await presetUi(page, { theme: 'dark', lang: 'en' });
        await recordCanvasText(page);
        await page.goto(`${DEMO_URL}${view}`);
        await settle(page);
        expect(await chineseOnPage(page), 'Chinese on an English page').toEqual([]);
        const overflow = await overflowingText(page);
        const known = overflow.filter((o) => o.startsWith('cut: ') && KNOWN_CUT.test(o));
        if (known.length) test.info().annotations.push({ type: 'known cut', description: known.join('\n') });
        expect(
          overflow.filter((o) => !known.includes(o)),
          'text cut short or spilling out',
        ).toEqual([]);
        // Idiomatic units: never the magnitude word for word, never a plural after 1.
        const body = await page.locator('body').innerText();
        expect(body).not.toMatch(/10k m²|100M CNY|\b1 (days|tasks|items|indicators|firms|companies)\b/);
      });
    }
  });
}

/*
 * The wall's 4×15 matrix in English: a task's name runs to three lines where the Chinese takes one, and a tile
 * that grew with it pushed into the row below and past the panel's foot. Every tile stays inside its panel and
 * clear of every other, in both languages and at the wall's sizes.
 */
for (const lang of ['en', 'zh'] as const)
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ])
    test(`the wall's task tiles in ${lang} at ${size.width}×${size.height} neither overlap nor leave their panel`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await presetUi(page, { theme: 'dark', lang });
      await page.goto(`${DEMO_URL}/big-screen?screen=1`);
      await expect(page.locator('.bs-cell')).toHaveCount(15);
      const { tiles, panel } = await page.evaluate(() => ({
        tiles: [...document.querySelectorAll('.bs-cell')].map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: el.getAttribute('data-testid'),
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
          };
        }),
        panel: document
          .querySelector('.bs-matrix')!
          .closest('.bs-panel')!
          .getBoundingClientRect()
          .toJSON() as DOMRect,
      }));
      const problems: string[] = [];
      for (const a of tiles) {
        if (a.bottom > panel.bottom + 1 || a.top < panel.top - 1) problems.push(`${a.id} outside its panel`);
        for (const b of tiles)
          if (
            a.id! < b.id! &&
            a.left < b.right - 1 &&
            b.left < a.right - 1 &&
            a.top < b.bottom - 1 &&
            b.top < a.bottom - 1
          )
            problems.push(`${a.id} overlaps ${b.id}`);
      }
      expect(problems).toEqual([]);
    });
