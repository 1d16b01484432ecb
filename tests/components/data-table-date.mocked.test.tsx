// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, tableText, type Column } from '../../src/components/data-table';
import { ShownDate } from '../../src/components/shown-date';
import { MemoryRouter } from '../../src/lib/router';

const downloadCsv = vi.hoisted(() => vi.fn());
vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof import('../../src/lib/download')>()),
  downloadCsv,
}));

const columns: Column<{ id: string }>[] = [
  { key: 'id', header: 'id', render: (r) => r.id, sortValue: (r) => r.id },
];

const csvNameAt = (frameDate: string | null, asOf?: string | null) => {
  render(
    <MemoryRouter>
      <ShownDate value={frameDate}>
        <DataTable
          rows={[{ id: 'a' }]}
          columns={columns}
          rowKey={(r) => r.id}
          text={{ caption: 'rows', csvName: 'rows' }}
          asOf={asOf}
        />
      </ShownDate>
    </MemoryRouter>,
  );
  fireEvent.click(screen.getByTestId('csv-download'));
  return downloadCsv.mock.lastCall?.[0] as string;
};

afterEach(() => {
  cleanup();
  downloadCsv.mockClear();
});

describe('DataTable download names', () => {
  it('names the file by the date the view shows when the table gives none', () => {
    expect(csvNameAt('2025-06-30')).toContain('2025-06-30');
  });
  it("names it by the table's own date where the table shows another", () => {
    const name = csvNameAt('2025-06-30', '2021-12-31');
    expect(name).toContain('2021-12-31');
    expect(name).not.toContain('2025-06-30');
  });
});

describe('tableText', () => {
  it("reads a table's caption and file name from one message key", () => {
    const t = (key: string) => `<${key}>`;
    expect(tableText(t, 'ledger')).toEqual({ caption: '<ledger.caption>', csvName: '<ledger.csvName>' });
  });
});
