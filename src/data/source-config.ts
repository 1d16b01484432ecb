import '../domain/schemas/zod-setup';
import * as z from 'zod/mini';
import { mappingSchema } from './mapping/mapping-schema';
import { unknownPlaceholders } from './placeholders';
import { sheetSpecSchema } from './sheets/sheet-spec';

/*
 * Where each resource comes from: URL template, method, query, headers, auth, extra requests and the
 * mapping. Everything in config.json is readable by anyone who opens the site: a token written
 * here is public. docs/connect-your-api.md recommends a same-origin proxy that adds it instead.
 */

/** Relative paths or http(s) only: a config must not be able to point the app at javascript: or file: URLs. */
export const urlSchema = z.string().check(
  z.minLength(1),
  z.refine((u) => /^(https?:\/\/|\/(?![/\\])|\.\/)/i.test(u), 'must start with http://, https://, / or ./'),
);

export const headersSchema = z._default(z.record(z.string(), z.string()), () => ({}));

const templated = <T extends z.ZodMiniType<string>>(schema: T) =>
  schema.check(
    z.refine((s: string) => unknownPlaceholders(s).length === 0, {
      error: (issue) =>
        `unknown placeholder ${unknownPlaceholders(String(issue.input)).join(', ')}; known: {asOf}, {asOf:YYYYMMDD}, {year}, {month}, {day}`,
    }),
  );

export const authSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  /** `Authorization: Bearer <token>`. */
  z.strictObject({ type: z.literal('bearer'), token: z.string().check(z.minLength(1)) }),
  /** A key in a header (`X-Api-Key: …`) or in the query (`?appkey=…`). */
  z.strictObject({
    type: z.literal('apiKey'),
    in: z._default(z.enum(['header', 'query']), 'header'),
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    value: z.string().check(z.minLength(1)),
  }),
  /** `Authorization: Basic base64(user:password)`. */
  z.strictObject({ type: z.literal('basic'), username: z.string(), password: z.string() }),
]);
export type Auth = z.infer<typeof authSchema>;

const queryValue = z.union([templated(z.string()), z.number(), z.boolean()]);

/** A path under api.baseUrl, e.g. `rw/list`: the API's address is then written once. */
const pathSchema = z.string().check(
  z.minLength(1),
  z.maxLength(500),
  z.refine(
    (p) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(p),
    'a path under api.baseUrl, not a full URL (use "url" for that)',
  ),
);

const requestFields = {
  method: z._default(z.enum(['GET', 'POST']), 'GET'),
  headers: z._default(z.record(z.string(), templated(z.string())), () => ({})),
  /** Query parameters; one whose value renders empty (e.g. `{asOf}` for "latest") is left out. */
  query: z._default(z.record(z.string(), queryValue), () => ({})),
  /** A JSON body for POST; placeholders inside its strings are filled in. */
  body: z.optional(z.unknown()),
  auth: z.optional(authSchema),
  /** For "latest", placeholders render empty (default) or as today's date (for APIs that need a date). */
  latest: z._default(z.enum(['empty', 'today']), 'empty'),
  /** The answer is a spreadsheet (.xlsx or .csv): which sheet and header row; its rows are mapped like JSON rows. */
  sheet: z.optional(sheetSpecSchema),
};

const REQUEST_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

export const extraRequestSchema = z
  .strictObject({
    /** Referred to as `$name` in JSONata and `"from": "name"` in joins. */
    name: z
      .string()
      .check(z.regex(REQUEST_NAME, 'a name of letters, digits and _ (used as $name in JSONata)')),
    url: z.optional(templated(urlSchema)),
    path: z.optional(templated(pathSchema)),
    ...requestFields,
  })
  .check(
    z.refine((r) => Boolean(r.url) !== Boolean(r.path), {
      message: 'give either "url" or "path"',
      path: ['url'],
    }),
  );
export type ExtraRequest = z.infer<typeof extraRequestSchema>;

export const resourceSourceSchema = z
  .strictObject({
    /** Full URL for this resource; `{asOf}` is replaced by the as-of date (empty for "latest"). */
    url: z.optional(templated(urlSchema)),
    /** Or a path under api.baseUrl. Without either, the canonical `{baseUrl}/{resource}?asOf=` is used. */
    path: z.optional(templated(pathSchema)),
    ...requestFields,
    /** More requests feeding this resource, e.g. progress reports joined to the tasks by id. */
    requests: z._default(
      z.array(extraRequestSchema).check(
        z.maxLength(10),
        z.refine((rs) => new Set(rs.map((r) => r.name)).size === rs.length, 'request names must be unique'),
        z.refine((rs) => rs.every((r) => r.name !== 'main'), '"main" is the resource\'s own request'),
      ),
      () => [],
    ),
    mapping: z.optional(mappingSchema),
    /**
     * The fewest rows a good answer has. An answer with fewer (or an empty one after rows were seen) is
     * held as a fault and the last good rows stay on screen: a ledger does not lose its tasks overnight.
     */
    minRows: z.optional(z.int().check(z.minimum(0))),
    /** false: the source has no such data (no work items, no projects); nothing is requested. */
    provided: z._default(z.boolean(), true),
  })
  .check(
    z.refine((r) => !(r.url && r.path), { message: 'give either "url" or "path", not both', path: ['path'] }),
    z.refine((r) => !r.sheet || Boolean(r.mapping), {
      message: 'a spreadsheet source needs a "mapping" from its column headers to the fields',
      path: ['sheet'],
    }),
  );
export type ResourceSource = z.infer<typeof resourceSourceSchema>;
export type ResourceSourceInput = z.input<typeof resourceSourceSchema>;

/** `"workItems": false` is short for `{ "provided": false }`: this source has no such data. */
export const notProvidedShorthand = z.pipe(
  z.literal(false),
  z.transform((): ResourceSource => resourceSourceSchema.parse({ provided: false })),
);
