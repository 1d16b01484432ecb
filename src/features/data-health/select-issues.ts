import type { ResourceName } from '../../domain/codes';
import { fieldOf, type FieldCount, type RowIssue } from '../../data/validation-report';

export interface IssueRow extends RowIssue {
  resource: ResourceName;
  /** Unique within the page, for React keys. */
  key: string;
}

interface WithReport {
  resource: ResourceName;
  result: { report: { issues: RowIssue[] } } | null;
}

/** Every validation failure of every resource, in resource order, optionally of one resource only. */
export function selectIssues(resources: readonly WithReport[], only: ResourceName | null): IssueRow[] {
  return resources
    .filter((r) => only === null || r.resource === only)
    .flatMap((r) =>
      (r.result?.report.issues ?? []).map((i, k) => ({
        ...i,
        resource: r.resource,
        key: `${r.resource}-${k}`,
      })),
    );
}

interface WithCounts {
  resource: ResourceName;
  result: { report: { issues: RowIssue[]; issueCount?: number; fieldCounts?: FieldCount[] } } | null;
}

export interface FieldCountRow {
  resource: ResourceName;
  field: string;
  count: number;
  /** How many of them the table lists. */
  listed: number;
}

/**
 * Per resource and field, how many failures there were and how many the table lists: only for the
 * resources whose report listed fewer than it counted, so a small report adds nothing.
 */
export function selectFieldCounts(
  resources: readonly WithCounts[],
  only: ResourceName | null,
): FieldCountRow[] {
  return resources
    .filter((r) => only === null || r.resource === only)
    .flatMap((r) => {
      const report = r.result?.report;
      if (!report || (report.issueCount ?? 0) <= report.issues.length) return [];
      const listed = new Map<string, number>();
      for (const i of report.issues) listed.set(fieldOf(i.path), (listed.get(fieldOf(i.path)) ?? 0) + 1);
      return (report.fieldCounts ?? []).map((f) => ({
        resource: r.resource,
        field: f.field,
        count: f.count,
        listed: listed.get(f.field) ?? 0,
      }));
    });
}

/** Every failure of a report, listed or not (a report from an older cache has no count: its list). */
export const issueTotal = (report: { issues: unknown[]; issueCount?: number }): number =>
  report.issueCount ?? report.issues.length;

export type HealthLevel = 'ok' | 'warn' | 'error' | 'pending' | 'notProvided';

/** A failing refresh is an error even while the last good rows are still shown. */
export function healthLevel(r: {
  status: 'pending' | 'success' | 'error' | 'notProvided';
  error: unknown;
  result: { report: { dropped: number } } | null;
}): HealthLevel {
  if (r.status === 'notProvided') return 'notProvided';
  if (r.error) return 'error';
  if (r.status === 'pending') return 'pending';
  return (r.result?.report.dropped ?? 0) > 0 ? 'warn' : 'ok';
}

/** For reading only: `date=2021%2F6%2F30` shown as `date=2021/6/30`, Chinese as characters. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url.replace(/%2F/gi, '/').replace(/%3A/gi, ':'));
  } catch {
    return url;
  }
}
