import { expect, test, type Page } from '@playwright/test';

import { collectPageErrors, DEMO_URL } from './support';

/*
 * A file in the playground: the example ledger workbook picked with the file input (keyboard and phone
 * users), a CSV dropped with a synthetic drag-and-drop, and an HTML page saved as .xlsx, which gets the
 * same named message as a spreadsheet source. The file is read in the mapping worker.
 */

const UNITS = {
  fields: {
    id: '单位编号',
    name: '单位名称',
    nameEn: '英文名称',
    shortName: '简称',
    shortNameEn: '英文简称',
    kind: {
      path: '单位类型',
      map: {
        市级部门: 'municipal',
        区级部门: 'district',
        高校: 'university',
        企业: 'company',
        委员会: 'committee',
        平台: 'platform',
        其他: 'other',
      },
    },
  },
};

async function open(page: Page) {
  // The report date is given: a sheet without an as-of cell is read as of the date asked for (and says so).
  await page.goto(`${DEMO_URL}/playground?resource=units&asOf=2025-12-31`);
  // The demo fetches its own sample first; the file replaces it.
  await expect(page.getByTestId('sample-main')).toHaveValue(/"id"/);
  await page.getByTestId('playground-mode-fields').click();
  await page.getByTestId('mapping-settings').fill(JSON.stringify(UNITS, null, 2));
}

test('a workbook picked with the file input is read and mapped, on the sheet named', async ({ page }) => {
  const errors = collectPageErrors(page);
  await open(page);
  await page.getByTestId('sample-pick-main').setInputFiles('examples/excel/台账.xlsx');
  await expect(page.getByTestId('sample-file-main')).toContainText('台账.xlsx');
  await page.getByTestId('sample-sheet-main').fill('单位');
  await expect(page.getByTestId('playground-summary')).toContainText(/收到 (\d+) 行，保留 \1 行，丢弃 0 行/);
  await expect(page.getByTestId('playground-summary')).toContainText('数据截至 2025年12月31日');
  await expect(page.getByTestId('playground-preview')).toContainText('"kind": "municipal"');
  // A sheet that is not there is named, with the sheets there are.
  await page.getByTestId('sample-sheet-main').fill('单位表');
  await expect(page.getByTestId('playground-error')).toContainText(
    'no sheet named "单位表" (the workbook has:',
  );
  expect(errors).toEqual([]);
});

test('a CSV dropped on the sample is mapped; an HTML page saved as .xlsx is refused by name', async ({
  page,
}) => {
  await open(page);
  const csv =
    '单位编号,单位名称,英文名称,简称,英文简称,单位类型\n' +
    'U01,上海交通大学,Shanghai Jiao Tong University,交大,SJTU,高校\n' +
    'U02,闵行区科委,Minhang Science and Technology Commission,区科委,MSTC,区级部门\n' +
    '合计,2,,,,\n';
  await page.getByTestId('sample-drop-main').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], '单位.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, csv);
  await expect(page.getByTestId('sample-file-main')).toContainText('单位.csv');
  await expect(page.getByTestId('playground-summary')).toContainText('收到 2 行，保留 2 行，丢弃 0 行');

  await page.getByTestId('sample-pick-main').setInputFiles({
    name: '台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('<!DOCTYPE html><html><body>会话已过期</body></html>'),
  });
  await expect(page.getByTestId('playground-error')).toContainText(
    'expected an .xlsx workbook, got an HTML page',
  );
  // A JSON file becomes the sample's text again.
  await page.getByTestId('sample-pick-main').setInputFiles({
    name: 'units.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify([{ 单位编号: 'U09', 单位名称: '某单位', 单位类型: '企业' }])),
  });
  await expect(page.getByTestId('sample-main')).toHaveValue(/U09/);
  await expect(page.getByTestId('playground-summary')).toContainText('收到 1 行');
});
