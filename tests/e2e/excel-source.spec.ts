import { expect, test, type Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { readSheet } from '../../src/data/sheets/read-sheet';
import { diffAssessments } from '../../src/domain/metrics';
import { colName } from '../../src/lib/xlsx-write';
import { collectPageErrors, DEMO_URL, expectedAssessment, expectOverviewNumbers, pct } from './support';
import { closeSite, deployCopy, serve, type Site } from './static-site';

/*
 * examples/excel/ deployed as an office would: the build, its config.json, and the ledger workbook copied
 * into the site's data/ folder. The overview and the task ledger must show the canonical figures; a
 * workbook replaced by a bad one must be refused by name while the last good figures stay.
 */

const WORKBOOK = 'examples/excel/台账.xlsx';
let site: Site;
let dataDir: string;

test.beforeAll(async () => {
  const config = JSON.parse(readFileSync('examples/excel/excel.config.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const dir = deployCopy('excel', JSON.stringify({ ...config, refreshIntervalSeconds: 5 }));
  dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(WORKBOOK, join(dataDir, '台账.xlsx'));
  site = await serve(dir);
});

test.afterAll(async () => {
  await closeSite(site);
});

/** The example workbook with one part's XML edited. */
function edited(part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(readFileSync(WORKBOOK));
  const before = strFromU8(files[part]!);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${part} changed nothing`);
  files[part] = strToU8(after);
  return zipSync(files);
}

/** A ZIP of deflated parts, written by hand so a part can be far larger than node would zip quickly. */
function zipOf(parts: Array<[string, Buffer]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, raw] of parts) {
    const name = Buffer.from(path);
    const data = deflateRawSync(raw, { level: 9 });
    // The local header and the central directory entry hold the same fields from the method on.
    const header = (size: number, signature: number, method: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(8, method); // deflate
      b.writeUInt32LE(data.length, method + 10);
      b.writeUInt32LE(raw.length, method + 14);
      b.writeUInt16LE(name.length, method + 18);
      return b;
    };
    const local = header(30, 0x04034b50, 8);
    const central = header(46, 0x02014b50, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A workbook whose task sheet inflates to 200 MB of zeros from about 200 KB. */
const zipBomb = () =>
  zipOf([
    [
      'xl/workbook.xml',
      Buffer.from('<workbook><sheets><sheet name="任务" r:id="rId1"/></sheets></workbook>'),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    ],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024)],
  ]);

function encrypted(): Uint8Array {
  const b = Buffer.alloc(8192);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  return b;
}

async function expectLedger(page: Page, asOf: string | null = null) {
  const expected = await expectedAssessment(asOf);
  await page.goto(`${site.url}/tasks${asOf ? `?asOf=${asOf}` : ''}`);
  await expect(page.getByTestId('task-count')).toHaveText(String(expected.tasks.length));
  for (const { task, a } of expected.tasks) {
    const row = page
      .getByTestId('task-table')
      .locator('tbody tr', { has: page.getByTestId(`task-link-${task.id}`) });
    await expect(row.getByTestId('row-progress')).toHaveText(pct(a.progress));
    await expect(row.getByTestId('row-status')).toHaveAttribute('data-status', a.status);
  }
}

test.describe('examples/excel: the ledger as an Excel workbook', () => {
  test('the overview and the task ledger show the canonical figures', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${site.url}/`);
    await expectOverviewNumbers(page, await expectedAssessment(null));
    await expect(page.getByTestId('as-of')).toHaveText('2025年12月31日');
    expect(page.workers().some((w) => w.url().includes('mapping.worker'))).toBe(true);
    await expectLedger(page);
    await page.goto(`${site.url}/data-health`);
    await expect(page.getByTestId('health-rows-tasks')).toHaveText('收到 15 · 保留 15 · 丢弃 0');
    await expect(page.getByTestId('health-rows-projects')).toHaveText('收到 15 · 保留 15 · 丢弃 0');
    expect(errors).toEqual([]);
  });

  test('the history comes from the sheets per month: changes since last month, the ledger at an earlier date', async ({
    page,
  }) => {
    // The progress reports are 60 tabs (2021年1月进度 … 2025年12月进度); what changed since November can
    // only be told from November's tab.
    const before = '2025-11-30';
    const diff = diffAssessments(await expectedAssessment(before), await expectedAssessment(null));
    expect(diff.summary.improved).toBeGreaterThan(0);
    await page.goto(`${site.url}/?compare=${before}`);
    const changes = page.getByTestId('changes');
    await expect(changes.getByRole('heading')).toContainText('2025年11月30日');
    await expect(page.getByTestId('changes-newly-done')).toContainText(String(diff.summary.newlyDone));
    await expect(page.getByTestId('changes-newly-behind')).toContainText(String(diff.summary.newlyBehind));
    await expect(changes.locator('.change-summary li').nth(2)).toContainText(String(diff.summary.improved));
    // The whole history is there: the ledger as it stood mid-2023 reads from the 2023年6月进度 tab and before.
    await expectLedger(page, '2023-06-30');
    await page.goto(`${site.url}/data-health`);
    await expect(page.getByTestId('health-rows-tasks')).toHaveText('收到 15 · 保留 15 · 丢弃 0');
    // Every month from the first to the last has its tab: no reader note.
    await expect(page.getByTestId('health-notes-tasks')).toHaveCount(0);
  });

  test('a month without its tab is named, and its reports are not read as zero', async ({ page }) => {
    const target = join(dataDir, '台账.xlsx');
    // November's tab renamed away: the history skips November, and /data-health says so.
    writeFileSync(
      target,
      edited('xl/workbook.xml', (x) => x.replace('name="2025年11月进度"', 'name="旧表"')),
    );
    try {
      await page.goto(`${site.url}/data-health`);
      await expect(page.getByTestId('health-notes-tasks')).toContainText(
        'request "progress": no sheet for 2025-11 ("{yyyy}年{M}月进度") between 2021-01 and 2025-12',
      );
      await expect(page.getByTestId('health-rows-tasks')).toHaveText('收到 15 · 保留 15 · 丢弃 0');
      // The latest figures do not change: December's tab holds them.
      await page.goto(`${site.url}/`);
      await expectOverviewNumbers(page, await expectedAssessment(null));
    } finally {
      writeFileSync(target, readFileSync(WORKBOOK));
    }
  });

  test('a bad workbook is refused by name and the last good figures stay', async ({ page }) => {
    test.setTimeout(240_000);
    const good = readFileSync(WORKBOOK);
    const target = join(dataDir, '台账.xlsx');
    writeFileSync(target, good);
    await page.goto(`${site.url}/data-health`);
    await expect(page.getByTestId('health-rows-tasks')).toHaveText('收到 15 · 保留 15 · 丢弃 0');
    const cases: Array<[string, Uint8Array, RegExp]> = [
      [
        'wrong sheet name',
        edited('xl/workbook.xml', (x) => x.replace('name="任务"', 'name="任务表"')),
        /no sheet named "任务" \(the workbook has: .*"任务表"/,
      ],
      [
        'missing column',
        edited('xl/sharedStrings.xml', (x) => x.replace('>完成期限<', '>截止日期<')),
        /sheet "任务" has no column "完成期限" in header row 4/,
      ],
      ['50 MB file', new Uint8Array(50 * 1024 * 1024).fill(0x41), /response too large/],
      ['zip bomb', zipBomb(), /expands beyond 100 MB: refused \(a "zip bomb"/],
      ['password-protected', encrypted(), /password-protected \(encrypted\)/],
      [
        'HTML saved as .xlsx',
        strToU8('<!DOCTYPE html><html><body>会话已过期</body></html>'),
        /expected an \.xlsx workbook, got an HTML page/,
      ],
    ];
    for (const [what, bytes, message] of cases) {
      writeFileSync(target, bytes);
      await expect(page.getByTestId('health-error-tasks'), what).toContainText(message, { timeout: 30_000 });
      // The last good rows stay, with their age.
      await expect(page.getByTestId('health-rows-tasks'), what).toHaveText('收到 15 · 保留 15 · 丢弃 0');
      await expect(page.getByTestId('health-error-tasks'), what).toContainText('显示的是');
      writeFileSync(target, good);
      await expect(page.getByTestId('health-error-tasks'), what).toHaveCount(0, { timeout: 30_000 });
    }
    // Text in a number column: that row alone is dropped and the report names its cell.
    writeFileSync(
      target,
      edited('xl/worksheets/sheet4.xml', (x) =>
        x.replace('<c r="B5"><v>1</v></c>', '<c r="B5" t="inlineStr"><is><t>第一</t></is></c>'),
      ),
    );
    await expect(page.getByTestId('health-rows-tasks')).toHaveText('收到 15 · 保留 14 · 丢弃 1', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('issues-table')).toContainText(
      'sheet "任务", row 5, column "序号" (cell B5)',
    );
    writeFileSync(target, good);
    await page.goto(`${site.url}/`);
    await expectOverviewNumbers(page, await expectedAssessment(null));
  });
});

test.describe('the ledger template', () => {
  test('downloads from /data-health, takes two cells filled in, and the dashboard shows them', async ({
    page,
  }) => {
    await page.goto(`${DEMO_URL}/data-health`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ledger-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe('大零号湾台账模板.xlsx');
    const bytes = readFileSync(await download.path());
    const files = unzipSync(bytes);
    // Where the two cells are: the task sheet's header row (3) names the columns, T01 is the first task (row 4).
    const tasks = readSheet({
      bytes,
      url: 't.xlsx',
      contentType: '',
      spec: { name: '任务' },
      wanted: ['任务编号'],
    });
    expect(tasks.headerRow).toBe(3);
    expect(tasks.rows[0]!['任务编号']).toBe('T01');
    const col = (h: string) => colName(tasks.columns.get(h)!);
    const sheetPath = 'xl/worksheets/sheet4.xml';
    let xml = strFromU8(files[sheetPath]!);
    const name = `${col('任务名称')}4`;
    const before = xml;
    xml = xml.replace(
      new RegExp(`<c r="${name}"[^>]*>.*?</c>`),
      `<c r="${name}" t="inlineStr"><is><t>模板填报测试任务</t></is></c>`,
    );
    xml = xml.replace(
      /(<row r="4">.*?)(<\/row>)/,
      `$1<c r="${col('实际完成日期')}4" t="inlineStr"><is><t>2025年12月20日</t></is></c>$2`,
    );
    expect(xml).not.toBe(before);
    files[sheetPath] = strToU8(xml);
    const config = readFileSync('examples/excel/template.config.json', 'utf8');
    const dir = deployCopy('excel-template', config);
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', '台账.xlsx'), zipSync(files));
    const filled = await serve(dir);
    try {
      await page.goto(`${filled.url}/tasks`);
      await expect(page.getByTestId('task-count')).toHaveText('15');
      const row = page
        .getByTestId('task-table')
        .locator('tbody tr', { has: page.getByTestId('task-link-T01') });
      await expect(row).toContainText('模板填报测试任务');
      await expect(row.getByTestId('row-status')).toHaveAttribute('data-status', 'done');
    } finally {
      await closeSite(filled);
    }
  });
});

test.describe('tables as .xlsx', () => {
  test('the task ledger downloads as a workbook: Chinese headers, frozen header row, numbers as numbers', async ({
    page,
  }) => {
    await page.goto(`${DEMO_URL}/tasks`);
    await expect(page.getByTestId('task-count')).toHaveText('15');
    const table = page.getByTestId('task-table');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByTestId('xlsx-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^任务台账.*\.xlsx$/);
    const bytes = readFileSync(await download.path());
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('state="frozen"');
    const read = readSheet({ bytes, url: 't.xlsx', contentType: '', spec: { headerRow: 1 }, wanted: [] });
    expect(read.rows).toHaveLength(15);
    const headers = [...read.columns.keys()];
    expect(headers.some((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
    // Numbers are numbers (the gap column), not text; dates become date cells (tests/lib/download-xlsx.test.ts).
    expect(read.rows.some((r) => Object.values(r).some((v) => typeof v === 'number'))).toBe(true);
  });
});
