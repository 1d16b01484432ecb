// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '../../src/components/data-table';
import { MemoryRouter } from '../../src/lib/router';

const download = vi.hoisted(() => vi.fn());
vi.mock('../../src/lib/download', async (orig) => ({
  ...(await orig<typeof import('../../src/lib/download')>()),
  downloadCsv: download,
}));

interface Row {
  id: string;
  n: number;
}
const rows = (count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: `r${i}`, n: i }));
const columns: Column<Row>[] = [
  {
    key: 'id',
    header: 'id',
    render: (r) => <a href={`#${r.id}`}>{r.id}</a>,
    csv: (r) => r.id,
    width: '8rem',
  },
  { key: 'n', header: 'n', render: (r) => r.n, sortValue: (r) => r.n },
];

function table(count: number) {
  return render(
    <MemoryRouter initialEntries={['/']}>
      <DataTable
        rows={rows(count)}
        columns={columns}
        rowKey={(r) => r.id}
        text={{ caption: 'rows', csvName: 'rows' }}
        asOf={null}
        testId="t"
        virtualizeAbove={100}
      />
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  download.mockReset();
});

describe('DataTable virtualizeAbove', () => {
  it('renders every row, as before, up to the threshold', () => {
    const { container } = table(15);
    expect(container.querySelector('.data-table')!.className).toBe('data-table');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(15);
    expect(container.querySelector('colgroup')).toBeNull();
    expect(container.querySelector('.table-scroll')!.getAttributeNames()).toEqual(['class']);
  });

  it('renders a window of rows with spacers above the threshold, row indices for assistive tech', () => {
    const { container } = table(10_000);
    expect(container.querySelector('.data-table')!.classList.contains('is-virtual')).toBe(true);
    const shown = container.querySelectorAll('tbody tr[data-vrow]');
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
    expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('10001');
    expect(shown[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(container.querySelector('tbody tr.v-spacer[aria-hidden="true"]')).not.toBeNull();
    const box = screen.getByRole('region', { name: 'rows' });
    expect(box.tabIndex).toBe(0);
  });

  it('moves the window on scroll', () => {
    const { container } = table(10_000);
    const box = container.querySelector<HTMLElement>('.table-scroll')!;
    act(() => {
      box.scrollTop = 72 * 9_990;
      fireEvent.scroll(box);
    });
    const ids = [...container.querySelectorAll('tbody tr[data-vrow] a')].map((a) => a.textContent);
    expect(ids).toContain('r9999');
    expect(ids).not.toContain('r0');
  });

  it('exports every row to CSV, not just the ones rendered', () => {
    table(10_000);
    fireEvent.click(screen.getByTestId('csv-download'));
    const [, headers, body] = download.mock.calls[0] as [string, string[], unknown[][]];
    expect(headers).toEqual(['id', 'n']);
    expect(body).toHaveLength(10_000);
  });

  it('renders every row while printing', () => {
    const { container } = table(300);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(container.querySelectorAll('tbody tr[data-vrow]')).toHaveLength(300);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(container.querySelectorAll('tbody tr[data-vrow]').length).toBeLessThan(60);
  });
});
