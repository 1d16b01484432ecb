import type { ResourceName } from '../../domain/codes';
import type { RowIssue } from '../../data/validation-report';

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
