import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/data/sheets/xlsx-read';
import { readSheet } from '../../src/data/sheets/read-sheet';
import { DEMO_URL, expectedAssessment, presetUi } from './support';

/*
 * The briefing's tables as one workbook: a sheet per table in the language on screen, the header row
 * frozen, shares as percentages and quantities as numbers; read back with the app's own reader.
 */

async function download(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const button = page.getByTestId('briefing-workbook');
  await expect(button).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const table = (bytes: Uint8Array, name: string) =>
  readSheet({ bytes, url: 'b.xlsx', contentType: '', spec: { name, headerRow: 1 }, wanted: [] });

test('the briefing downloads its tables as one workbook, in Chinese', async ({ page }) => {
  const asOf = '2023-12-31';
  const expected = await expectedAssessment(asOf);
  await page.goto(`${DEMO_URL}/briefing?asOf=${asOf}&compare=2023-06-30`);
  await expect(page.getByTestId('briefing-behind-table')).toBeVisible();
  const { name, bytes } = await download(page);
  expect(name).toBe(`简报表格-${asOf}.xlsx`);
  const book = readXlsx(bytes);
  expect(book.sheetNames).toEqual(['滞后与需关注任务', '指标完成情况', '变化情况']);
  const files = unzipSync(bytes);
  for (const i of [1, 2, 3])
    expect(strFromU8(files[`xl/worksheets/sheet${i}.xml`]!)).toContain('state="frozen"');

  const behind = table(bytes, '滞后与需关注任务');
  expect([...behind.columns.keys()]).toEqual([
    '序号',
    '任务',
    '牵头单位',
    '状态',
    '进度',
    '时间进度',
    '最新进展',
  ]);
  const needs = expected.tasks.filter((x) => ['watch', 'lagging', 'overdue'].includes(x.a.status));
  expect(behind.rows).toHaveLength(needs.length);
  for (const row of behind.rows) {
    const x = needs.find((n) => n.task.order === row['序号'])!;
    expect(typeof row['序号']).toBe('number');
    // A percentage cell: the share itself, which the reader shows as Excel does ("62.5%").
    expect(String(row['进度'])).toMatch(/%$/);
    expect(parseFloat(String(row['进度']))).toBeCloseTo(x.a.progress * 100, 6);
  }

  const indicators = table(bytes, '指标完成情况');
  expect(indicators.rows).toHaveLength(expected.indicators.length);
  // A quantity is a number in its cell, not text with its unit.
  expect(indicators.rows.some((r) => typeof r['实际值'] === 'number')).toBe(true);

  const changes = table(bytes, '变化情况');
  expect([...changes.columns.keys()][0]).toBe('类别');
  expect(changes.rows.length).toBeGreaterThan(0);
});

test('in English the sheets and headers are English', async ({ page }) => {
  await presetUi(page, { theme: 'light', lang: 'en' });
  await page.goto(`${DEMO_URL}/briefing?asOf=2023-12-31`);
  await expect(page.getByTestId('briefing-behind-table')).toBeVisible();
  const { name, bytes } = await download(page);
  expect(name).toBe('briefing-tables-2023-12-31.xlsx');
  expect(readXlsx(bytes).sheetNames).toEqual(['Tasks behind', 'Indicators', 'Changes']);
  const changes = table(bytes, 'Changes');
  expect([...changes.columns.keys()][0]).toBe('Kind');
  // The kind in words, not the code.
  expect(changes.rows.every((r) => ['Task', 'Indicator'].includes(String(r['Kind'])))).toBe(true);
  const behind = table(bytes, 'Tasks behind');
  expect([...behind.columns.keys()].some((h) => /[\u4e00-\u9fff]/.test(h))).toBe(false);
});
