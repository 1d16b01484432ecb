import type { ResourceName } from '../domain/codes';

/**
 * `mapping`: the configured mapping could not run (syntax, timeout, points at nothing);
 * `source`: the API answered but its own success flag says it failed (e.g. `{ "code": 401 }`);
 * `tooLarge`: the body passed `api.maxResponseMB` and was not read further;
 * `shrunk`: a list came back implausibly short (empty after rows were seen, or under its `minRows`).
 */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'shape'
  | 'empty'
  | 'config'
  | 'mapping'
  | 'source'
  | 'tooLarge'
  | 'shrunk';

/** A failure of one resource, carrying what a person needs to find the cause. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly resource: ResourceName | 'config';
  readonly url: string;
  readonly status: number | null;
  readonly reason: string;

  constructor(init: {
    kind: ApiErrorKind;
    resource: ResourceName | 'config';
    url: string;
    status?: number | null;
    reason: string;
  }) {
    super(`${init.resource}: ${init.reason} (${init.url}${init.status ? `, HTTP ${init.status}` : ''})`);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.resource = init.resource;
    this.url = init.url;
    this.status = init.status ?? null;
    this.reason = init.reason;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** An error as a worker posts it: plain data, since an Error's class does not survive postMessage. */
export type PostedError =
  | {
      api: true;
      kind: ApiErrorKind;
      resource: ResourceName | 'config';
      url: string;
      status: number | null;
      reason: string;
    }
  | { api: false; message: string };

export function postedError(e: unknown): PostedError {
  return e instanceof ApiError
    ? { api: true, kind: e.kind, resource: e.resource, url: e.url, status: e.status, reason: e.reason }
    : { api: false, message: e instanceof Error ? e.message : String(e) };
}

export const fromPostedError = (e: PostedError): Error =>
  e.api
    ? new ApiError({ kind: e.kind, resource: e.resource, url: e.url, status: e.status, reason: e.reason })
    : new Error(e.message);

const SECRET_PARAMS =
  /^(token|access_?token|auth_?token|id_?token|refresh_?token|api_?key|apikey|app_?key|appsecret|app_?secret|access_?key|secret_?key|client_?secret|key|secret|password|passwd|pwd|auth|authorization|signature|sig|sign|ticket|session|sessionid|jwt|ak|sk)$/i;

/** URLs end up in messages and logs; credentials in a query string must not. */
export function redactUrl(url: string, extraSecretParams: readonly string[] = []): string {
  const extra = new Set(extraSecretParams.map((k) => k.toLowerCase()));
  try {
    const u = new URL(url, 'http://relative.invalid');
    let changed = false;
    for (const k of [...u.searchParams.keys()]) {
      if (SECRET_PARAMS.test(k) || extra.has(k.toLowerCase())) {
        u.searchParams.set(k, '***');
        changed = true;
      }
    }
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
      changed = true;
    }
    if (!changed) return url;
    return u.origin === 'http://relative.invalid' ? `${u.pathname}${u.search}` : u.toString();
  } catch {
    return url;
  }
}
