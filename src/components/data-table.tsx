import { memo, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation, type TFunction } from '../lib/i18n';
import { downloadCsv, fileName, type CsvCell } from '../lib/download';
import { useRem } from '../lib/use-rem';
import { useSearchParam } from '../lib/url-state';
import { useShownDate } from './shown-date';
import { useWindowRows } from './use-window-rows';
import './data-table.css';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Enables sorting on this column. */
  sortValue?: (row: T) => string | number | null;
  /**
   * The CSV cell; defaults to sortValue. A column without either is left out of the CSV. A column whose sort
   * key is a code ("task", "onTrack") needs it: the file reads as the page does, in the page's language.
   */
  csv?: (row: T) => CsvCell;
  align?: 'start' | 'end' | 'center';
  /** On a phone the table becomes cards; these columns are dropped from the card. */
  hideOnPhone?: boolean;
  /**
   * On a phone this cell heads the card, without its label: a card of a title and a few labelled lines, the
   * rest a tap away on the row's own page.
   */
  cardTitle?: boolean;
  /** Column width (CSS length) when the table is virtualised, which fixes its layout; ignored otherwise. */
  width?: string;
}

/** What a table is called: its caption, and the base of its downloads' file name ("任务台账"). */
export interface TableText {
  caption: string;
  csvName: string;
}

/** A table's text from one message key, which holds its `caption` and `csvName`. */
export const tableText = (t: TFunction, key: string): TableText => ({
  caption: t(`${key}.caption`),
  csvName: t(`${key}.csvName`),
});

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  text: TableText;
  /** The date appended to the downloads' name; absent: the date of the data the view shows (`ShownDate`). */
  asOf?: string | null;
  /** URL parameter holding the sort, so a link reproduces it; "-progress" sorts descending. */
  sortParam?: string;
  defaultSort?: string;
  emptyText?: string;
  testId?: string;
  rowClassName?: (row: T) => string | undefined;
  /**
   * Above this many rows only the rows in view are rendered, in a scroll box of its own with fixed-height
   * rows, so a ledger of 10,000 tasks scrolls smoothly. Sorting and the CSV still cover every row. Absent: never.
   */
  virtualizeAbove?: number;
}

/** Fixed row height of a virtualised table, in rem (data-table.css sets the same). */
const VIRTUAL_ROW_REM = 4.5;

/**
 * Rows with no value go last in either direction: they have nothing to rank by, and at the top of a
 * descending sort they would read as the leaders. Only the valued rows' order flips.
 */
const compare = (desc: boolean) => (a: string | number | null, b: string | number | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order =
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-Hans-CN');
  return desc ? -order : order;
};

interface RowProps<T> {
  row: T;
  columns: Column<T>[];
  className: string | undefined;
  /** aria-rowindex of a virtualised table's row (the header is 1); absent otherwise. */
  rowIndex: number | undefined;
}

/** One body row. */
function Row<T>({ row, columns, className, rowIndex }: RowProps<T>) {
  return (
    <tr
      className={className}
      {...(rowIndex !== undefined ? { 'data-vrow': '', 'aria-rowindex': rowIndex } : {})}
    >
      {columns.map((c) => (
        <td
          key={c.key}
          data-label={c.header}
          className={`align-${c.align ?? 'start'}${c.hideOnPhone ? ' hide-phone' : ''}${c.cardTitle ? ' card-title' : ''}`}
        >
          {c.render(row)}
        </td>
      ))}
    </tr>
  );
}

/**
 * A virtualised table's row, memoised: when the window moves, only the rows that enter it render, not every
 * row in view again, which at 10,000 rows dropped frames. Other tables keep the plain row, so a column whose
 * render reads something outside its memo keeps re-rendering as before.
 */
const MemoRow = memo(Row) as typeof Row;

/** A column's cell in the CSV and Excel files: its `csv`, else its sort key. */
const exportCell = <T,>(c: Column<T>, row: T): CsvCell => (c.csv ? c.csv(row) : (c.sortValue?.(row) ?? null));

/** The rows in the order the URL's sort parameter asks for. */
function useSortedRows<T>(rows: T[], columns: Column<T>[], sortParam: string, defaultSort?: string) {
  const [sortRaw, setSort] = useSearchParam(sortParam);
  const sort = sortRaw ?? defaultSort ?? null;
  const desc = sort?.startsWith('-') ?? false;
  const sortKey = sort?.replace(/^-/, '') ?? null;
  const sortCol = columns.find((c) => c.key === sortKey && c.sortValue);

  const sorted = useMemo(() => {
    if (!sortCol?.sortValue) return rows;
    const get = sortCol.sortValue;
    const cmp = compare(desc);
    return [...rows].sort((a, b) => cmp(get(a), get(b)));
  }, [rows, sortCol, desc]);
  return { sorted, sortCol, desc, setSort };
}

interface ToolsProps<T> {
  count: number;
  sorted: T[];
  columns: Column<T>[];
  csvName: string;
  asOf: string | null;
}

