import type { TFunction } from '../../lib/i18n';
import { fileName } from '../../lib/download';
import { downloadWorkbook, tableSheet } from '../../lib/download-xlsx';
import type { OutCell, OutSheet } from '../../lib/xlsx-write';
import { behindTable, changesTable, indicatorTable, type TableSpec } from './briefing-tables';
import type { Briefing } from './use-briefing';

/*
 * The briefing's three tables as one workbook, a sheet each, in the language on screen. Loaded on the
 * click (with the writer), never with the page. Quantities and shares are numbers and percentages;
 * a table with nothing to show says why in its first row rather than leaving a bare header.
 */

function sheet<T>(name: string, spec: TableSpec<T>, empty: string): OutSheet {
  const columns = spec.columns.filter((c) => c.cell || c.csv || c.sortValue);
  const rows: OutCell[][] = spec.rows.map((r) =>
    columns.map((c) => (c.cell ? c.cell(r) : c.csv ? c.csv(r) : (c.sortValue?.(r) ?? null))),
  );
  return tableSheet(
    name,
    columns.map((c) => c.header),
    rows.length > 0 ? rows : [[empty]],
  );
}

export function briefingSheets(b: Briefing, t: TFunction, tc: TFunction): OutSheet[] {
  const tasksMissing = b.assessment?.overall === null;
  const noCompare = !b.comparison.diff;
  return [
    sheet(t('sheetBehind'), behindTable(b, t, tc), tasksMissing ? t('workbookNoTasks') : t('noBehind')),
    sheet(t('sheetIndicators'), indicatorTable(b, t, tc), t('workbookNoIndicators')),
    sheet(
      t('sheetChanges'),
      changesTable(b, t, tc),
      noCompare ? t('workbookNoCompare') : tasksMissing ? t('workbookNoTasks') : t('noChanges'),
    ),
  ];
}

export function downloadBriefingWorkbook(b: Briefing, t: TFunction, tc: TFunction): void {
  downloadWorkbook(fileName(t('workbookName'), b.assessment?.asOf ?? null, 'xlsx'), briefingSheets(b, t, tc));
}
