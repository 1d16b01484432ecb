import * as z from 'zod/mini';
import {
  functionCodeSchema,
  idSchema,
  isoDateSchema,
  maxText,
  namedRecordFields,
  periodSchema,
} from './common';

/**
 * How an observation relates to a target:
 * - increment (a flow, 新增): amount added since 1 January of the observation's year (year-to-date,
 *   restarting each year); target is the period's total, so a multi-year period sums its years.
 * - stock: level at a date (e.g. number of high-tech firms); target is the level at period end.
 * - cumulative: running total since the plan began (e.g. floor area in use); target at period end.
 * - percentage (a ratio): a rate in percent; target at period end.
 * - milestone: 0 (not yet) or 1 (achieved); target 1.
 */
export const indicatorKindSchema = z.enum(['increment', 'stock', 'cumulative', 'percentage', 'milestone']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const directionSchema = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof directionSchema>;

export const datedValueSchema = z.object({ date: isoDateSchema, value: z.number() });
export type DatedValue = z.infer<typeof datedValueSchema>;

/**
 * `annual`: the value is a target for each calendar year inside the period ("每年新增40家, 2021–2025"),
 * not one for the whole period; each year is judged on its own.
 */
export const targetRecurrenceSchema = z.enum(['annual']);

export const targetSchema = z.object({
  period: periodSchema,
  label: z.optional(maxText(50)),
  value: z.number(),
  recurrence: z.optional(targetRecurrenceSchema),
  /** Optional planned path within the period (expected value at dates); linear when absent. */
  trajectory: z.optional(z.array(datedValueSchema)),
  note: z.optional(maxText(2000)),
  noteEn: z.optional(maxText(2000)),
});
export type Target = z.infer<typeof targetSchema>;

export const observationSchema = z.extend(datedValueSchema, {
  note: z.optional(maxText(2000)),
  noteEn: z.optional(maxText(2000)),
});
export type Observation = z.infer<typeof observationSchema>;

export const indicatorSchema = z.object({
  ...namedRecordFields,
  unit: maxText(20),
  unitEn: z.optional(maxText(20)),
  functions: z.array(functionCodeSchema).check(z.minLength(1)),
  taskId: z.optional(idSchema),
  workItemId: z.optional(idSchema),
  kind: indicatorKindSchema,
  direction: z._default(directionSchema, 'higher'),
  targets: z._default(z.array(targetSchema), () => []),
  observations: z._default(z.array(observationSchema), () => []),
  source: z.optional(maxText(500)),
  /** English twins of the texts above, shown on English pages; Chinese is the record. */
  sourceEn: z.optional(maxText(500)),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
