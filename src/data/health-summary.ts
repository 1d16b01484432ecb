import type { ResourceName } from '../domain/codes';

interface HealthInput {
  resource: ResourceName;
  error: unknown;
  report: { dropped: number } | null;
}

export interface HealthSummary {
  /** error: a resource failed; warn: rows were dropped; ok: all rows of all resources kept. */
  level: 'ok' | 'warn' | 'error';
  failing: ResourceName[];
  dropped: number;
}

/** One line's worth for the header: how many resources fail and how many rows were dropped. */
export function healthSummary(resources: readonly HealthInput[]): HealthSummary {
  const failing = resources.filter((r) => r.error).map((r) => r.resource);
  const dropped = resources.reduce((n, r) => n + (r.report?.dropped ?? 0), 0);
  return { level: failing.length ? 'error' : dropped ? 'warn' : 'ok', failing, dropped };
}

interface FreshnessInput {
  resource: ResourceName;
  status: string;
  error: unknown;
  updatedAt: number;
}

export type Freshness =
  | { kind: 'loading' }
  | { kind: 'fresh'; at: number }
  /** Some resource could not be refreshed: `at` is the oldest data on screen. */
  | { kind: 'stale'; at: number; resources: ResourceName[] }
  /** Some resource has no data at all. */
  | { kind: 'missing'; resources: ResourceName[] };

/**
 * One rule for every header: a view is as old as the oldest resource it depends on. A resource the
 * source does not provide is left out; one that never arrived makes the view's data incomplete.
 */
export function freshnessOf(resources: readonly FreshnessInput[]): Freshness {
  const used = resources.filter((r) => r.status !== 'notProvided');
  const missing = used.filter((r) => r.updatedAt === 0 && r.error).map((r) => r.resource);
  if (missing.length > 0) return { kind: 'missing', resources: missing };
  if (used.some((r) => r.updatedAt === 0)) return { kind: 'loading' };
  const at = Math.min(...used.map((r) => r.updatedAt));
  const failing = used.filter((r) => r.error).map((r) => r.resource);
  if (!Number.isFinite(at)) return { kind: 'loading' };
  return failing.length > 0 ? { kind: 'stale', at, resources: failing } : { kind: 'fresh', at };
}

/** Rows the source sent that failed validation, per resource: their absence changes every count. */
export function droppedRows(
  resources: readonly { resource: ResourceName; report: { received: number; dropped: number } | null }[],
): { resource: ResourceName; received: number; dropped: number }[] {
  return resources.flatMap((r) =>
    r.report && r.report.dropped > 0
      ? [{ resource: r.resource, received: r.report.received, dropped: r.report.dropped }]
      : [],
  );
}
