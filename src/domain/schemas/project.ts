import { z } from 'zod';
import { functionCodeSchema, idSchema, isoDateSchema, nameEnSchema, nameSchema } from './common';

export const projectStatusSchema = z.enum(['planned', 'underConstruction', 'operating', 'completed', 'suspended']);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const projectKindSchema = z.enum(['project', 'site', 'park', 'platform', 'market']);
export type ProjectKind = z.infer<typeof projectKindSchema>;

export const projectSchema = z.object({
  id: idSchema,
  name: nameSchema,
  nameEn: nameEnSchema,
  kind: projectKindSchema,
  functions: z.array(functionCodeSchema).default([]),
  leadUnitId: idSchema.optional(),
  description: z.string().max(4000).optional(),
  /** WGS-84 longitude/latitude; optional because many ledgers do not record it. */
  location: z
    .object({ lng: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) })
    .nullable()
    .default(null),
  area: z.object({ value: z.number().nonnegative(), unit: z.string().max(20) }).optional(),
  statusHistory: z
    .array(z.object({ date: isoDateSchema, status: projectStatusSchema, note: z.string().max(2000).optional() }))
    .default([]),
});
export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
