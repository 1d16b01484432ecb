import type { IndicatorInput, ProjectInput, TaskInput, WorkItemInput } from '../../src/domain/schemas';
import { resolveAsOf, type AsOfResult } from '../as-of';
import type { Fixtures } from '../fixtures';
import { DEFAULT_BASE_URL, selectAsOf } from '../handlers/shared';
import { isoFromForeign } from './formats';

/** The demo credentials the three foreign mocks expect; the example configs carry the same. */
export const FOREIGN_CREDENTIALS = {
  ledgerToken: 'zerobay-ledger-demo-token',
  sheetKey: 'zerobay-sheet-demo-key',
  openDataKey: 'zerobay-opendata-demo-key',
} as const;

/** `/api/v1` → `` (the foreign APIs sit beside the canonical one: `/foreign/...`); `*\/api/v1` → `*`. */
export function foreignRoot(baseUrl: string = DEFAULT_BASE_URL): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v1') ? trimmed.slice(0, -'/api/v1'.length) : trimmed;
}

/** The fixtures as known at one date. */
export interface Snapshot extends Fixtures {
  asOf: string;
}

/** A row with progress reports, milestones and a manual status: a task or a programme item. */
export type Tracked = Snapshot['tasks'][number] | Snapshot['workItems'][number];

/** The same "what was known at that date" as the canonical mock, so the figures match. */
export function snapshotAt(data: Fixtures, raw: string | null): AsOfResult & { snapshot?: Snapshot } {
  const resolved = resolveAsOf(isoFromForeign(raw));
  if (!resolved.ok) return resolved;
  const asOf = resolved.asOf;
  return {
    ...resolved,
    snapshot: {
      asOf,
      plan: data.plan,
      units: data.units,
      tasks: selectAsOf.tasks(data.tasks, asOf) as TaskInput[],
      indicators: selectAsOf.indicators(data.indicators, asOf) as IndicatorInput[],
      workItems: selectAsOf.workItems(data.workItems, asOf) as WorkItemInput[],
      projects: selectAsOf.projects(data.projects, asOf) as ProjectInput[],
    },
  };
}

export const NO_STORE = { 'Cache-Control': 'no-store' };
