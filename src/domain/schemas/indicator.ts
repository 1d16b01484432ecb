import { z } from 'zod';
import { functionCodeSchema, idSchema, isoDateSchema, nameEnSchema, nameSchema, periodSchema } from './common';

/**
 * How an observation relates to a target:
 * - increment: amount added since the start of the target's period (year-to-date); target is the period's total.
 * - stock: level at a date (e.g. number of high-tech firms); target is the level at period end.
 * - cumulative: running total since the plan began (e.g. floor area in use); target at period end.
 * - percentage: a rate in percent; target at period end.
 * - milestone: 0 (not yet) or 1 (achieved); target 1.
 */
export const indicatorKindSchema = z.enum(['increment', 'stock', 'cumulative', 'percentage', 'milestone']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const directionSchema = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof directionSchema>;

export const datedValueSchema = z.object({ date: isoDateSchema, value: z.number().finite() });
export type DatedValue = z.infer<typeof datedValueSchema>;

export const targetSchema = z.object({
  period: periodSchema,
  label: z.string().max(50).optional(),
  value: z.number().finite(),
  /** Optional planned path within the period (expected value at dates); linear when absent. */
  trajectory: z.array(datedValueSchema).optional(),
  note: z.string().max(2000).optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const observationSchema = datedValueSchema.extend({ note: z.string().max(2000).optional() });
export type Observation = z.infer<typeof observationSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  name: nameSchema,
  nameEn: nameEnSchema,
  unit: z.string().max(20),
  unitEn: z.string().max(20).optional(),
  functions: z.array(functionCodeSchema).min(1),
  taskId: idSchema.optional(),
  workItemId: idSchema.optional(),
  kind: indicatorKindSchema,
  direction: directionSchema.default('higher'),
  targets: z.array(targetSchema).default([]),
  observations: z.array(observationSchema).default([]),
  source: z.string().max(500).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
