import './zod-setup';
import * as z from 'zod/mini';
import { FUNCTION_CODES, STATUS_CODES } from '../codes';

export { FUNCTION_CODES, STATUS_CODES, type FunctionCode, type StatusCode } from '../codes';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a `YYYY-MM-DD` string names a day of the Gregorian calendar, by arithmetic: the same answer as a
 * round trip through `Date`, several times faster, and every date of every row goes through it.
 */
export function isRealDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
}

/** A calendar date, `YYYY-MM-DD`, that exists (2021-02-30 is rejected). */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE, 'expected a date as YYYY-MM-DD'),
  // Only a YYYY-MM-DD the regex let through can be an impossible day; anything else is reported once, above.
  z.refine((s) => !ISO_DATE.test(s) || isRealDate(s), 'a day that exists (this one does not)'),
);
export type IsoDate = z.infer<typeof isoDateSchema>;

export const functionCodeSchema = z.enum(FUNCTION_CODES);

/** Status lights shared by tasks, work items and indicators. */
export const statusCodeSchema = z.enum(STATUS_CODES);

/** Free text up to `max` characters. */
export const maxText = (max: number) => z.string().check(z.maxLength(max));

export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const nameSchema = z.string().check(z.minLength(1), z.maxLength(500));
/** English forms are optional: the source document and most real APIs are Chinese only. */
export const nameEnSchema = z.optional(z.string().check(z.minLength(1), z.maxLength(500)));

/** A record's name: Chinese required, English optional. Spread into a row's fields where its name goes. */
export const nameFields = { name: nameSchema, nameEn: nameEnSchema };
/** The fields most records begin with: an id, then the name. */
export const namedRecordFields = { id: idSchema, ...nameFields };

export const periodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .check(z.refine((p) => p.start <= p.end, { message: 'period start is after its end', path: ['end'] }));
export type Period = z.infer<typeof periodSchema>;

export const progressPointSchema = z.object({
  date: isoDateSchema,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  note: z.optional(maxText(2000)),
  noteEn: z.optional(maxText(2000)),
});
export type ProgressPoint = z.infer<typeof progressPointSchema>;

export const milestoneSchema = z.object({
  ...namedRecordFields,
  planned: isoDateSchema,
  actual: z.nullable(isoDateSchema),
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** A status set by hand by the responsible unit; only valid with a written reason. */
export const manualStatusSchema = z.object({
  status: statusCodeSchema,
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'a manual status needs a written reason'), z.maxLength(2000)),
  /** The reason in English, for an English page; the Chinese reason stays the one of record. */
  reasonEn: z.optional(maxText(2000)),
  setBy: z.optional(maxText(200)),
  setByEn: z.optional(maxText(200)),
  setAt: isoDateSchema,
});
export type ManualStatus = z.infer<typeof manualStatusSchema>;

/** A piece of work followed over time (a task, a programme's milestone item): its dates, reports and status. */
export const trackedWorkFields = {
  start: isoDateSchema,
  due: isoDateSchema,
  completedOn: z._default(z.nullable(isoDateSchema), null),
  progress: z._default(z.array(progressPointSchema), () => []),
  milestones: z._default(z.array(milestoneSchema), () => []),
  manualStatus: z._default(z.nullable(manualStatusSchema), null),
  /** The source's own status column, kept beside the dashboard's rule (never replaces it). */
  reportedStatus: z._default(z.nullable(statusCodeSchema), null),
};
