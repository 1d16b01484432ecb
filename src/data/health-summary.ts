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
