import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n';
import { downloadCsv, fileName, type CsvCell } from '../lib/download';
import { useSearchParam } from '../lib/url-state';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Enables sorting on this column. */
  sortValue?: (row: T) => string | number | null;
  /** The CSV cell; defaults to sortValue. A column without either is left out of the CSV. */
  csv?: (row: T) => CsvCell;
  align?: 'start' | 'end' | 'center';
  /** On a phone the table becomes cards; these columns are dropped from the card. */
  hideOnPhone?: boolean;
}

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption: string;
  /** Base of the downloaded file name, e.g. "任务台账"; the as-of date is appended. */
  csvName: string;
  asOf: string | null;
  /** URL parameter holding the sort, so a link reproduces it; "-progress" sorts descending. */
  sortParam?: string;
  defaultSort?: string;
  emptyText?: string;
  testId?: string;
  rowClassName?: (row: T) => string | undefined;
}

const compare = (a: string | number | null, b: string | number | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-Hans-CN');
};

/** A sortable table with CSV download; on a phone each row becomes a card. */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  csvName,
  asOf,
  sortParam = 'sort',
  defaultSort,
  emptyText,
  testId,
  rowClassName,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [sortRaw, setSort] = useSearchParam(sortParam);
  const sort = sortRaw ?? defaultSort ?? null;
  const desc = sort?.startsWith('-') ?? false;
  const sortKey = sort?.replace(/^-/, '') ?? null;
  const sortCol = columns.find((c) => c.key === sortKey && c.sortValue);

  const sorted = useMemo(() => {
    if (!sortCol?.sortValue) return rows;
    const get = sortCol.sortValue;
    const out = [...rows].sort((a, b) => compare(get(a), get(b)));
    return desc ? out.reverse() : out;
  }, [rows, sortCol, desc]);

  const exportCsv = () => {
    const cols = columns.filter((c) => c.csv || c.sortValue);
    downloadCsv(
      fileName(csvName, asOf, 'csv'),
      cols.map((c) => c.header),
      sorted.map((r) => cols.map((c) => (c.csv ? c.csv(r) : (c.sortValue?.(r) ?? null)))),
    );
  };

  return (
    <div className="data-table" data-testid={testId}>
      <div className="table-tools">
        <span className="table-count">{t('table.rows', { count: rows.length })}</span>
        <button type="button" className="btn ghost small" onClick={exportCsv} data-testid="csv-download">
          <span aria-hidden="true">↓</span> CSV
        </button>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sortCol?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={`align-${c.align ?? 'start'}`}
                    aria-sort={active ? (desc ? 'descending' : 'ascending') : undefined}
                  >
                    {c.sortValue ? (
                      <button type="button" className="sort-button" onClick={() => setSort(active && !desc ? `-${c.key}` : c.key)}>
                        {c.header}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (desc ? '▼' : '▲') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="panel-state">
                  {emptyText ?? t('state.empty')}
                </td>
              </tr>
            ) : (
              sorted.map((r) => (
                <tr key={rowKey(r)} className={rowClassName?.(r)}>
                  {columns.map((c) => (
                    <td key={c.key} data-label={c.header} className={`align-${c.align ?? 'start'}${c.hideOnPhone ? ' hide-phone' : ''}`}>
                      {c.render(r)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
