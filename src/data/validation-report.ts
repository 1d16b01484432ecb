import type * as z from 'zod/mini';
import type { ResourceName } from '../domain/codes';
import { ApiError } from './errors';

export interface RowIssue {
  /** Position of the row in the response, 0-based. */
  index: number;
  /** The row's `id` when it has a readable one. */
  rowId: string | null;
  /** Field path inside the row, e.g. `progress[3].percent`. */
  path: string;
  expected: string;
  got: string;
  message: string;
  /** Where in the source response the value came from (e.g. `rows[3].ksrq`), when a plain field map tells. */
  source?: string;
}

export interface ValidationReport {
  resource: ResourceName;
  received: number;
  kept: number;
  dropped: number;
  /** The failures listed: at most ISSUES_PER_FIELD per field and MAX_LISTED_ISSUES in all, in row order. */
  issues: RowIssue[];
  /** Every failure, listed or not. */
  issueCount: number;
  /** Failures per field (positions folded: `progress[].percent`), listed or not, most first. */
  fieldCounts: FieldCount[];
}

export interface FieldCount {
  field: string;
  count: number;
}

/**
 * A report keeps the first hundred failures of each field and counts the rest: 150,000 bad rows are one
 * fault repeated, and listing each would cost memory in the worker, in the query cache, in the kept cache
 * and one table row each on /data-health (3 million DOM nodes, a 110 s freeze). What a person needs is
 * which fields fail, how often, and enough examples to see why.
 */
export const ISSUES_PER_FIELD = 100;
/** An upper bound over all fields, for an answer whose every row fails in its own way. */
export const MAX_LISTED_ISSUES = 2_000;

/** The field a failure is about, with array positions folded: `progress[3].percent` → `progress[].percent`. */
export const fieldOf = (path: string): string => path.replace(/\[\d+\]/g, '[]');

/** Collects failures into a report, listing only what the caps allow. */
export function issueCollector(report: ValidationReport) {
  const perField = new Map<string, number>();
  return {
    /** Whether a failure at this path would still be listed (so callers can skip building it). */
    add(path: string, build: () => RowIssue): void {
      const field = fieldOf(path);
      const n = (perField.get(field) ?? 0) + 1;
      perField.set(field, n);
      report.issueCount += 1;
      if (n <= ISSUES_PER_FIELD && report.issues.length < MAX_LISTED_ISSUES) report.issues.push(build());
    },
    finish(): void {
      report.fieldCounts = [...perField]
        .map(([field, count]) => ({ field, count }))
        .sort((a, b) => b.count - a.count || (a.field < b.field ? -1 : 1));
    },
  };
}

export const emptyReport = (resource: ResourceName, received: number): ValidationReport => ({
  resource,
  received,
  kept: 0,
  dropped: 0,
  issues: [],
  issueCount: 0,
  fieldCounts: [],
});

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value,
  );

/** A short, literal rendering of a bad value for a message; never interpreted. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `an array of ${v.length}`;
  return 'an object';
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'too_small':
      return `${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_value':
      return `one of ${issue.values.map((x) => JSON.stringify(x)).join(', ')}`;
    case 'invalid_format':
      // A date in another form ("2021/1/1", "2021年1月1日", "2023") is read by a "type": "date" or "period" field map.
      return issue.format === 'regex' && issue.message === 'expected a date as YYYY-MM-DD'
        ? 'YYYY-MM-DD (a date in another form needs "type": "date" in the field map)'
        : issue.format === 'regex'
          ? 'YYYY-MM-DD'
          : issue.format;
    default:
      return issue.message;
  }
}

const rowIdOf = (row: unknown): string | null => {
  const id = valueAt(row, ['id']);
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

const toRowIssue = (index: number, row: unknown, issue: z.core.$ZodIssue, path: string): RowIssue => ({
  index,
  rowId: rowIdOf(row),
  path,
  expected: expectedOf(issue),
  got: describeValue(valueAt(row, issue.path)),
  message: issue.message,
});

export function toRowIssues(index: number, row: unknown, error: z.core.$ZodError): RowIssue[] {
  return error.issues.map((issue) => toRowIssue(index, row, issue, formatPath(issue.path) || '(row)'));
}

/** A row's failures into a collector, each built only if it will be listed. */
export function collectRowIssues(
  collect: ReturnType<typeof issueCollector>,
  index: number,
  row: unknown,
  error: z.core.$ZodError,
): void {
  for (const issue of error.issues) {
    const path = formatPath(issue.path) || '(row)';
    collect.add(path, () => toRowIssue(index, row, issue, path));
  }
}

export function describeIssue(i: RowIssue): string {
  return `row ${i.rowId ?? `#${i.index + 1}`}: ${i.path} expected ${i.expected}, got ${i.got}${i.source ? ` (from ${i.source})` : ''}`;
}

/**
 * For the screen: a list whose every row failed is not "no data" but a source that changed under us (a
 * renamed field, a new format). Refused as a whole, so the last good rows stay on screen with their age
 * and the message names the first failure. (`npm run check-source` still gets the full report.)
 */
export function refuseIfEveryRowDropped<T extends { report: ValidationReport }>(result: T, url: string): T {
  const { report } = result;
  if (report.received === 0 || report.kept > 0) return result;
  const first = report.issues[0];
  throw new ApiError({
    kind: 'shape',
    resource: report.resource,
    url,
    reason: `every row failed validation (${report.received} of ${report.received})${first ? `; first: ${describeIssue(first)}` : ''}`,
  });
}

/**
 * For the screen: a list that had rows and now has none, or fewer than the deployer's `minRows`, is a
 * fault of the source (a failed export, a filter gone wrong), not news that the work is gone. Refused,
 * so the last good rows stay on screen marked as not refreshed, and the message names both counts.
 */
export function refuseIfShrunk<T extends { report: ValidationReport }>(
  result: T,
  url: string,
  previousKept: number | null,
  minRows: number | undefined,
): T {
  const { kept, resource } = result.report;
  const reason =
    minRows !== undefined && kept < minRows
      ? `the answer has ${kept} rows, fewer than the configured minimum of ${minRows} (resources.${resource}.minRows)`
      : previousKept !== null && previousKept > 0 && kept === 0
        ? `the answer is empty where the last good one had ${previousKept} rows`
        : null;
  if (reason === null) return result;
  throw new ApiError({ kind: 'shrunk', resource, url, reason });
}
