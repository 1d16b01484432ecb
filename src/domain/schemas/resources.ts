import * as z from 'zod/mini';
import { indicatorSchema } from './indicator';
import { planSchema } from './plan';
import { projectSchema } from './project';
import { snapshotMetaSchema } from './snapshot';
import { taskSchema } from './task';
import { unitSchema } from './unit';
import { workItemSchema } from './work-item';

/**
 * The REST contract: every resource answers `{ meta, data }`. List resources are validated row by row
 * (a bad row is dropped and reported); the plan is one document and is valid or not as a whole.
 */
export { RESOURCES, RESOURCE_PATHS, type ResourceName } from '../codes';

export const rowSchemas = {
  units: unitSchema,
  tasks: taskSchema,
  indicators: indicatorSchema,
  workItems: workItemSchema,
  projects: projectSchema,
} as const;
export type ListResourceName = keyof typeof rowSchemas;
export type RowOf<R extends ListResourceName> = z.infer<(typeof rowSchemas)[R]>;

export const envelopeSchema = <T extends z.ZodMiniType>(data: T) =>
  z.object({ meta: snapshotMetaSchema, data });
export const planEnvelopeSchema = envelopeSchema(planSchema);
export const listEnvelopeSchema = <R extends ListResourceName>(r: R) =>
  envelopeSchema(z.array(rowSchemas[r]));
