import type { ResourceName } from '../domain/codes';
import { fetchText, MB, type TextResponse } from './api-client';
import type { AppConfig } from './config';
import { ApiError } from './errors';
import type { AssumedMeta, JobResponse } from './mapping/map-resource';
import type { MappingRunner } from './mapping/runner';
import { parseOffMainThread } from './parse-runner';
import { beijingToday, prepareRequests, type PreparedRequest } from './requests';
import { refuseFutureAsOf } from './future-as-of';
import type { ResourceResult } from './validate';

/** What may be shown of a request: never the real URL or header values. */
export interface RequestInfo {
  name: string;
  method: 'GET' | 'POST';
  shownUrl: string;
  shownHeaders: string[];
}

export interface LoadedResource<T = unknown> extends ResourceResult<T> {
  requests: RequestInfo[];
  /** Meta fields the source did not give and the app assumed (e.g. the as-of date). */
  assumed: AssumedMeta[];
  /** Mapping + validation time in ms; null when the source speaks the canonical contract. */
  mappingMs: number | null;
}

export interface LoadOptions {
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  runner?: MappingRunner;
  now?: () => number;
}

export const requestInfo = (r: PreparedRequest): RequestInfo => ({
  name: r.name,
  method: r.method,
  shownUrl: r.shownUrl,
  shownHeaders: r.shownHeaders,
});

/**
 * Identical requests in flight are made once: the open-data example serves all six resources from one
 * document. A caller that gives up stops waiting; the request itself goes on for the others.
 */
const inFlight = new Map<string, Promise<TextResponse>>();

function shared(
  key: string,
  start: () => Promise<TextResponse>,
  signal?: AbortSignal,
): Promise<TextResponse> {
  let p = inFlight.get(key);
  if (!p) {
    p = start().finally(() => inFlight.delete(key));
    inFlight.set(key, p);
  }
  if (!signal) return p;
  return new Promise<TextResponse>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchOne(
  config: AppConfig,
  resource: ResourceName,
  r: PreparedRequest,
  opts: LoadOptions,
): Promise<JobResponse> {
  try {
    const res = await shared(
      `${r.key}\n${config.api.timeoutMs}\n${config.api.maxResponseMB}`,
      () =>
        fetchText({
          resource,
          url: r.url,
          headers: r.headers,
          method: r.method,
          body: r.body,
          shownUrl: r.shownUrl,
          timeoutMs: config.api.timeoutMs,
          maxBytes: config.api.maxResponseMB * MB,
          fetchImpl: opts.fetchImpl,
        }),
      opts.signal,
    );
    return { ...res, name: r.name, shownUrl: r.shownUrl };
  } catch (e) {
    // Extra requests say which one failed: "tasks: request "progress": server answered 500".
    if (e instanceof ApiError && r.name !== 'main') {
      throw new ApiError({
        kind: e.kind,
        resource: e.resource,
        url: e.url,
        status: e.status,
        reason: `request "${r.name}": ${e.reason}`,
        detail: e.detail,
      });
    }
    throw e;
  }
}

/** Shown as meta.source when a foreign response does not name itself: the host, or the path for same-site APIs. */
function sourceLabel(shownUrl: string): string {
  try {
    const u = new URL(shownUrl, 'http://relative.invalid');
    return u.host === 'relative.invalid' ? u.pathname : u.host;
  } catch {
    return shownUrl.slice(0, 100);
  }
}

/**
 * One resource at one date, from config to validated canonical data. The app's queries and
 * `npm run check-source` both call this: fetch every request of the resource, then either validate
 * the canonical envelope as it is, or map (in the worker) and validate.
 */
export async function loadResource(
  config: AppConfig,
  resource: ResourceName,
  asOf: string | null,
  opts: LoadOptions = {},
): Promise<LoadedResource> {
  const now = opts.now ?? Date.now;
  const requests = prepareRequests(config, resource, asOf, now());
  const responses = await Promise.all(requests.map((r) => fetchOne(config, resource, r, opts)));
  const receivedAt = now();
  const info = requests.map(requestInfo);
  const mapping = config.resources[resource]?.mapping;
  const main = responses[0]!;

  if (!mapping) {
    const result = await parseOffMainThread<ResourceResult<unknown>>({
      kind: 'canonical',
      resource,
      shownUrl: main.shownUrl,
      response: main,
      receivedAt,
    });
    return { ...result, requests: info, assumed: [], mappingMs: null };
  }

  // Loaded with the first mapped resource: a site on the canonical API never downloads the mapping code.
  const runner = opts.runner ?? (await import('./mapping/runner')).defaultRunner();
  const mapped = await runner.run({
    resource,
    mapping,
    responses,
    requestedAsOf: asOf,
    today: beijingToday(receivedAt),
    defaultSource: sourceLabel(main.shownUrl),
    receivedAt,
  });
  // An as-of date the app assumed (from the request or today) is not the source's claim.
  if (!mapped.assumed.includes('asOf'))
    refuseFutureAsOf(resource, main.shownUrl, mapped.meta.asOf, receivedAt);
  return { ...mapped, requests: info };
}
