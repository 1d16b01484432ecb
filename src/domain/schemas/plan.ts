import * as z from 'zod/mini';
import {
  functionCodeSchema,
  idSchema,
  isoDateSchema,
  maxText,
  namedRecordFields,
  nameFields,
  periodSchema,
} from './common';

export const coreFunctionSchema = z.object({
  code: functionCodeSchema,
  ...nameFields,
  description: maxText(4000),
  descriptionEn: z.optional(maxText(4000)),
});
export type CoreFunction = z.infer<typeof coreFunctionSchema>;

/** An entry of an ordered list in the plan: an aspect of the plan, an area of a yearly programme. */
const orderedEntryFields = { id: idSchema, order: z.int(), ...nameFields };

export const aspectSchema = z.object(orderedEntryFields);
export type Aspect = z.infer<typeof aspectSchema>;

export const safeguardSchema = z.object({
  ...namedRecordFields,
  description: z.optional(maxText(4000)),
});
export type Safeguard = z.infer<typeof safeguardSchema>;

export const workAreaSchema = z.object(orderedEntryFields);
export type WorkArea = z.infer<typeof workAreaSchema>;

/** A yearly work programme (年度重点工作), e.g. the 2021 one in section 二 of the seed. */
export const programmeSchema = z.object({
  id: idSchema,
  year: z.int().check(z.minimum(1990), z.maximum(2100)),
  ...nameFields,
  areas: z.array(workAreaSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

export const planSchema = z.object({
  ...namedRecordFields,
  shortName: z.optional(maxText(100)),
  shortNameEn: z.optional(maxText(100)),
  period: periodSchema,
  adoptedOn: z.optional(isoDateSchema),
  functions: z.array(coreFunctionSchema).check(z.minLength(1)),
  aspects: z.array(aspectSchema).check(z.minLength(1)),
  safeguards: z.array(safeguardSchema),
  programmes: z.array(programmeSchema),
});
export type Plan = z.infer<typeof planSchema>;
