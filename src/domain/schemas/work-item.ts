import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  manualStatusSchema,
  milestoneSchema,
  nameEnSchema,
  nameSchema,
  progressPointSchema,
} from './common';

/**
 * An item of a yearly work programme. A `milestone` item is tracked like a task (dates, progress);
 * an `indicator` item is judged by the indicators it names.
 */
export const workItemSchema = z
  .object({
    id: idSchema,
    programmeId: idSchema,
    areaId: idSchema,
    order: z.number().int(),
    name: nameSchema,
    nameEn: nameEnSchema,
    kind: z.enum(['milestone', 'indicator']),
    indicatorIds: z.array(idSchema).default([]),
    leadUnitId: idSchema.optional(),
    start: isoDateSchema,
    due: isoDateSchema,
    completedOn: isoDateSchema.nullable().default(null),
    progress: z.array(progressPointSchema).default([]),
    milestones: z.array(milestoneSchema).default([]),
    manualStatus: manualStatusSchema.nullable().default(null),
  })
  .refine((w) => w.kind !== 'indicator' || w.indicatorIds.length > 0, {
    message: 'an indicator item names at least one indicator',
    path: ['indicatorIds'],
  })
  .refine((w) => w.start <= w.due, { message: 'start is after due', path: ['due'] });
export type WorkItem = z.infer<typeof workItemSchema>;
export type WorkItemInput = z.input<typeof workItemSchema>;
