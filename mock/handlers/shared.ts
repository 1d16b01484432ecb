import { HttpResponse } from 'msw';
import { RESOURCE_PATHS, type ResourceName, type SnapshotMeta } from '../../src/domain/schemas';
import { indicatorAsOf, projectAsOf, resolveAsOf, taskAsOf, workItemAsOf } from '../as-of';
import type { Fixtures } from '../fixtures';

/** Relative, so the browser worker matches it against the page's origin. */
export const DEFAULT_BASE_URL = '/api/v1';

export const MOCK_SOURCE = 'zerobay-mock';

export interface HandlerOptions {
  /** `/api/v1` (browser worker, node:http server), an absolute URL, or the path behind a `*` wildcard (any origin). */
  baseUrl?: string;
}

export function resourceUrl(resource: ResourceName, baseUrl: string = DEFAULT_BASE_URL): string {
  return `${baseUrl.replace(/\/+$/, '')}/${RESOURCE_PATHS[resource]}`;
}

/** Fixed to the as-of day so that repeated answers are byte-identical and snapshots stay stable. */
export function snapshotMeta(asOf: string): SnapshotMeta {
  return { asOf, source: MOCK_SOURCE, generatedAt: `${asOf}T18:00:00+08:00` };
}

/** The state each resource had on a day; the plan and the units do not change over time. */
export const selectAsOf: { [R in ResourceName]: (rows: Fixtures[R], asOf: string) => unknown } = {
  plan: (plan) => plan,
  units: (rows) => rows,
  tasks: (rows, asOf) => rows.map((r) => taskAsOf(r, asOf)),
  indicators: (rows, asOf) => rows.map((r) => indicatorAsOf(r, asOf)),
  workItems: (rows, asOf) => rows.map((r) => workItemAsOf(r, asOf)),
  projects: (rows, asOf) => rows.map((r) => projectAsOf(r, asOf)),
};

const NO_STORE = { 'Cache-Control': 'no-store' };

export function badAsOf(error: string): Response {
  return HttpResponse.json({ error }, { status: 400, headers: NO_STORE });
}

/** Resolves `?asOf=`, then answers the `{ meta, data }` envelope built from the resolved date. */
export function answerAsOf(request: Request, build: (asOf: string) => unknown): Response {
  const resolved = resolveAsOf(new URL(request.url).searchParams.get('asOf'));
  if (!resolved.ok) return badAsOf(resolved.error);
  return HttpResponse.json({ meta: snapshotMeta(resolved.asOf), data: build(resolved.asOf) } as never, {
    headers: NO_STORE,
  });
}
