import * as z from 'zod/mini';
import {
  functionCodeSchema,
  idSchema,
  isoDateSchema,
  manualStatusSchema,
  milestoneSchema,
  nameEnSchema,
  nameSchema,
  progressPointSchema,
  statusCodeSchema,
} from './common';

export const taskSchema = z
  .object({
    id: idSchema,
    order: z.int(),
    aspectId: idSchema,
    name: nameSchema,
    nameEn: nameEnSchema,
    functions: z.array(functionCodeSchema).check(z.minLength(1)),
    leadUnitId: idSchema,
    coUnitIds: z._default(z.array(idSchema), () => []),
    start: isoDateSchema,
    due: isoDateSchema,
    completedOn: z._default(z.nullable(isoDateSchema), null),
    progress: z._default(z.array(progressPointSchema), () => []),
    milestones: z._default(z.array(milestoneSchema), () => []),
    manualStatus: z._default(z.nullable(manualStatusSchema), null),
    reportedStatus: z._default(z.nullable(statusCodeSchema), null),
  })
  .check(z.refine((t) => t.start <= t.due, { message: 'start is after due', path: ['due'] }));
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = z.input<typeof taskSchema>;
