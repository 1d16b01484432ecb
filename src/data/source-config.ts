import '../domain/schemas/zod-setup';
import { z } from 'zod';
import { mappingSchema } from './mapping/mapping-schema';

/*
 * Where each resource comes from: URL template, method, query, headers, auth, extra requests and the
 * mapping. Everything in config.json is readable by anyone who opens the site: a token written
 * here is public. docs/connect-your-api.md recommends a same-origin proxy that adds it instead.
 */

/** Relative paths or http(s) only: a config must not be able to point the app at javascript: or file: URLs. */
export const urlSchema = z
  .string()
  .min(1)
  .refine((u) => /^(https?:\/\/|\/(?![/\\])|\.\/)/i.test(u), 'must start with http://, https://, / or ./');

export const headersSchema = z.record(z.string(), z.string()).default({});

/** `{asOf}`, `{asOf:YYYYMMDD}`, `{year}`, `{month}`, `{day}`; any other `{…}` is a mistake. */
export const PLACEHOLDER = /\{(asOf(?::[^{}]{1,20})?|year|month|day)\}/g;
const ANY_BRACE = /\{[^{}]*\}/g;

export function unknownPlaceholders(s: string): string[] {
  return (s.match(ANY_BRACE) ?? []).filter((p) => !new RegExp(`^${PLACEHOLDER.source}$`).test(p));
}

const templated = <T extends z.ZodString | z.ZodType<string>>(schema: T) =>
  schema.refine((s) => unknownPlaceholders(s).length === 0, {
    error: (issue) => `unknown placeholder ${unknownPlaceholders(String(issue.input)).join(', ')}; known: {asOf}, {asOf:YYYYMMDD}, {year}, {month}, {day}`,
  });

export const authSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }).strict(),
  /** `Authorization: Bearer <token>`. */
  z.object({ type: z.literal('bearer'), token: z.string().min(1) }).strict(),
  /** A key in a header (`X-Api-Key: …`) or in the query (`?appkey=…`). */
  z.object({ type: z.literal('apiKey'), in: z.enum(['header', 'query']).default('header'), name: z.string().min(1).max(100), value: z.string().min(1) }).strict(),
  /** `Authorization: Basic base64(user:password)`. */
  z.object({ type: z.literal('basic'), username: z.string(), password: z.string() }).strict(),
]);
export type Auth = z.infer<typeof authSchema>;

const queryValue = z.union([templated(z.string()), z.number(), z.boolean()]);

/** A path under api.baseUrl, e.g. `rw/list`: the API's address is then written once. */
const pathSchema = z
  .string()
  .min(1)
  .max(500)
  .refine((p) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(p), 'a path under api.baseUrl, not a full URL (use "url" for that)');

const requestFields = {
  method: z.enum(['GET', 'POST']).default('GET'),
  headers: z.record(z.string(), templated(z.string())).default({}),
  /** Query parameters; one whose value renders empty (e.g. `{asOf}` for "latest") is left out. */
  query: z.record(z.string(), queryValue).default({}),
  /** A JSON body for POST; placeholders inside its strings are filled in. */
  body: z.unknown().optional(),
  auth: authSchema.optional(),
  /** For "latest", placeholders render empty (default) or as today's date (for APIs that need a date). */
  latest: z.enum(['empty', 'today']).default('empty'),
};

const REQUEST_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

export const extraRequestSchema = z
  .object({
    /** Referred to as `$name` in JSONata and `"from": "name"` in joins. */
    name: z.string().regex(REQUEST_NAME, 'a name of letters, digits and _ (used as $name in JSONata)'),
    url: templated(urlSchema).optional(),
    path: templated(pathSchema).optional(),
    ...requestFields,
  })
  .strict()
  .refine((r) => Boolean(r.url) !== Boolean(r.path), { message: 'give either "url" or "path"', path: ['url'] });
export type ExtraRequest = z.infer<typeof extraRequestSchema>;

export const resourceSourceSchema = z
  .object({
    /** Full URL for this resource; `{asOf}` is replaced by the as-of date (empty for "latest"). */
    url: templated(urlSchema).optional(),
    /** Or a path under api.baseUrl. Without either, the canonical `{baseUrl}/{resource}?asOf=` is used. */
    path: templated(pathSchema).optional(),
    ...requestFields,
    /** More requests feeding this resource, e.g. progress reports joined to the tasks by id. */
    requests: z
      .array(extraRequestSchema)
      .max(10)
      .default([])
      .refine((rs) => new Set(rs.map((r) => r.name)).size === rs.length, 'request names must be unique')
      .refine((rs) => rs.every((r) => r.name !== 'main'), '"main" is the resource\'s own request'),
    mapping: mappingSchema.optional(),
  })
  .strict()
  .refine((r) => !(r.url && r.path), { message: 'give either "url" or "path", not both', path: ['path'] });
export type ResourceSource = z.infer<typeof resourceSourceSchema>;
export type ResourceSourceInput = z.input<typeof resourceSourceSchema>;
