import { z } from 'zod';
import { functionCodeSchema, idSchema, isoDateSchema, nameEnSchema, nameSchema, periodSchema } from './common';

export const coreFunctionSchema = z.object({
  code: functionCodeSchema,
  name: nameSchema,
  nameEn: nameEnSchema,
  description: z.string().max(4000),
  descriptionEn: z.string().max(4000).optional(),
});
export type CoreFunction = z.infer<typeof coreFunctionSchema>;

export const aspectSchema = z.object({
  id: idSchema,
  order: z.number().int(),
  name: nameSchema,
  nameEn: nameEnSchema,
});
export type Aspect = z.infer<typeof aspectSchema>;

export const safeguardSchema = z.object({
  id: idSchema,
  name: nameSchema,
  nameEn: nameEnSchema,
  description: z.string().max(4000).optional(),
});
export type Safeguard = z.infer<typeof safeguardSchema>;

export const workAreaSchema = z.object({
  id: idSchema,
  order: z.number().int(),
  name: nameSchema,
  nameEn: nameEnSchema,
});
export type WorkArea = z.infer<typeof workAreaSchema>;

/** A yearly work programme (年度重点工作), e.g. the 2021 one in section 二 of the seed. */
export const programmeSchema = z.object({
  id: idSchema,
  year: z.number().int().min(1990).max(2100),
  name: nameSchema,
  nameEn: nameEnSchema,
  areas: z.array(workAreaSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

export const planSchema = z.object({
  id: idSchema,
  name: nameSchema,
  nameEn: nameEnSchema,
  shortName: z.string().max(100).optional(),
  shortNameEn: z.string().max(100).optional(),
  period: periodSchema,
  adoptedOn: isoDateSchema.optional(),
  functions: z.array(coreFunctionSchema).min(1),
  aspects: z.array(aspectSchema).min(1),
  safeguards: z.array(safeguardSchema),
  programmes: z.array(programmeSchema),
});
export type Plan = z.infer<typeof planSchema>;
