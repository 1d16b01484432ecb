import * as z from 'zod/mini';
import {
  planSchema,
  rowSchemas,
  snapshotMetaSchema,
  type ListResourceName,
  type ResourceName,
} from '../domain/schemas';
import { formatPath } from './validation-report';

function firstIssue(label: string, error: z.core.$ZodError): Error {
  const issue = error.issues[0];
  return new Error(
    `${label}${issue?.path.length ? `.${formatPath(issue.path)}` : ''}: ${issue?.message ?? 'invalid'}`,
  );
}

/**
 * A kept answer (from storage, possibly written by another build) read by the current schemas before
 * anything shows it. All or nothing: a kept answer was valid when it was kept, so a row the schemas now
 * refuse means the cache is from another version, not a bad row of the source's.
 */
export function validateKept(resource: ResourceName, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) throw new Error('not a kept answer');
  const kept = value as Record<string, unknown>;
  if (typeof kept.receivedAt !== 'number' || !Number.isFinite(kept.receivedAt))
    throw new Error('receivedAt missing');
  if (typeof kept.report !== 'object' || kept.report === null) throw new Error('report missing');
  for (const list of ['requests', 'assumed'])
    if (list in kept && !Array.isArray(kept[list])) throw new Error(`${list} is not a list`);
  const meta = snapshotMetaSchema.safeParse(kept.meta);
  if (!meta.success) throw firstIssue('meta', meta.error);
  if (resource === 'plan') {
    const plan = planSchema.safeParse(kept.data);
    if (!plan.success) throw firstIssue('plan', plan.error);
    return { ...kept, meta: meta.data, data: plan.data };
  }
  if (!Array.isArray(kept.data)) throw new Error('data is not a list of rows');
  const schema = rowSchemas[resource as ListResourceName] as unknown as z.ZodMiniType<unknown>;
  const rows = kept.data.map((row: unknown, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw firstIssue(`row ${index}`, parsed.error);
    return parsed.data;
  });
  return { ...kept, meta: meta.data, data: rows };
}
