import * as z from 'zod/mini';
import { RESOURCES, type ResourceName } from '../domain/codes';
import { DEFAULT_MAX_RESPONSE_MB } from './api-client';
import { ApiError } from './errors';
import { prepareRequests } from './requests';
import {
  authSchema,
  headersSchema,
  notProvidedShorthand,
  resourceSourceSchema,
  urlSchema,
} from './source-config';

export { resourceSourceSchema, urlSchema } from './source-config';
export { isProvided } from './provided';
export type { Auth, ResourceSource, ResourceSourceInput } from './source-config';

const bigScreenEntrySchema = z.strictObject({
  screen: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/)),
  /** How long the screen stays; left out, the screen's own default (SCREEN_REGISTRY). */
  seconds: z.optional(z.number().check(z.minimum(5), z.maximum(3600))),
});
export type BigScreenEntry = z.infer<typeof bigScreenEntrySchema>;

const DEFAULT_PLAYLIST: BigScreenEntry[] = [
  { screen: 'overview' },
  { screen: 'tasks' },
  { screen: 'indicators' },
  { screen: 'ranking' },
  { screen: 'ledger' },
  { screen: 'map' },
  { screen: 'behind' },
];

/*
 * Strict objects throughout: a misspelt key ("Mock", "resoures") is an error naming it, never silently
 * ignored. `mock` has no default: the demo data runs only when config.json says `"enabled": true` in so
 * many words, and a file that does not say either way is not a config (so a same-origin JSON Schema or
 * any other JSON reached by `?config=` cannot turn a deployment into the demo).
 */
