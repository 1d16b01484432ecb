import type { ResourceName } from '../domain/codes';
import { fetchText, MB, withOwnBytes, type TextResponse, type Validators } from './api-client';
import type { AppConfig } from './config';
import { earlyFetch } from './early-flights';
import { flightKey } from './early-requests';
import { ApiError, namingRequest } from './errors';
import type { AssumedMeta, JobResponse } from './mapping/map-resource';
import type { MappingRunner } from './mapping/runner';
import { parseOffMainThread } from './parse-runner';
import { beijingToday, prepareRequests, requestTarget, type PreparedRequest } from './requests';
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
  /** What the source's reader noted (a month without its sheet): shown on /data-health. */
  notes?: string[];
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
 * The last answer of each resource at each date and source, with the validators of its requests: when
 * the API says every one of them is unchanged (304), the previous result is returned as it is (the same
 * object), so an unchanged refresh costs no parse, no mapping, no validation and no re-render. Bounded:
 * a leader browsing many dates keeps only the latest few.
 */
interface Revalidation {
  validators: (Validators | null)[];
  result: LoadedResource;
}
const MAX_KEPT = 24;
const lastAnswers = new Map<string, Revalidation>();
/** Requests whose API refused a conditional request (a CORS preflight): asked without validators. */
const unconditional = new Set<string>();

/** Forgets every kept answer (tests; a source switched at run time needs nothing: its key differs). */
export function forgetAnswers(): void {
  lastAnswers.clear();
  unconditional.clear();
}

function keep(key: string, entry: Revalidation): void {
  lastAnswers.delete(key);
  lastAnswers.set(key, entry);
  if (lastAnswers.size > MAX_KEPT) lastAnswers.delete(lastAnswers.keys().next().value!);
}

/**
 * Identical requests in flight are made once: the open-data example serves all six resources from one
 * document. A caller that gives up stops waiting; the request itself goes on for the others.
 *
 * An answer's bytes are moved to the worker that parses them, which empties them here: so a caller that
 * shares its answer with others gets its own copy, and the one caller of an answer nobody shares takes
 * the bytes themselves, after which nobody can join it (its entry is gone).
 */
interface Flight {
  promise: Promise<TextResponse>;
  callers: number;
}
const inFlight = new Map<string, Flight>();

function shared(
  key: string,
  start: () => Promise<TextResponse>,
  signal?: AbortSignal,
): Promise<TextResponse> {
  let flight = inFlight.get(key);
  if (!flight) {
    const f: Flight = {
      promise: start().finally(() => {
        if (inFlight.get(key) === f) inFlight.delete(key);
      }),
      callers: 0,
    };
    inFlight.set(key, f);
    flight = f;
  }
  const f = flight;
  f.callers++;
  const own = f.promise.then((res) => {
    if (f.callers > 1) return withOwnBytes(res);
    if (inFlight.get(key) === f) inFlight.delete(key);
    return res;
  });
  if (!signal) return own;
  return new Promise<TextResponse>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    own.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchOne(
  config: AppConfig,
  resource: ResourceName,
  r: PreparedRequest,
  opts: LoadOptions,
  validators: Validators | null,
): Promise<JobResponse> {
  const attempt = (v: Validators | null) => {
    const key = flightKey(config, r, v);
    return shared(
      key,
      () =>
        fetchText({
          resource,
          ...requestTarget(r),
          timeoutMs: config.api.timeoutMs,
          maxBytes: config.api.maxResponseMB * MB,
          // The same request started before the app's code ran (early-flights.ts), when there is one.
          fetchImpl: opts.fetchImpl ?? earlyFetch(key),
          validators: v,
          binary: Boolean(r.sheet),
        }),
      opts.signal,
    );
  };
  try {
    const sendValidators = validators && !unconditional.has(r.key) ? validators : null;
    let res: TextResponse;
    try {
      res = await attempt(sendValidators);
    } catch (e) {
      // An API on another origin that does not allow If-None-Match in its CORS preflight fails the request
      // outright: ask again without, and never again with, validators.
      if (!sendValidators || !(e instanceof ApiError) || e.kind !== 'network') throw e;
      unconditional.add(r.key);
      res = await attempt(null);
    }
    return { ...res, name: r.name, shownUrl: r.shownUrl, ...(r.sheet ? { sheet: r.sheet } : {}) };
  } catch (e) {
    throw namingRequest(e, r.name);
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
  const mapping = config.resources[resource]?.mapping;
  // The requests (URLs, headers, bodies) and the mapping: another source or mapping is another answer.
  // Today too: a mapped source that does not date its answer is dated today, so a new day asks in full.
  const key = [
    resource,
    JSON.stringify(mapping ?? null),
    beijingToday(now()),
    ...requests.map((r) => r.key),
  ].join('\n');
  const previous = lastAnswers.get(key);
  let responses = await Promise.all(
    requests.map((r, i) => fetchOne(config, resource, r, opts, previous?.validators[i] ?? null)),
  );
  if (previous && responses.every((r) => r.notModified)) {
    keep(key, previous);
    return previous.result;
  }
  // Some unchanged, some not: the unchanged bodies are not kept, ask for them in full.
  if (responses.some((r) => r.notModified))
    responses = await Promise.all(
      requests.map((r, i) =>
        responses[i]!.notModified ? fetchOne(config, resource, r, opts, null) : responses[i]!,
      ),
    );
  const result = await toResult(config, resource, asOf, requests, responses, now(), opts);
  keep(key, { validators: responses.map((r) => r.validators ?? null), result });
  return result;
}

async function toResult(
  config: AppConfig,
  resource: ResourceName,
  asOf: string | null,
  requests: PreparedRequest[],
  responses: JobResponse[],
  receivedAt: number,
  opts: LoadOptions,
): Promise<LoadedResource> {
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
