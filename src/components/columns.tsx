import { createElement, type ReactNode } from 'react';
import { Link, type To } from '../lib/router';
import { formatDate, formatPercent, type Lang } from '../lib/format';
import { nameIn, rawNameIn } from '../lib/names';
import type { CsvCell } from '../lib/download';
import type { Column } from './data-table';

/*
 * The kinds of column every table has (a name, a date, a share, a plain text), built one way so that the
 * ledgers sort, print and export alike: a missing figure reads "—" on screen and in the file, a sortable
 * column keeps its print title, and a date goes into the CSV as its ISO day.
 */

/**
 * How a figure stands in its cell: bare text, or inside an element whose class sets its digits and weight
 * (`strong` for the figure a row is judged by). The test id lets specs read that figure.
 */
export interface CellLook {
  tag: 'span' | 'strong';
  className?: string;
  testId?: string;
}

interface ColumnOptions {
  look?: CellLook;
  hideOnPhone?: boolean;
}

const looked = (text: string, look: CellLook | undefined): ReactNode =>
  look
    ? createElement(
        look.tag,
        { className: look.className, ...(look.testId ? { 'data-testid': look.testId } : {}) },
        text,
      )
    : text;

const phone = (hideOnPhone: boolean | undefined) => (hideOnPhone ? { hideOnPhone } : {});

/** A share 0–1 shown as "62%", right-aligned, sorted by the share; the CSV has the text as shown. */
export function percentColumn<T>(
  key: string,
  header: string,
  get: (row: T) => number | null,
  { look, hideOnPhone, render }: ColumnOptions & { render?: (row: T) => ReactNode } = {},
): Column<T> {
  return {
    key,
    header,
    render: render ?? ((x) => looked(formatPercent(get(x)), look)),
    sortValue: get,
    csv: (x) => formatPercent(get(x)),
    align: 'end',
    ...phone(hideOnPhone),
  };
}

/** A day shown in the page's language, sorted by the day; the CSV has its ISO date. */
export function dateColumn<T>(
  key: string,
  header: string,
  get: (row: T) => string | null,
  lang: Lang,
  { look, hideOnPhone }: ColumnOptions = {},
): Column<T> {
  return {
    key,
    header,
    render: (x) => looked(formatDate(get(x), lang), look),
    sortValue: get,
    ...phone(hideOnPhone),
  };
}

/** A text that is its own sort key and CSV cell (a lead unit, a kind). */
export function textColumn<T>(
  key: string,
  header: string,
  text: (row: T) => string,
  { hideOnPhone }: Omit<ColumnOptions, 'look'> = {},
): Column<T> {
  return { key, header, render: text, sortValue: text, ...phone(hideOnPhone) };
}

type Named = { name: string; nameEn?: string | undefined };

interface NameOptions<T> {
  hideOnPhone?: boolean;
  /** The name links to the row's own page. */
  link?: { to: (row: T) => To; className: string; testId: string };
  /** Sort by something other than the name (the plan's order); `null`: the column does not sort. */
  sortValue?: ((row: T) => string | number | null) | null;
  /** The CSV cell when it is not the name as the source sent it. */
  csv?: (row: T) => CsvCell;
}

/**
 * A named thing in the page's language, sorted by its name; the CSV has the name as the source sent it. A
 * column that does not sort still exports the name.
 */
export function nameColumn<T>(
  key: string,
  header: string,
  get: (row: T) => Named,
  lang: Lang,
  { link, sortValue, csv, hideOnPhone }: NameOptions<T> = {},
): Column<T> {
  const raw = (x: T) => rawNameIn(get(x), lang);
  const sort = sortValue === undefined ? raw : sortValue;
  return {
    key,
    header,
    render: link
      ? (x) => (
          <Link className={link.className} to={link.to(x)} data-testid={link.testId}>
            {nameIn(get(x), lang)}
          </Link>
        )
      : (x) => nameIn(get(x), lang),
    ...(sort ? { sortValue: sort } : {}),
    ...(csv ? { csv } : sort === raw ? {} : { csv: raw }),
    ...phone(hideOnPhone),
  };
}

interface ChooseOptions<T> {
  /** The name as shown. */
  label: (row: T) => string;
  sortValue: (row: T) => string;
  choose: (row: T) => void;
  /** Marks the chosen row's button; absent where the choice shows elsewhere. */
  pressed?: (row: T) => boolean;
  testId: string;
}

/** A row's name as a button that chooses it (for the page's map or panel), sorted by the name. */
export function chooseColumn<T>(
  key: string,
  header: string,
  { label, sortValue, choose, pressed, testId }: ChooseOptions<T>,
): Column<T> {
  return {
    key,
    header,
    render: (x) => (
      <button
        type="button"
        className="link-button"
        onClick={() => choose(x)}
        aria-pressed={pressed?.(x)}
        data-testid={testId}
      >
        {label(x)}
      </button>
    ),
    sortValue,
  };
}
