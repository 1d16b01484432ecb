import * as z from 'zod/mini';
import { idSchema, nameFields, trackedWorkFields } from './common';

/**
 * An item of a yearly work programme. A `milestone` item is tracked like a task (dates, progress);
 * an `indicator` item is judged by the indicators it names.
 */
export const workItemSchema = z
  .object({
    id: idSchema,
    programmeId: idSchema,
    areaId: idSchema,
    order: z.int(),
    ...nameFields,
    kind: z.enum(['milestone', 'indicator']),
    indicatorIds: z._default(z.array(idSchema), () => []),
    leadUnitId: z.optional(idSchema),
    ...trackedWorkFields,
  })
  .check(
    z.refine((w) => w.kind !== 'indicator' || w.indicatorIds.length > 0, {
      message: 'an indicator item names at least one indicator',
      path: ['indicatorIds'],
    }),
    z.refine((w) => w.start <= w.due, { message: 'start is after due', path: ['due'] }),
  );
export type WorkItem = z.infer<typeof workItemSchema>;
export type WorkItemInput = z.input<typeof workItemSchema>;
