import { z } from 'zod';
import { idSchema, nameEnSchema, nameSchema } from './common';

export const unitKindSchema = z.enum(['municipal', 'district', 'university', 'company', 'committee', 'platform', 'other']);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitSchema = z.object({
  id: idSchema,
  name: nameSchema,
  nameEn: nameEnSchema,
  shortName: z.string().min(1).max(100),
  shortNameEn: z.string().min(1).max(100).optional(),
  kind: unitKindSchema,
});
export type Unit = z.infer<typeof unitSchema>;
