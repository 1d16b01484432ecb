import '../../domain/schemas/zod-setup';
import * as z from 'zod/mini';
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
/** What a list (`each`) and a join (`from`) both take for the rows they produce (`rowListFields` below). */
interface RowListSpec {
  fields?: FieldMap;
  type?: CoerceType;
  map?: Record<string, unknown>;
  where?: Record<string, unknown>;
  sortBy?: string;
  default?: unknown;
}
/** An array built from an array inside the row. */
export interface EachSpec extends RowListSpec {
  each: string;
}
/** Rows of another request whose `match` keys equal this row's: progress reports joined to their task. */
export interface JoinSpec extends RowListSpec {
  from: string;
  rows?: string;
  /** `{ "their field path": "our field path" }`. */
  match: Record<string, string>;
  /** The first matching row as an object instead of an array of all. */
  first?: boolean;
}
export type FieldSpec = string | ValueSpec | ConstSpec | ObjectSpec | EachSpec | JoinSpec;

const pathString = z.string().check(z.maxLength(500));
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const whereSchema = z.record(z.string(), scalar);
const valueTable = z.record(z.string(), z.unknown());
const typeSchema = z.enum(COERCE_TYPES);

/** What a join (`from`) and a list (`each`) both take for the rows they produce; called inside the lazy schema below. */
const rowListFields = () => ({
  fields: z.optional(fieldMapSchema),
  type: z.optional(typeSchema),
  map: z.optional(valueTable),
  where: z.optional(whereSchema),
  sortBy: z.optional(z.string()),
});

export const fieldSpecSchema: z.ZodMiniType<FieldSpec> = z.lazy(() =>
  z.union([
    pathString,
    z.strictObject({ const: z.unknown() }),
    z.strictObject({
      from: z.string().check(z.minLength(1)),
      rows: z.optional(pathString),
      match: z
        .record(z.string(), pathString)
        .check(z.refine((m) => Object.keys(m).length > 0, 'match needs at least one key')),
      ...rowListFields(),
      first: z.optional(z.boolean()),
      default: z.optional(z.unknown()),
    }),
    z.strictObject({
      each: pathString,
      ...rowListFields(),
      default: z.optional(z.unknown()),
    }),
    z.strictObject({
      path: z.optional(pathString),
      fields: fieldMapSchema,
      default: z.optional(z.unknown()),
    }),
    z.strictObject({
      path: pathString,
      type: z.optional(typeSchema),
      map: z.optional(valueTable),
      default: z.optional(z.unknown()),
      monthDay: z.optional(z.enum(['start', 'end'])),
      separator: z.optional(z.string().check(z.minLength(1), z.maxLength(5))),
    }),
  ]),
) as z.ZodMiniType<FieldSpec>;

export const fieldMapSchema: z.ZodMiniType<FieldMap> = z.lazy(() =>
  z.record(z.string().check(z.minLength(1)), fieldSpecSchema),
);

export const metaMapSchema = z.strictObject({
  asOf: z.optional(fieldSpecSchema),
  source: z.optional(fieldSpecSchema),
  generatedAt: z.optional(fieldSpecSchema),
});
export type MetaMap = z.infer<typeof metaMapSchema>;

export const DEFAULT_MAPPING_TIMEOUT_MS = 30_000;

export const mappingSchema = z
  .strictObject({
    /**
     * A JSONata expression over the (main) response; other requests are `$name`. Returns the rows (or
     * the plan), or `{ meta, data }`. In JSON it may be written as an array of lines, joined with newlines.
     */
    jsonata: z.optional(
      z.pipe(
        z.pipe(
          z.union([z.string(), z.array(z.string())]),
          z.transform((v: string | string[]) => (Array.isArray(v) ? v.join('\n') : v)),
        ),
        z.string().check(z.trim(), z.minLength(1, 'an empty expression'), z.maxLength(100_000)),
      ),
    ),
    /** Where the rows (or the plan object) are in the response; the response itself when absent. */
    rows: z.optional(pathString),
    /** Keep only the rows whose fields equal these values. */
    where: z.optional(whereSchema),
    /** Canonical field → where it comes from. Without it, the rows are taken as they are. */
    fields: z.optional(fieldMapSchema),
    /** meta.asOf / source / generatedAt from the response; otherwise the requested date and the URL are used. */
    meta: z.optional(metaMapSchema),
    /** The API's own success flag, e.g. `{ "path": "code", "equals": [200], "message": "msg" }`. */
    success: z.optional(
      z.strictObject({
        path: pathString,
        equals: z.array(scalar).check(z.minLength(1)),
        message: z.optional(pathString),
      }),
    ),
    /** A JSONata mapping that runs longer than this is stopped. */
    timeoutMs: z._default(z.int().check(z.minimum(100), z.maximum(120_000)), DEFAULT_MAPPING_TIMEOUT_MS),
  })
  .check(
    z.refine((m) => !(m.jsonata && (m.fields || m.rows !== undefined || m.where)), {
      message: 'use either "jsonata" or "rows"/"where"/"fields", not both',
      path: ['jsonata'],
    }),
  );
export type Mapping = z.infer<typeof mappingSchema>;
export type MappingInput = z.input<typeof mappingSchema>;
