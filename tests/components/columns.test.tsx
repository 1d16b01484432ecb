// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../../src/components/data-table';
import { dateColumn, nameColumn, percentColumn, textColumn } from '../../src/components/columns';
import { MemoryRouter } from '../../src/lib/router';

interface Row {
  id: string;
  item: { name: string; nameEn?: string };
  share: number | null;
  due: string | null;
}
const rows: Row[] = [
  { id: 'a', item: { name: '甲项', nameEn: 'Item A' }, share: 0.624, due: '2024-03-01' },
  { id: 'b', item: { name: '乙项' }, share: null, due: null },
];

afterEach(cleanup);

describe('column factory', () => {
  it('shows a missing share and day as "—", never 0, on screen and in the CSV', () => {
    const pct = percentColumn<Row>('share', 'Share', (r) => r.share);
    const day = dateColumn<Row>('due', 'Due', (r) => r.due, 'en');
    expect(pct.render(rows[0]!)).toBe('62%');
    expect(pct.render(rows[1]!)).toBe('—');
    expect(pct.csv?.(rows[1]!)).toBe('—');
    expect(pct.sortValue?.(rows[1]!)).toBeNull();
    expect(day.render(rows[1]!)).toBe('—');
    // The CSV takes the sort key: the ISO day, not the page's wording of it.
    expect(day.csv).toBeUndefined();
    expect(day.sortValue?.(rows[0]!)).toBe('2024-03-01');
  });

  it('sorts a name by the name as sent, and exports it even where the column does not sort', () => {
    const sorted = nameColumn<Row>('item', 'Item', (r) => r.item, 'en');
    const unsorted = nameColumn<Row>('item', 'Item', (r) => r.item, 'en', { sortValue: null });
    expect(sorted.render(rows[0]!)).toBe('Item A');
    expect(sorted.sortValue?.(rows[0]!)).toBe('Item A');
    expect(sorted.csv).toBeUndefined();
    expect(unsorted.sortValue).toBeUndefined();
    expect(unsorted.csv?.(rows[1]!)).toBe('乙项');
  });

  it('keeps the print title on sortable columns only, and the look and test id of a figure', () => {
    const { container } = render(
      <MemoryRouter>
        <DataTable
          rows={rows}
          columns={[
            nameColumn<Row>('item', 'Item', (r) => r.item, 'zh', { sortValue: null }),
            textColumn<Row>('id', 'Id', (r) => r.id),
            percentColumn<Row>('share', 'Share', (r) => r.share, {
              look: { tag: 'strong', className: 'num', testId: 'share' },
              hideOnPhone: true,
            }),
          ]}
          rowKey={(r) => r.id}
          text={{ caption: 'rows', csvName: 'rows' }}
          asOf={null}
        />
      </MemoryRouter>,
    );
    const titles = [...container.querySelectorAll('th')].map((th) => th.getAttribute('data-print-title'));
    expect(titles).toEqual([null, 'Id', 'Share']);
    const figure = container.querySelector('[data-testid="share"]');
    expect(figure?.tagName).toBe('STRONG');
    expect(figure?.className).toBe('num');
    expect(figure?.textContent).toBe('62%');
    expect(figure?.closest('td')?.className).toBe('align-end hide-phone');
  });
});
