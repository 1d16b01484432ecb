import * as z from 'zod/mini';
import { isoDateSchema } from './common';

export const snapshotMetaSchema = z.object({
  asOf: isoDateSchema,
  source: z.string().check(z.minLength(1), z.maxLength(200)),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;
