import { MB } from '../../data/api-client';
import type { AppConfig } from '../../data/config';
import type { JobResponse } from '../../data/mapping/map-resource';
import type { SheetSpec } from '../../data/sheets/sheet-spec';
import type { ResourceName } from '../../domain/codes';
import type { Sample, SampleFile } from './playground-model';

/*
 * A file dropped or picked in the playground: a JSON answer becomes the sample's text; a workbook or CSV
 * stays bytes and is read in the mapping worker by the same reader as a spreadsheet source, so a zip bomb,
 * a password or an HTML page saved as .xlsx gets the same named message. The size limit is the site's.
 */

export type Dropped =
  | { kind: 'text'; text: string }
  | { kind: 'file'; file: SampleFile }
  | { kind: 'refused'; reason: 'size' | 'kind'; size: number; limitMB: number };

const SPREADSHEET = /\.(xlsx|xlsm|xls|csv|txt)$/i;

export async function readDropped(file: File, config: AppConfig, sheetName: string): Promise<Dropped> {
  const limitMB = config.api.maxResponseMB;
  if (file.size > limitMB * MB) return { kind: 'refused', reason: 'size', size: file.size, limitMB };
  if (/\.json$/i.test(file.name) || file.type === 'application/json')
    return { kind: 'text', text: await file.text() };
  if (!SPREADSHEET.test(file.name) && !file.type.includes('sheet') && file.type !== 'text/csv')
    return { kind: 'refused', reason: 'kind', size: file.size, limitMB };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { kind: 'file', file: { fileName: file.name, size: file.size, bytes, sheetName } };
}

/** The configured sheet of a request, for a dropped file read as that request's answer. */
export function configuredSheet(config: AppConfig, resource: ResourceName, name: string): SheetSpec {
  const source = config.resources[resource];
  const spec = name === 'main' ? source?.sheet : source?.requests?.find((r) => r.name === name)?.sheet;
  return spec ?? {};
}

/** A sample as the mapping worker receives it: text, or a file's bytes with the sheet to read. */
export function sampleResponse(sample: Sample, config: AppConfig, resource: ResourceName): JobResponse {
  const shown = sample.name === 'main' ? '(sample)' : `(sample ${sample.name})`;
  const f = sample.file;
  if (!f)
    return {
      name: sample.name,
      text: sample.text,
      status: 200,
      contentType: 'application/json',
      shownUrl: shown,
    };
  const spec = configuredSheet(config, resource, sample.name);
  const sheetName = f.sheetName.trim();
  return {
    name: sample.name,
    text: '',
    bytes: [f.bytes],
    status: 200,
    contentType: '',
    shownUrl: f.fileName,
    sheet: { ...spec, ...(sheetName ? { name: sheetName } : {}) },
  };
}
