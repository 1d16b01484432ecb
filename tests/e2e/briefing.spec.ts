import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  assessPlan,
  diffAssessments,
  DEFAULT_THRESHOLDS,
  type PlanAssessment,
  type PlanData,
} from '../../src/domain/metrics';
import { planSchema, rowSchemas } from '../../src/domain/schemas';
import { buildSummary } from '../../src/features/briefing/build-summary';
import {
  collectPageErrors,
  DEMO_URL,
  downloaded,
  MOCK_API_URL,
  pct,
  presetUi,
  seriousAxeViolations,
} from './support';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The mock's data at a date over HTTP, and what the domain metrics make of it: the expected figures. */
async function expected(asOf: string): Promise<{ data: PlanData; a: PlanAssessment }> {
  const get = async (path: string) =>
    (await (await fetch(`${MOCK_API_URL}/api/v1/${path}?asOf=${asOf}`)).json()) as {
      data: unknown;
      meta: { asOf: string };
    };
  const [plan, units, tasks, indicators, workItems, projects] = await Promise.all(
    ['plan', 'units', 'tasks', 'indicators', 'work-items', 'projects'].map(get),
  );
  const data: PlanData = {
    plan: planSchema.parse(plan!.data),
    units: z.array(rowSchemas.units).parse(units!.data),
    tasks: z.array(rowSchemas.tasks).parse(tasks!.data),
    indicators: z.array(rowSchemas.indicators).parse(indicators!.data),
    workItems: z.array(rowSchemas.workItems).parse(workItems!.data),
    projects: z.array(rowSchemas.projects).parse(projects!.data),
  };
  return { data, a: assessPlan(data, plan!.meta.asOf, DEFAULT_THRESHOLDS) };
}

const setUi = (page: Page, theme: 'dark' | 'light', lang: 'zh' | 'en' = 'zh') =>
  presetUi(page, { theme, lang });

/** Text of a PDF with poppler's pdftotext; whitespace dropped, since Chinese lines wrap anywhere. */
function pdfText(pdf: Buffer): { text: string; pages: number; size: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-'));
  const file = join(dir, 'b.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: text.replace(/\s+/g, ''),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '',
  };
}

const ready = (page: Page) => expect(page.getByTestId('summary-changes')).toBeVisible();

