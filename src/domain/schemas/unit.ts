import * as z from 'zod/mini';
import { namedRecordFields } from './common';

export const unitKindSchema = z.enum([
  'municipal',
  'district',
  'university',
  'company',
  'committee',
  'platform',
  'other',
]);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitSchema = z.object({
  ...namedRecordFields,
  shortName: z.string().check(z.minLength(1), z.maxLength(100)),
  shortNameEn: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  kind: unitKindSchema,
});
export type Unit = z.infer<typeof unitSchema>;
