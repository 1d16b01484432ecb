import { z } from 'zod';
import { isoDateSchema } from './common';

export const snapshotMetaSchema = z.object({
  asOf: isoDateSchema,
  source: z.string().min(1).max(200),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;
