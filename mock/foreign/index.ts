import type { RequestHandler } from 'msw';
import type { Fixtures } from '../fixtures';
import { ledgerHandlers } from './ledger';
import { openDataHandlers } from './opendata';
import { ruoyiHandlers } from './ruoyi';
import { sheetHandlers } from './sheet';
import { foreignRoot } from './shared';

export { FOREIGN_CREDENTIALS, foreignRoot } from './shared';
export { ledgerRows, LEDGER_PATHS } from './ledger';
export { sheetRows, SHEET_NAMES } from './sheet';
export { openDataDocument } from './opendata';
export { ruoyiRows, RUOYI_PATHS } from './ruoyi';

/**
 * Three back ends that do not speak the dashboard's contract, serving the SAME fixtures (so a
 * correct mapping gives the same figures): a ledger `{code,msg,rows,total}` with pinyin keys, a
 * spreadsheet export of flat rows, and a nested open-data document. See examples/*.config.json.
 */
export function foreignHandlers(data: Fixtures, baseUrl?: string): RequestHandler[] {
  const root = foreignRoot(baseUrl);
  return [
    ...ledgerHandlers(data, root),
    ...sheetHandlers(data, root),
    ...openDataHandlers(data, root),
    ...ruoyiHandlers(data, root),
  ];
}