export const appConfigSchema = z.strictObject({
  /** The file's declared JSON Schema, if any: informational, for editors. */
  $schema: z.optional(z.string()),
  mock: z.strictObject({
    enabled: z.boolean(),
    scenario: z._default(z.nullable(z.string()), null),
  }),
  api: z._default(
    z.strictObject({
      baseUrl: z._default(urlSchema, '/api/v1'),
      headers: headersSchema,
      timeoutMs: z._default(z.int().check(z.minimum(500), z.maximum(120_000)), 15_000),
      /** The largest answer read, in MB (1 MB = 1,048,576 bytes); a larger one fails its resource, the last good data stays. */
      maxResponseMB: z._default(z.number().check(z.positive(), z.maximum(1024)), DEFAULT_MAX_RESPONSE_MB),
      /** Credentials for every resource that has none of its own. Visible to anyone who opens the site. */
      auth: z.optional(authSchema),
    }),
    () => ({ baseUrl: '/api/v1', headers: {}, timeoutMs: 15_000, maxResponseMB: DEFAULT_MAX_RESPONSE_MB }),
  ),
  /** Per resource: its own URL, method, query, headers, auth, extra requests and mapping (see docs/connect-your-api.md). */
  resources: z._default(
    z.partialRecord(z.enum(RESOURCES), z.union([resourceSourceSchema, notProvidedShorthand])).check(
      z.refine((r) => r.plan?.provided !== false, {
        message: 'the plan cannot be left out: every view starts from it',
        path: ['plan'],
      }),
    ),
    () => ({}),
  ),
  refreshIntervalSeconds: z._default(z.number().check(z.minimum(5), z.maximum(86_400)), 300),
  /** Each refresh waits the interval ± this fraction (0.1 = ±10 %), so many screens do not ask on the same second. */
  refreshJitter: z._default(z.number().check(z.minimum(0), z.maximum(0.5)), 0.1),
  thresholds: z._default(
    z.strictObject({
      lagGap: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.1),
      watchWindowDays: z._default(z.int().check(z.minimum(0), z.maximum(365)), 30),
    }),
    () => ({ lagGap: 0.1, watchWindowDays: 30 }),
  ),
  map: z._default(
    z.strictObject({
      /** A GeoJSON file (FeatureCollection of polygons) drawn as the cluster's boundary on the projects map. */
      boundaryUrl: z._default(z.nullable(urlSchema), null),
    }),
    () => ({ boundaryUrl: null }),
  ),
  /**
   * The big screen's playlist: which screens, in what order, how long each stays (seconds), and per canvas
   * (16x9, 32x9, 48x9, 9x16) a playlist of its own. Screen ids are checked against the wall's registry on
   * the wall, which names any it does not know. Defaults: today's three screens, 30 s each.
   */
  bigScreen: z._default(
    z.strictObject({
      playlist: z._default(z.array(bigScreenEntrySchema).check(z.minLength(1)), () => DEFAULT_PLAYLIST),
      canvases: z._default(
        z.partialRecord(
          z.enum(['16x9', '32x9', '48x9', '9x16']),
          z.strictObject({ playlist: z.array(bigScreenEntrySchema).check(z.minLength(1)) }),
        ),
        () => ({}),
      ),
    }),
    () => ({ playlist: DEFAULT_PLAYLIST, canvases: {} }),
  ),
  /** Default distance back to the "compare with" date (the last joint meeting), in months. */
  compareMonths: z._default(z.int().check(z.minimum(1), z.maximum(36)), 3),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

/** Every default, for a real API at /api/v1 (tests and tools; the app itself always reads a config.json). */
export const DEFAULT_CONFIG: AppConfig = appConfigSchema.parse({ mock: { enabled: false } });

export interface EnvOverrides {
  VITE_API_BASE_URL?: string;
  VITE_MOCK?: string;
}

/** Build-time environment wins over config.json, so one build can be pinned to one backend. */
export function applyEnv(config: AppConfig, env: EnvOverrides): AppConfig {
  let next = config;
  if (env.VITE_API_BASE_URL) {
    next = {
      ...next,
      api: { ...next.api, baseUrl: urlSchema.parse(env.VITE_API_BASE_URL) },
      mock: { ...next.mock, enabled: false },
    };
  }
  if (env.VITE_MOCK === 'true' || env.VITE_MOCK === 'false') {
    next = { ...next, mock: { ...next.mock, enabled: env.VITE_MOCK === 'true' } };
  }
  return next;
}

type Issue = z.core.$ZodIssue;

/**
 * The most telling issue: inside "one of several forms" (a field spec, an auth kind) the branch that
 * got furthest names the real mistake, e.g. `fields.start.typ: unrecognized key` rather than "invalid input".
 */
function deepestIssue(
  issue: Issue,
  prefix: PropertyKey[] = [],
): { path: PropertyKey[]; message: string; score: number } {
  const path = [...prefix, ...issue.path];
  // A branch that only misses its own key (e.g. "const") is the wrong form, not the deployer's mistake.
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const score = path.length - (missing ? 0.5 : 0);
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    let best: { path: PropertyKey[]; message: string; score: number } | null = null;
    for (const branch of issue.errors) {
      const first = branch[0];
      if (!first) continue;
      const candidate = deepestIssue(first, path);
      if (!best || candidate.score > best.score) best = candidate;
    }
    if (best && best.path.length > path.length) return best;
  }
  return { path, message: issue.message, score };
}

/** Where in config.json and what is wrong, e.g. `resources.tasks.mapping.fields.start: …`. */
export function describeConfigError(error: z.core.$ZodError): string {
  const first = error.issues[0];
  if (!first) return '(root): invalid';
  const { path, message } = deepestIssue(first);
  return `${path.map(String).join('.') || '(root)'}: ${message}`;
}

export function parseConfig(json: unknown, url: string): AppConfig {
  const parsed = appConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'config',
      resource: 'config',
      url,
      reason: describeConfigError(parsed.error),
    });
  }
  return parsed.data;
}

export interface ResourceRequest {
  url: string;
  headers: Record<string, string>;
}

/** The resource's own (main) request: URL with placeholders and query filled in, headers with auth. */
export function resourceRequest(
  config: AppConfig,
  resource: ResourceName,
  asOf: string | null,
): ResourceRequest {
  const [main] = prepareRequests(config, resource, asOf);
  return { url: main!.url, headers: main!.headers };
}