/** The row count, and the CSV and Excel downloads of every row in the table's order. */
function TableTools<T>({ count, sorted, columns, csvName, asOf }: ToolsProps<T>) {
  const { t } = useTranslation();
  const exportCells = () => {
    const cols = columns.filter((c) => c.csv || c.sortValue);
    return {
      headers: cols.map((c) => c.header),
      rows: sorted.map((r) => cols.map((c) => exportCell(c, r))),
    };
  };
  const exportCsv = () => {
    const { headers, rows: cells } = exportCells();
    downloadCsv(fileName(csvName, asOf, 'csv'), headers, cells);
  };
  const exportXlsx = async () => {
    const { headers, rows: cells } = exportCells();
    // The writer loads on the first click, never with the page.
    const { downloadXlsx } = await import('../lib/download-xlsx');
    downloadXlsx(fileName(csvName, asOf, 'xlsx'), csvName, headers, cells);
  };
  return (
    <div className="table-tools">
      <span className="table-count">{t('table.rows', { count })}</span>
      <span className="table-downloads">
        <button type="button" className="btn ghost small" onClick={exportCsv} data-testid="csv-download">
          <span aria-hidden="true">↓</span> CSV
        </button>
        <button
          type="button"
          className="btn ghost small"
          onClick={() => void exportXlsx()}
          data-testid="xlsx-download"
        >
          <span aria-hidden="true">↓</span> Excel
        </button>
      </span>
    </div>
  );
}

interface HeadProps<T> {
  columns: Column<T>[];
  sortCol: Column<T> | undefined;
  desc: boolean;
  setSort: (value: string) => void;
  virtual: boolean;
}

/** The header row: a sortable column's title is its sort button. */
function HeadRow<T>({ columns, sortCol, desc, setSort, virtual }: HeadProps<T>) {
  return (
    <tr {...(virtual ? { 'aria-rowindex': 1 } : {})}>
      {columns.map((c) => {
        const active = sortCol?.key === c.key;
        return (
          <th
            key={c.key}
            scope="col"
            className={`align-${c.align ?? 'start'}`}
            aria-sort={active ? (desc ? 'descending' : 'ascending') : undefined}
            data-print-title={c.sortValue ? c.header : undefined}
          >
            {c.sortValue ? (
              <button
                type="button"
                className="sort-button"
                onClick={() => setSort(active && !desc ? `-${c.key}` : c.key)}
              >
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
  );
}

/** A sortable table with CSV download; on a phone each row becomes a card. */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  text: { caption, csvName },
  asOf: ownDate,
  sortParam = 'sort',
  defaultSort,
  emptyText,
  testId,
  rowClassName,
  virtualizeAbove,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const shownDate = useShownDate();
  const asOf = ownDate === undefined ? shownDate : ownDate;
  const { sorted, sortCol, desc, setSort } = useSortedRows(rows, columns, sortParam, defaultSort);

  const virtual = virtualizeAbove !== undefined && sorted.length > virtualizeAbove;
  const compactCards = columns.some((c) => c.cardTitle);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rem = useRem();
  const win = useWindowRows({
    count: sorted.length,
    enabled: virtual,
    estimateRowHeight: VIRTUAL_ROW_REM * rem,
    scrollRef,
    bodyRef,
  });
  const visible = virtual ? sorted.slice(win.start, win.end) : sorted;
  const RowOf = virtual ? MemoRow : Row;

  return (
    <div
      className={['data-table', virtual ? 'is-virtual' : null, compactCards ? 'compact-cards' : null]
        .filter(Boolean)
        .join(' ')}
      data-testid={testId}
    >
      <TableTools count={rows.length} sorted={sorted} columns={columns} csvName={csvName} asOf={asOf} />
      <div
        className="table-scroll"
        ref={scrollRef}
        {...(virtual ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
      >
        <table {...(virtual ? { 'aria-rowcount': sorted.length + 1 } : {})}>
          <caption className="sr-only">{caption}</caption>
          {virtual ? (
            <colgroup>
              {columns.map((c) => (
                <col key={c.key} style={c.width ? { width: c.width } : undefined} />
              ))}
            </colgroup>
          ) : null}
          <thead>
            <HeadRow columns={columns} sortCol={sortCol} desc={desc} setSort={setSort} virtual={virtual} />
          </thead>
          <tbody ref={bodyRef}>
            {virtual && win.padTop > 0 ? (
              <tr className="v-spacer" aria-hidden="true" style={{ height: win.padTop }}>
                <td colSpan={columns.length} />
              </tr>
            ) : null}
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="panel-state">
                  {emptyText ?? t('state.empty')}
                </td>
              </tr>
            ) : (
              visible.map((r, i) => (
                <RowOf
                  key={rowKey(r)}
                  row={r}
                  columns={columns}
                  className={rowClassName?.(r)}
                  rowIndex={virtual ? win.start + i + 2 : undefined}
                />
              ))
            )}
            {virtual && win.padBottom > 0 ? (
              <tr className="v-spacer" aria-hidden="true" style={{ height: win.padBottom }}>
                <td colSpan={columns.length} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
