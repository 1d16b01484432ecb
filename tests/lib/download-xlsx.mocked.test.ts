import { describe, expect, it, vi } from 'vitest';
import { readSheet } from '../../src/data/sheets/read-sheet';

const saved: Blob[] = [];
vi.mock('../../src/lib/download', () => ({ downloadBlob: (_name: string, blob: Blob) => saved.push(blob) }));

describe('downloadXlsx', () => {
  it('writes ISO dates as date cells, numbers as numbers, and formula-looking text as text', async () => {
    const { downloadXlsx } = await import('../../src/lib/download-xlsx');
    downloadXlsx('t.xlsx', '任务台账', ['任务', '完成期限', '偏差'], [['=1+1', '2027-12-31', -12]]);
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    const s = readSheet({ bytes, url: 't.xlsx', contentType: '', spec: { headerRow: 1 }, wanted: [] });
    expect(s.sheet).toBe('任务台账');
    expect(s.rows).toEqual([{ 任务: '=1+1', 完成期限: '2027-12-31', 偏差: -12 }]);
  });
});
