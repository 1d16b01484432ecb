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
  /**
   * The start of the upstream body of a failed answer (an error page, a JSON error), URLs redacted and
   * cut to DETAIL_CHARS. Never part of `message`: banners on the views and the wall quote `message`, and
   * an upstream body is not for them. Only /data-health shows it, as text.
   */
  readonly detail: string | null;

  constructor(init: {
    kind: ApiErrorKind;
    resource: ResourceName | 'config';
    url: string;
    status?: number | null;
    reason: string;
    detail?: string | null;
  }) {
    const url = stripUserinfo(init.url);
    const reason = scrubUrls(init.reason);
    super(`${init.resource}: ${reason} (${url}${init.status ? `, HTTP ${init.status}` : ''})`);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.resource = init.resource;
    this.url = url;
    this.status = init.status ?? null;
    this.reason = reason;
    this.detail = init.detail ? upstreamDetail(init.detail) : null;
  }
}

/** How much of an upstream body /data-health shows. */
export const DETAIL_CHARS = 300;

/** An upstream body as /data-health may show it: whitespace folded, URLs redacted, cut. */
export function upstreamDetail(body: string): string {
  const folded = scrubUrls(body.replace(/\s+/g, ' ').trim());
  return folded.length > DETAIL_CHARS ? `${folded.slice(0, DETAIL_CHARS)}…` : folded;
}

/** A URL field is already redacted by its caller (requests.ts keeps date values); only userinfo is checked again. */
const stripUserinfo = (url: string) => url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/i, '$1');

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
      detail: string | null;
    }
  | { api: false; message: string };

/** An ApiError's fields, as its constructor takes them: to post it to another thread, or to copy it. */
const apiErrorFields = (e: ApiError) => ({
  kind: e.kind,
  resource: e.resource,
  url: e.url,
  status: e.status,
  reason: e.reason,
  detail: e.detail,
});

export function postedError(e: unknown): PostedError {
  return e instanceof ApiError
    ? { api: true, ...apiErrorFields(e) }
    : { api: false, message: scrubUrls(e instanceof Error ? e.message : String(e)) };
}

export const fromPostedError = (e: PostedError): Error =>
  e.api ? new ApiError(e) : new Error(scrubUrls(e.message));

/**
 * A resource's extra requests say which one failed ('tasks: request "progress": server answered 500'); the
 * main request's error, and anything not an ApiError, stay as they are.
 */
export function namingRequest(e: unknown, requestName: string): unknown {
  if (!(e instanceof ApiError) || requestName === 'main') return e;
  return new ApiError({ ...apiErrorFields(e), reason: `request "${requestName}": ${e.reason}` });
}

/** What stands in for a masked value. */
export const MASK = '***';

/**
 * URLs end up in messages, on /data-health and in the kept cache; credentials in them must not. The rule
 * is "every query value and any userinfo", never a list of secret-sounding names: an API may call its
 * key `api-key`, `X-Amz-Signature`, `subscription-key`, `private_token` or `code`, and no list keeps up.
 * `keepValue` lets the one caller that knows better (requests.ts: a value the app rendered itself from a
 * date placeholder, e.g. `asOf=2021-06-30`) show it; everything else is masked.
 */
export function redactUrl(url: string, keepValue: (value: string) => boolean = () => false): string {
  try {
    const u = new URL(url, 'http://relative.invalid');
    let changed = false;
    const params = [...u.searchParams.entries()];
    if (params.some(([, v]) => v !== '' && v !== MASK && !keepValue(v))) {
      u.search = new URLSearchParams(
        params.map(([k, v]) => [k, v === '' || keepValue(v) ? v : MASK]),
      ).toString();
      changed = true;
    }
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
      changed = true;
    }
    if (!changed) return url;
    return u.origin === 'http://relative.invalid' ? `${u.pathname}${u.search}` : u.toString();
  } catch {
    return redactByPattern(url);
  }
}

/** For what `new URL` will not parse: userinfo and every query value masked by pattern. */
const redactByPattern = (url: string) =>
  url.replace(/\/\/[^/\s@]*@/, '//').replace(/([?&][^=&#\s]*=)[^&#\s]+/g, `$1${MASK}`);

/** An absolute URL of any scheme; stops at whitespace, quotes and brackets, and drops trailing punctuation. */
const ABSOLUTE_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`()[\]{}]*[^\s"'<>`()[\]{}.,;:!?]/gi;
/** A path with a query string, as "/api/v1/tasks?api-key=…" inside a sentence. */
const RELATIVE_WITH_QUERY = /(^|[\s("'=:])(\/[^\s?"'<>`()]*\?[^\s"'<>`()]*[^\s"'<>`().,;:!?])/g;

/**
 * Any text that may quote a URL (the browser's own error messages do: "Request cannot be constructed
 * from a URL that includes credentials: http://svc:SECRET@…"; an upstream body may echo the request)
 * with every URL in it redacted. Run on every message before it is kept on an ApiError.
 */
export function scrubUrls(text: string): string {
  return text
    .replace(ABSOLUTE_URL, (u) => redactUrl(u))
    .replace(RELATIVE_WITH_QUERY, (_all, lead: string, u: string) => `${lead}${redactUrl(u)}`);
}

/**
 * What a query keeps as its error: an ApiError as it is (already scrubbed), an abort as it is (TanStack
 * Query needs it), anything else (a worker's crash, a library's TypeError) as a plain Error whose message
 * has its URLs redacted.
 */
export function keptError(e: unknown): unknown {
  if (e instanceof ApiError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return e;
  const message = e instanceof Error ? e.message : String(e);
  const scrubbed = scrubUrls(message);
  return scrubbed === message && e instanceof Error ? e : new Error(scrubbed);
}