test.describe('briefing (meeting pack)', () => {
  for (const [asOf, compare] of [
    ['2021-06-30', '2021-03-31'],
    ['2025-12-31', '2025-09-30'],
  ] as const) {
    test(`Chromium's PDF at ${asOf} holds the summary numbers the metrics compute`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await setUi(page, 'dark');
      await page.goto(`${DEMO_URL}/briefing?asOf=${asOf}&compare=${compare}`);
      await ready(page);
      const { data, a } = await expected(asOf);
      const before = (await expected(compare)).a;
      const pdf = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      // A4 landscape, several pages, numbered.
      expect(pdf.size).toBe('841.92 x 594.96');
      expect(pdf.pages).toBeGreaterThanOrEqual(6);
      expect(pdf.text).toContain(`1/${pdf.pages}`);
      expect(pdf.text).toContain(`${pdf.pages}/${pdf.pages}`);

      const c = a.overall!.counts;
      const date = `${Number(asOf.slice(0, 4))}年${Number(asOf.slice(5, 7))}月${Number(asOf.slice(8, 10))}日`;
      expect(pdf.text).toContain(`截至${date}，${a.overall!.count}项任务中`);
      if (c.onTrack) expect(pdf.text).toContain(`${c.onTrack}项正常推进`);
      if (c.lagging) expect(pdf.text).toContain(`${c.lagging}项滞后`);
      if (c.done) expect(pdf.text).toContain(`${c.done}项已完成`);
      expect(pdf.text).toContain(
        `时间进度${pct(a.overall!.meanTimeProgress)}，任务总体完成${pct(a.overall!.meanProgress)}`,
      );
      const giant = a.indicators.find((x) => x.indicator.id === 'IND-GIANT')!.a;
      expect(pdf.text).toContain(
        `新增科技小巨人企业${giant.actual}家，完成${giant.target!.label}目标（${giant.target!.value}家）的${pct(giant.attainment!)}`,
      );
      if (giant.projection !== null) expect(pdf.text).toContain(`达${Math.round(giant.projection)}家`);
      expect(pdf.text).toContain(`任务总体完成由${pct(before.overall!.meanProgress)}`);
      // The whole written summary, as the pure builder writes it from the same data, is in the PDF.
      for (const p of buildSummary({
        assessment: a,
        data,
        before,
        diff: diffAssessments(before, a),
        lang: 'zh',
      })) {
        expect(pdf.text).toContain(p.text.replace(/\s+/g, ''));
      }
      // Cover, tables and section titles.
      expect(pdf.text).toContain('建设推进情况简报');
      expect(pdf.text).toContain('四、指标完成情况');
      const behind = a.tasks.filter((x) => ['lagging', 'overdue', 'missed'].includes(x.a.status));
      for (const x of behind) expect(pdf.text).toContain(x.task.name);
      // No interactive chrome on paper.
      expect(pdf.text).not.toContain('CSV');
      expect(pdf.text).not.toContain('打印/导出PDF');
      expect(errors).toEqual([]);
    });
  }

  test('the English summary when the UI is English', async ({ page }) => {
    await setUi(page, 'light', 'en');
    await page.goto(`${DEMO_URL}/briefing?asOf=2021-06-30&compare=2021-03-31`);
    await ready(page);
    const { a } = await expected('2021-06-30');
    await expect(page.getByTestId('summary-tasks')).toContainText(
      `As of 30 Jun 2021, of ${a.overall!.count} tasks: ${a.overall!.counts.notStarted} not started, ${a.overall!.counts.onTrack} on track`,
    );
    await expect(page.getByTestId('briefing-cover')).toContainText('Progress briefing');
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    test(`renders at ${viewport.width}×${viewport.height} with no horizontal scroll`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.setViewportSize(viewport);
      await page.goto(`${DEMO_URL}/briefing?asOf=2021-06-30&compare=2021-03-31`);
      await ready(page);
      await expect(page.getByTestId('briefing-as-of')).toHaveText('2021年6月30日');
      await expect(page.getByTestId('briefing-compare')).toHaveText('2021年3月31日');
      await expect(page.locator('.brief canvas')).toHaveCount(3);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }

  test('table sorting lives in the URL and the URL restores it', async ({ page }) => {
    await page.goto(`${DEMO_URL}/briefing?asOf=2021-06-30`);
    await ready(page);
    const table = page.getByTestId('briefing-indicator-table');
    await table.getByRole('button', { name: /完成率/ }).click();
    await expect(page).toHaveURL(/sortInd=attainment/);
    const first = table.locator('tbody tr').first();
    await expect(first).toContainText('南部科创公共服务中心正式运营');
    await page.reload();
    await ready(page);
    await expect(page.getByTestId('briefing-indicator-table').locator('tbody tr').first()).toContainText(
      '南部科创公共服务中心正式运营',
    );
  });

  test('the indicator table downloads as CSV with BOM, header and known figures; a chart as PNG', async ({
    page,
  }) => {
    await page.goto(`${DEMO_URL}/briefing?asOf=2021-06-30`);
    await ready(page);
    const csv = await downloaded(page, () =>
      page.getByTestId('briefing-indicator-table').getByTestId('csv-download').click(),
    );
    expect(csv.name).toBe('指标完成情况-2021-06-30.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split(/\r?\n/);
    expect(lines[0]).toBe('指标,目标期,目标,实际值,完成率,应达,期末预计,状态');
    expect(lines).toContain('新增科技小巨人企业,2021年,40家,12家,30%,50%,24家,落后');
    const png = await downloaded(page, () =>
      page.locator('.brief-chart').first().getByTestId('png-download').click(),
    );
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  test('the print button prints', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`${DEMO_URL}/briefing`);
    await ready(page);
    await page.getByTestId('briefing-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`axe finds no serious or critical violations (${theme})`, async ({ page }) => {
      await setUi(page, theme);
      await page.goto(`${DEMO_URL}/briefing?asOf=2021-06-30&compare=2021-03-31`);
      await ready(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

test.describe('present mode', () => {
  test('slides with ← → Home End, a counter, the slide in the URL, Esc back to the briefing', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${DEMO_URL}/present?asOf=2021-06-30&compare=2021-03-31`);
    const counter = page.getByTestId('slide-counter');
    await expect(counter).toHaveText('1 / 6');
    await expect(page.getByTestId('present')).toContainText('2021年6月30日');
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText('2 / 6');
    await expect(page).toHaveURL(/slide=2/);
    const { a } = await expected('2021-06-30');
    await expect(page.getByTestId('present')).toContainText(
      `${a.overall!.count}项任务中${a.overall!.counts.notStarted ? `${a.overall!.counts.notStarted}项未开始、` : ''}${a.overall!.counts.onTrack}项正常推进`,
    );
    await page.keyboard.press(' ');
    await expect(counter).toHaveText('3 / 6');
    await page.keyboard.press('End');
    await expect(counter).toHaveText('6 / 6');
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText('6 / 6');
    await page.keyboard.press('Home');
    await expect(counter).toHaveText('1 / 6');
    await page.goto(`${DEMO_URL}/present?asOf=2021-06-30&compare=2021-03-31&slide=5`);
    await expect(counter).toHaveText('5 / 6');
    await expect(page.locator('.slide canvas')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/briefing\?asOf=2021-06-30&compare=2021-03-31$/);
    await ready(page);
    expect(errors).toEqual([]);
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`axe on the slides (${theme})`, async ({ page }) => {
      await setUi(page, theme);
      for (const slide of [1, 3, 6]) {
        await page.goto(`${DEMO_URL}/present?asOf=2021-06-30&compare=2021-03-31&slide=${slide}`);
        await expect(page.getByTestId('slide-counter')).toHaveText(`${slide} / 6`);
        await expect(page.locator('.slide h1')).toBeVisible();
        expect(await seriousAxeViolations(page, `slide ${slide}`)).toEqual([]);
      }
    });
  }
});
