// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable, type Column } from '../../src/components/data-table';
import { MemoryRouter } from '../../src/lib/router';

interface Row {
  id: string;
  progress: number | null;
}
const rows: Row[] = [
  { id: 'b', progress: 40 },
  { id: 'none1', progress: null },
  { id: 'a', progress: 90 },
  { id: 'none2', progress: null },
  { id: 'c', progress: 10 },
];
const columns: Column<Row>[] = [
  { key: 'id', header: 'id', render: (r) => r.id },
  { key: 'progress', header: 'progress', render: (r) => r.progress ?? '—', sortValue: (r) => r.progress },
];

const order = (sort: string) => {
  const { container } = render(
    <MemoryRouter initialEntries={[`/?sort=${encodeURIComponent(sort)}`]}>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        text={{ caption: 'rows', csvName: 'rows' }}
        asOf={null}
      />
    </MemoryRouter>,
  );
  return [...container.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
};

afterEach(cleanup);

describe('DataTable sorting', () => {
  // A row with no value has nothing to rank by; at the top of a descending sort it would read as the leader.
  it('puts rows with no value last when ascending', () => {
    expect(order('progress')).toEqual(['c', 'b', 'a', 'none1', 'none2']);
  });

  it('puts rows with no value last when descending too, keeping their order', () => {
    expect(order('-progress')).toEqual(['a', 'b', 'c', 'none1', 'none2']);
  });
});
