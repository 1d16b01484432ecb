import '../../domain/schemas/zod-setup';
import { z } from 'zod';
import { COERCE_TYPES, type CoerceType, type MonthDay } from './coerce-types';

/*
 * The mapping from a foreign response to the canonical model, as written in config.json.
 * Two forms: a plain field map for the easy cases (paths, types, value tables, joins), and JSONata
 * for everything else. Objects are strict so a typo ("feilds") is reported instead of ignored.
 */

export type FieldMap = { [field: string]: FieldSpec };

/** A path into the row; coerced by `type`; `map` translates values (e.g. "滞后" → "lagging") before that. */
export interface ValueSpec {
  path: string;
  type?: CoerceType;
  map?: Record<string, unknown>;
  /** Used when the value is missing or blank; without it the field is left out (and the schema's default applies). */
  default?: unknown;
  monthDay?: MonthDay;
  separator?: string;
}
export interface ConstSpec {
  const: unknown;
}
/** An object built from the same row (or from the object at `path`). */
export interface ObjectSpec {
  path?: string;
  fields: FieldMap;
  default?: unknown;
}
/** An array built from an array inside the row. */
export interface EachSpec {
  each: string;
  fields?: FieldMap;
  type?: CoerceType;
  map?: Record<string, unknown>;
  where?: Record<string, unknown>;
  sortBy?: string;
  default?: unknown;
}
/** Rows of another request whose `match` keys equal this row's: progress reports joined to their task. */
export interface JoinSpec {
  from: string;
  rows?: string;
  /** `{ "their field path": "our field path" }`. */
  match: Record<string, string>;
  fields?: FieldMap;
  type?: CoerceType;
  map?: Record<string, unknown>;
  where?: Record<string, unknown>;
  sortBy?: string;
  /** The first matching row as an object instead of an array of all. */
  first?: boolean;
  default?: unknown;
}
export type FieldSpec = string | ValueSpec | ConstSpec | ObjectSpec | EachSpec | JoinSpec;

const pathString = z.string().max(500);
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const whereSchema = z.record(z.string(), scalar);
const valueTable = z.record(z.string(), z.unknown());
const typeSchema = z.enum(COERCE_TYPES);

export const fieldSpecSchema: z.ZodType<FieldSpec> = z.lazy(() =>
  z.union([
    pathString,
    z.object({ const: z.unknown() }).strict(),
    z
      .object({
        from: z.string().min(1),
        rows: pathString.optional(),
        match: z.record(z.string(), pathString).refine((m) => Object.keys(m).length > 0, 'match needs at least one key'),
        fields: fieldMapSchema.optional(),
        type: typeSchema.optional(),
        map: valueTable.optional(),
        where: whereSchema.optional(),
        sortBy: z.string().optional(),
        first: z.boolean().optional(),
        default: z.unknown().optional(),
      })
      .strict(),
    z
      .object({
        each: pathString,
        fields: fieldMapSchema.optional(),
        type: typeSchema.optional(),
        map: valueTable.optional(),
        where: whereSchema.optional(),
        sortBy: z.string().optional(),
        default: z.unknown().optional(),
      })
      .strict(),
    z.object({ path: pathString.optional(), fields: fieldMapSchema, default: z.unknown().optional() }).strict(),
    z
      .object({
        path: pathString,
        type: typeSchema.optional(),
        map: valueTable.optional(),
        default: z.unknown().optional(),
        monthDay: z.enum(['start', 'end']).optional(),
        separator: z.string().min(1).max(5).optional(),
      })
      .strict(),
  ]),
) as z.ZodType<FieldSpec>;

export const fieldMapSchema: z.ZodType<FieldMap> = z.lazy(() => z.record(z.string().min(1), fieldSpecSchema));

export const metaMapSchema = z
  .object({ asOf: fieldSpecSchema.optional(), source: fieldSpecSchema.optional(), generatedAt: fieldSpecSchema.optional() })
  .strict();
export type MetaMap = z.infer<typeof metaMapSchema>;

export const DEFAULT_MAPPING_TIMEOUT_MS = 30_000;

export const mappingSchema = z
  .object({
    /**
     * A JSONata expression over the (main) response; other requests are `$name`. Returns the rows (or
     * the plan), or `{ meta, data }`. In JSON it may be written as an array of lines, joined with newlines.
     */
    jsonata: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v.join('\n') : v))
      .pipe(z.string().trim().min(1, 'an empty expression').max(100_000))
      .optional(),
    /** Where the rows (or the plan object) are in the response; the response itself when absent. */
    rows: pathString.optional(),
    /** Keep only the rows whose fields equal these values. */
    where: whereSchema.optional(),
    /** Canonical field → where it comes from. Without it, the rows are taken as they are. */
    fields: fieldMapSchema.optional(),
    /** meta.asOf / source / generatedAt from the response; otherwise the requested date and the URL are used. */
    meta: metaMapSchema.optional(),
    /** The API's own success flag, e.g. `{ "path": "code", "equals": [200], "message": "msg" }`. */
    success: z
      .object({ path: pathString, equals: z.array(scalar).min(1), message: pathString.optional() })
      .strict()
      .optional(),
    /** A JSONata mapping that runs longer than this is stopped. */
    timeoutMs: z.number().int().min(100).max(120_000).default(DEFAULT_MAPPING_TIMEOUT_MS),
  })
  .strict()
  .refine((m) => !(m.jsonata && (m.fields || m.rows !== undefined || m.where)), {
    message: 'use either "jsonata" or "rows"/"where"/"fields", not both',
    path: ['jsonata'],
  });
export type Mapping = z.infer<typeof mappingSchema>;
export type MappingInput = z.input<typeof mappingSchema>;
