import * as z from 'zod/mini';
import { functionCodeSchema, idSchema, isoDateSchema, maxText, namedRecordFields } from './common';

export const projectStatusSchema = z.enum([
  'planned',
  'underConstruction',
  'operating',
  'completed',
  'suspended',
]);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const projectKindSchema = z.enum(['project', 'site', 'park', 'platform', 'market']);
export type ProjectKind = z.infer<typeof projectKindSchema>;

export const projectSchema = z.object({
  ...namedRecordFields,
  kind: projectKindSchema,
  functions: z._default(z.array(functionCodeSchema), () => []),
  leadUnitId: z.optional(idSchema),
  description: z.optional(maxText(4000)),
  /** WGS-84 longitude/latitude; optional because many ledgers do not record it. */
  location: z._default(
    z.nullable(
      z.object({
        lng: z.number().check(z.minimum(-180), z.maximum(180)),
        lat: z.number().check(z.minimum(-90), z.maximum(90)),
      }),
    ),
    null,
  ),
  area: z.optional(z.object({ value: z.number().check(z.nonnegative()), unit: maxText(20) })),
  statusHistory: z._default(
    z.array(
      z.object({
        date: isoDateSchema,
        status: projectStatusSchema,
        note: z.optional(maxText(2000)),
        noteEn: z.optional(maxText(2000)),
      }),
    ),
    () => [],
  ),
});
export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
