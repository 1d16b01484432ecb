import { z } from 'zod';
import { RESOURCES, RESOURCE_PATHS, type ResourceName } from '../domain/schemas';
import { ApiError } from './errors';

/** Relative paths or http(s) only: a config must not be able to point the app at javascript: or file: URLs. */
const urlSchema = z
  .string()
  .min(1)
  .refine((u) => /^(https?:\/\/|\/|\.\/)/i.test(u), 'must start with http://, https://, / or ./');

const headersSchema = z.record(z.string(), z.string()).default({});

const resourceSourceSchema = z.object({
  /** Full URL for this resource; `{asOf}` is replaced by the as-of date (empty for "latest"). */
  url: urlSchema.optional(),
  headers: headersSchema,
});

export const appConfigSchema = z.object({
  mock: z
    .object({ enabled: z.boolean().default(true), scenario: z.string().nullable().default(null) })
    .default({ enabled: true, scenario: null }),
  api: z
    .object({
      baseUrl: urlSchema.default('/api/v1'),
      headers: headersSchema,
      timeoutMs: z.number().int().min(500).max(120_000).default(15_000),
    })
    .default({ baseUrl: '/api/v1', headers: {}, timeoutMs: 15_000 }),
  resources: z.partialRecord(z.enum(RESOURCES), resourceSourceSchema).default({}),
  refreshIntervalSeconds: z.number().min(5).max(86_400).default(300),
  thresholds: z
    .object({ lagGap: z.number().min(0).max(1).default(0.1), watchWindowDays: z.number().int().min(0).max(365).default(30) })
    .default({ lagGap: 0.1, watchWindowDays: 30 }),
  map: z
    .object({
      /** A GeoJSON file (FeatureCollection of polygons) drawn as the cluster's boundary on the projects map. */
      boundaryUrl: urlSchema.nullable().default(null),
    })
    .default({ boundaryUrl: null }),
  /** Default distance back to the "compare with" date (the last joint meeting), in months. */
  compareMonths: z.number().int().min(1).max(36).default(3),
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

export function parseConfig(json: unknown, url: string): AppConfig {
  const parsed = appConfigSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.map(String).join('.') || '(root)';
    throw new ApiError({ kind: 'config', resource: 'config', url, reason: `${path}: ${first?.message ?? 'invalid'}` });
  }
  return parsed.data;
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

export function resourceRequest(config: AppConfig, resource: ResourceName, asOf: string | null): ResourceRequest {
  const own = config.resources[resource];
  const headers = { ...config.api.headers, ...own?.headers };
  if (own?.url) {
    return { url: own.url.replaceAll('{asOf}', encodeURIComponent(asOf ?? '')), headers };
  }
  const base = config.api.baseUrl.replace(/\/+$/, '');
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return { url: `${base}/${RESOURCE_PATHS[resource]}${query}`, headers };
}

/** An identity for the source, so cached data of one backend is never shown for another. */
export const sourceKey = (config: AppConfig): string => (config.mock.enabled ? 'mock' : config.api.baseUrl);
