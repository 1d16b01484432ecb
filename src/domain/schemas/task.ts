import * as z from 'zod/mini';
import { functionCodeSchema, idSchema, nameFields, trackedWorkFields } from './common';

export const taskSchema = z
  .object({
    id: idSchema,
    order: z.int(),
    aspectId: idSchema,
    ...nameFields,
    functions: z.array(functionCodeSchema).check(z.minLength(1)),
    leadUnitId: idSchema,
    coUnitIds: z._default(z.array(idSchema), () => []),
    ...trackedWorkFields,
  })
  .check(z.refine((t) => t.start <= t.due, { message: 'start is after due', path: ['due'] }));
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = z.input<typeof taskSchema>;
