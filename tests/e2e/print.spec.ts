import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectPageErrors, DEMO_URL } from './support';

/*
 * Paper: every view printed to PDF as Chromium prints it (print media, A4 landscape), in both languages, from
 * the dark theme a person may have chosen. Read back with poppler's pdftotext: the title and report date and
 * "page / pages" on every sheet, the ledger's header row repeated with its titles. The ledger's timeline is a
 * canvas, so its fit is read through the chart's own API while printing.
 */

const VIEWS = [
  '/',
  '/tasks',
  '/tasks/T01',
  '/indicators',
  '/indicators/IND-GIANT',
  '/functions',
  '/programme',
  '/projects',
  '/units',
  '/briefing',
  '/data-health',
] as const;

const LIGHT_TEXT = '#0B1A3A';

interface PdfPages {
  /** Each page's text, whitespace dropped (Chinese lines wrap anywhere). */
  pages: string[];
  size: string;
}

function readPdf(pdf: Buffer, keep?: string): PdfPages {
  const dir = mkdtempSync(join(tmpdir(), 'zerobay-print-'));
  try {
    const file = join(dir, 'p.pdf');
    writeFileSync(file, pdf);
    if (keep) writeFileSync(keep, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    return {
      // pdftotext ends each page with a form feed.
      pages: text
        .split('\f')
        .slice(0, Number(/Pages:\s+(\d+)/.exec(info)?.[1]))
        .map((p) => p.replace(/\s+/g, '')),
      size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squash = (s: string) => s.replace(/\s+/g, '');

async function openPrinting(browser: Browser, lang: 'zh' | 'en') {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript(
    (l) =>
      localStorage.setItem('zerobay-ui', JSON.stringify({ state: { theme: 'dark', lang: l }, version: 0 })),
    lang,
  );
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

/** The view loaded, its charts drawn, then as it prints. */
async function printView(page: Page, path: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${DEMO_URL}${path}`);
  await expect(page.locator('h1').first()).not.toBeEmpty();
  await expect(page.getByTestId('as-of').first()).not.toHaveText('—');
  const charts = page.getByTestId('chart');
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('data-painted', 'true');
  const title = squash((await page.locator('h1').first().textContent()) ?? '');
  const date = squash((await page.getByTestId('as-of').first().textContent()) ?? '');
  await page.emulateMedia({ media: 'print' });
  // Printing draws every chart again in the light theme.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  return { title, date };
}

for (const lang of ['zh', 'en'] as const) {
  test(`every view prints (${lang}): title, report date and page numbers on every sheet`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const { context, page, errors } = await openPrinting(browser, lang);
    const dateLabel = lang === 'zh' ? '数据截至:' : 'Dataasof:';
    for (const path of VIEWS) {
      const { title, date } = await printView(page, path);
      const pdf = readPdf(
        await page.pdf({ preferCSSPageSize: true, printBackground: true }),
        process.env.PRINT_PDF_DIR
          ? join(process.env.PRINT_PDF_DIR, `${lang}${path.replace(/\W+/g, '-')}.pdf`)
          : undefined,
      );
      expect(pdf.size, path).toBe('841.92 x 594.96');
      const n = pdf.pages.length;
      pdf.pages.forEach((text, i) => {
        expect(text, `${path} page ${i + 1}`).toContain(`${title}·${dateLabel}${date}`);
        expect(text, `${path} page ${i + 1}`).toContain(`${i + 1}/${n}`);
      });
      // No button, menu or header on paper.
      expect(pdf.pages.join(''), path).not.toContain('↓CSV');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the ledger prints whole: header titles on every sheet, the timeline fitted with 2027 and the report date', async ({
  browser,
}) => {
  const { context, page } = await openPrinting(browser, 'zh');
  await printView(page, '/tasks');
  const timeline = page.getByTestId('task-timeline').getByTestId('chart');
  const fit = await timeline.evaluate((el) => {
    type Chart = {
      getWidth(): number;
      getOption(): { textStyle?: { color?: string } | { color?: string }[] };
      convertToPixel(finder: { xAxisIndex: number }, value: number): number;
    };
    const chart = (el as HTMLElement & { zerobayChart: Chart }).zerobayChart;
    const text = chart.getOption().textStyle;
    return {
      width: chart.getWidth(),
      x2027: chart.convertToPixel({ xAxisIndex: 0 }, Date.UTC(2027, 6, 1)),
      color: (Array.isArray(text) ? text[0] : text)?.color,
      canvasFits:
        el.querySelector('canvas')!.getBoundingClientRect().width <= el.getBoundingClientRect().width + 1,
    };
  });
  // Drawn at the width of A4 landscape's content (273 mm), 2027 inside it, in the light theme.
  expect(fit.width).toBeLessThanOrEqual(1032);
  expect(fit.x2027).toBeGreaterThan(0);
  expect(fit.x2027).toBeLessThan(fit.width);
  expect(fit.color).toBe(LIGHT_TEXT);
  expect(fit.canvasFits).toBe(true);

  const headers = await page.getByTestId('task-table').locator('thead th').allTextContents();
  const titles = headers.map((h) => squash(h).replace(/[↕▲▼]/g, ''));
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const rowOfTitles = titles.join('');
  const withHeader = pdf.pages.filter((p) => p.includes(rowOfTitles));
  // The ledger runs over several sheets, and each one it is on repeats the titles (none left empty).
  const ledgerPages = pdf.pages.filter((p) => /[0-9]+%[0-9]+%/.test(p)).length;
  expect(ledgerPages).toBeGreaterThanOrEqual(2);
  expect(withHeader.length).toBeGreaterThanOrEqual(ledgerPages);

  // Back on screen: the chosen theme again.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('a chart picture carries its title, report date and source on the light theme', async ({ browser }) => {
  const { context, page } = await openPrinting(browser, 'zh');
  await page.goto(`${DEMO_URL}/tasks`);
  const panel = page.getByTestId('task-timeline');
  await expect(panel.getByTestId('chart')).toHaveAttribute('data-painted', 'true');
  const size = await panel.getByTestId('chart').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByTestId('png-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await download.path())!);
  // Width and height from the PNG header: the chart at twice its size, inside a frame above and below.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(size.w * 2);
  expect(height).toBeGreaterThan(size.h * 2 + 100);
  // The frame is white and the title dark, whatever the screen's theme (dark here, and still dark after).
  const pixels = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const at = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
    // The title's band: the darkest pixel in it.
    const band = ctx.getImageData(48, 48, 400, 40).data;
    let darkest = 255 * 3;
    for (let i = 0; i < band.length; i += 4)
      darkest = Math.min(darkest, band[i]! + band[i + 1]! + band[i + 2]!);
    return { corner: at(4, 4), darkest };
  }, png.toString('base64'));
  expect(pixels.corner).toEqual([255, 255, 255]);
  expect(pixels.darkest).toBeLessThan(200);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('a CSV reads in the page language: the briefing changes table kind column', async ({ browser }) => {
  for (const lang of ['zh', 'en'] as const) {
    const { context, page } = await openPrinting(browser, lang);
    await page.goto(`${DEMO_URL}/briefing`);
    const table = page.getByTestId('briefing-changes-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByTestId('csv-download').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const kinds = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(lang === 'zh' ? ['任务', '指标'] : ['Task', 'Indicator']).toContain(k);
    await context.close();
  }
});
