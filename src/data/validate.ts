import * as z from 'zod/mini';
import {
  planSchema,
  rowSchemas,
  snapshotMetaSchema,
  type ListResourceName,
  type Plan,
  type ResourceName,
  type RowOf,
  type SnapshotMeta,
} from '../domain/schemas';
import { ApiError } from './errors';
import {
  collectRowIssues,
  describeValue,
  emptyReport,
  formatPath,
  issueCollector,
  toRowIssues,
  type ValidationReport,
} from './validation-report';

export interface ResourceResult<T> {
  meta: SnapshotMeta;
  data: T;
  report: ValidationReport;
  /** When the response arrived (ms since epoch), for "updated at" and "stale since". */
  receivedAt: number;
}

const envelopeShape = z.object({ meta: snapshotMetaSchema, data: z.unknown() });

function shapeError(resource: ResourceName, url: string, error: z.core.$ZodError, json: unknown): ApiError {
  const first = error.issues[0];
  const path = first ? formatPath(first.path) : '';
  const got = first
    ? describeValue(path ? (json as Record<string, unknown>)?.[String(first.path[0])] : json)
    : '';
  return new ApiError({
    kind: 'shape',
    resource,
    url,
    reason: `response is not of the expected shape: ${path || '(root)'} ${first?.message ?? ''}${got ? ` (got ${got})` : ''}`,
  });
}

function readEnvelope(resource: ResourceName, url: string, json: unknown) {
  const env = envelopeShape.safeParse(json);
  if (!env.success) throw shapeError(resource, url, env.error, json);
  return env.data;
}

/**
 * Rows are checked one by one: a bad row is dropped and reported, the good ones are kept.
 * Only a response that is unusable as a whole (no envelope, data not an array) fails the resource.
 */
export function validateList<R extends ListResourceName>(
  resource: R,
  url: string,
  json: unknown,
  receivedAt: number,
): ResourceResult<RowOf<R>[]> {
  const { meta, data } = readEnvelope(resource, url, json);
  if (!Array.isArray(data)) {
    throw new ApiError({
      kind: 'shape',
      resource,
      url,
      reason: `data should be an array of rows, got ${describeValue(data)}`,
    });
  }
  const schema = rowSchemas[resource] as unknown as z.ZodMiniType<RowOf<R>>;
  const rows: RowOf<R>[] = [];
  const report = emptyReport(resource, data.length);
  const collect = issueCollector(report);
  const seen = new Set<string>();
  data.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      collectRowIssues(collect, index, row, parsed.error);
      report.dropped += 1;
      return;
    }
    const id = (parsed.data as { id: string }).id;
    if (seen.has(id)) {
      collect.add('id', () => ({
        index,
        rowId: id,
        path: 'id',
        expected: 'a unique id',
        got: JSON.stringify(id),
        message: 'duplicate id',
      }));
      report.dropped += 1;
      return;
    }
    seen.add(id);
    rows.push(parsed.data);
  });
  collect.finish();
  report.kept = rows.length;
  return { meta, data: rows, report, receivedAt };
}

export function validatePlan(url: string, json: unknown, receivedAt: number): ResourceResult<Plan> {
  const { meta, data } = readEnvelope('plan', url, json);
  if (data === null || data === undefined) {
    throw new ApiError({ kind: 'empty', resource: 'plan', url, reason: 'the plan is empty (data is null)' });
  }
  const parsed = planSchema.safeParse(data);
  const report = emptyReport('plan', 1);
  if (!parsed.success) {
    const issues = toRowIssues(0, data, parsed.error);
    const first = issues[0];
    throw new ApiError({
      kind: 'shape',
      resource: 'plan',
      url,
      reason: first
        ? `plan field ${first.path} expected ${first.expected}, got ${first.got}`
        : 'invalid plan',
    });
  }
  report.kept = 1;
  return { meta, data: parsed.data, report, receivedAt };
}
