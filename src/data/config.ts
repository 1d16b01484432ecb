import * as z from 'zod/mini';
import { RESOURCES, type ResourceName } from '../domain/schemas';
import { DEFAULT_MAX_RESPONSE_MB } from './api-client';
import { ApiError, redactUrl } from './errors';
import { prepareRequests } from './requests';
import { authSchema, headersSchema, resourceSourceSchema, urlSchema } from './source-config';

export { resourceSourceSchema, urlSchema } from './source-config';
export type { Auth, ResourceSource, ResourceSourceInput } from './source-config';

export const appConfigSchema = z.object({
  mock: z._default(z.object({ enabled: z._default(z.boolean(), true), scenario: z._default(z.nullable(z.string()), null) }), () => ({
    enabled: true,
    scenario: null,
  })),
  api: z._default(
    z.object({
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
  resources: z._default(z.partialRecord(z.enum(RESOURCES), resourceSourceSchema), () => ({})),
  refreshIntervalSeconds: z._default(z.number().check(z.minimum(5), z.maximum(86_400)), 300),
  thresholds: z._default(
    z.object({
      lagGap: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.1),
      watchWindowDays: z._default(z.int().check(z.minimum(0), z.maximum(365)), 30),
    }),
    () => ({ lagGap: 0.1, watchWindowDays: 30 }),
  ),
  map: z._default(
    z.object({
      /** A GeoJSON file (FeatureCollection of polygons) drawn as the cluster's boundary on the projects map. */
      boundaryUrl: z._default(z.nullable(urlSchema), null),
    }),
    () => ({ boundaryUrl: null }),
  ),
  /** Default distance back to the "compare with" date (the last joint meeting), in months. */
  compareMonths: z._default(z.int().check(z.minimum(1), z.maximum(36)), 3),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

export const DEFAULT_CONFIG: AppConfig = appConfigSchema.parse({});

export interface EnvOverrides {
  VITE_API_BASE_URL?: string;
  VITE_MOCK?: string;
}

/** Build-time environment wins over config.json, so one build can be pinned to one backend. */
export function applyEnv(config: AppConfig, env: EnvOverrides): AppConfig {
  let next = config;
  if (env.VITE_API_BASE_URL) {
    next = { ...next, api: { ...next.api, baseUrl: urlSchema.parse(env.VITE_API_BASE_URL) }, mock: { ...next.mock, enabled: false } };
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
function deepestIssue(issue: Issue, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string; score: number } {
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
    throw new ApiError({ kind: 'config', resource: 'config', url, reason: describeConfigError(parsed.error) });
  }
  return parsed.data;
}

/**
 * The config to load: `?config=` in the page URL, or `fallback` (the deployed config.json).
 * Only a config on this site (same origin, http or https) is accepted: otherwise anyone could send a
 * link that shows the district's dashboard with figures from a server of their choosing. A config
 * URL from elsewhere is refused with an error, never silently replaced by the default.
 */
export function configUrlFromLocation(search: string, pageUrl: string, fallback: string): string {
  const raw = new URLSearchParams(search).get('config');
  if (raw === null || raw.trim() === '') return fallback;
  const refuse = (reason: string) =>
    new ApiError({ kind: 'config', resource: 'config', url: redactUrl(raw), reason: `?config= refused: ${reason}` });
  let target: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    target = new URL(raw.trim(), page);
  } catch {
    throw refuse('not a URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw refuse('only http(s) URLs');
  if (target.origin !== page.origin) throw refuse(`a config must come from this site (${page.origin}), not ${target.origin}`);
  if (target.username || target.password) throw refuse('no credentials in the URL');
  return `${target.pathname}${target.search}`;
}

export async function loadConfig(url: string, env: EnvOverrides, fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store' });
  } catch (e) {
    throw new ApiError({ kind: 'config', resource: 'config', url, reason: `could not load: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (response.status === 404) return applyEnv(DEFAULT_CONFIG, env);
  if (!response.ok) {
    throw new ApiError({ kind: 'config', resource: 'config', url, status: response.status, reason: `could not load (HTTP ${response.status})` });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError({ kind: 'config', resource: 'config', url, reason: 'config.json is not valid JSON' });
  }
  return applyEnv(parseConfig(json, url), env);
}

export interface ResourceRequest {
  url: string;
  headers: Record<string, string>;
}

/** The resource's own (main) request: URL with placeholders and query filled in, headers with auth. */
export function resourceRequest(config: AppConfig, resource: ResourceName, asOf: string | null): ResourceRequest {
  const [main] = prepareRequests(config, resource, asOf);
  return { url: main!.url, headers: main!.headers };
}

/** FNV-1a: a short, stable fingerprint of the per-resource sources (not a secret, not reversible in practice). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** An identity for the source, so cached data of one backend (or one mapping) is never shown for another. */
export const sourceKey = (config: AppConfig): string => {
  const base = config.mock.enabled ? 'mock' : config.api.baseUrl;
  const custom = Object.keys(config.resources).length > 0 || config.api.auth;
  return custom ? `${base}#${fingerprint(JSON.stringify([config.resources, config.api.auth ?? null, config.api.headers]))}` : base;
};
