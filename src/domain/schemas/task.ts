import { z } from 'zod';
import {
  functionCodeSchema,
  idSchema,
  isoDateSchema,
  manualStatusSchema,
  milestoneSchema,
  nameEnSchema,
  nameSchema,
  progressPointSchema,
} from './common';

export const taskSchema = z
  .object({
    id: idSchema,
    order: z.number().int(),
    aspectId: idSchema,
    name: nameSchema,
    nameEn: nameEnSchema,
    functions: z.array(functionCodeSchema).min(1),
    leadUnitId: idSchema,
    coUnitIds: z.array(idSchema).default([]),
    start: isoDateSchema,
    due: isoDateSchema,
    completedOn: isoDateSchema.nullable().default(null),
    progress: z.array(progressPointSchema).default([]),
    milestones: z.array(milestoneSchema).default([]),
    manualStatus: manualStatusSchema.nullable().default(null),
  })
  .refine((t) => t.start <= t.due, { message: 'start is after due', path: ['due'] });
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = z.input<typeof taskSchema>;
