import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/data/config';
import { readDropped, sampleResponse } from '../../../src/features/playground/dropped-file';

const config = parseConfig(
  {
    mock: { enabled: false, scenario: null },
    api: { baseUrl: '/data', headers: {}, timeoutMs: 15000, maxResponseMB: 1 },
    resources: {
      tasks: {
        url: '/data/台账.xlsx',
        sheet: { name: '任务', asOfCell: 'A2' },
        requests: [{ name: 'progress', url: '/data/台账.xlsx', sheet: { name: '{yyyy}年{M}月进度' } }],
        mapping: { fields: { id: '任务编号' } },
      },
    },
  },
  'test',
);

describe('a file dropped in the playground', () => {
  it('refuses a file over the site limit before reading it, and a file of another kind', async () => {
    const big = new File([new Uint8Array(1024 * 1024 + 1)], '台账.xlsx');
    expect(await readDropped(big, config, '')).toMatchObject({ kind: 'refused', reason: 'size', limitMB: 1 });
    expect(await readDropped(new File(['x'], 'photo.png'), config, '')).toMatchObject({
      kind: 'refused',
      reason: 'kind',
    });
  });

  it('keeps a workbook as bytes, read with the request’s configured sheet unless one is named', async () => {
    const got = await readDropped(new File([new Uint8Array([0x50, 0x4b, 3, 4])], '台账.xlsx'), config, '');
    if (got.kind !== 'file') throw new Error(got.kind);
    const main = sampleResponse({ name: 'main', text: '', file: got.file }, config, 'tasks');
    expect(main).toMatchObject({ shownUrl: '台账.xlsx', sheet: { name: '任务', asOfCell: 'A2' } });
    expect(main.bytes?.[0]).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    const named = sampleResponse(
      { name: 'progress', text: '', file: { ...got.file, sheetName: '2025年12月进度' } },
      config,
      'tasks',
    );
    expect(named.sheet).toEqual({ name: '2025年12月进度' });
  });

  it('reads a JSON file as the sample text', async () => {
    const got = await readDropped(new File(['[{"a":1}]'], 'rows.json'), config, '');
    expect(got).toEqual({ kind: 'text', text: '[{"a":1}]' });
    expect(sampleResponse({ name: 'main', text: '[]' }, config, 'tasks')).toMatchObject({
      text: '[]',
      contentType: 'application/json',
    });
  });
});
