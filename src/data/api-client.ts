import type { ResourceName } from '../domain/schemas';
import { ApiError, redactUrl } from './errors';

export interface FetchJsonOptions {
  resource: ResourceName;
  url: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  method?: 'GET' | 'POST';
  body?: string;
  /** What messages show instead of `url` (credentials replaced); redactUrl(url) when absent. */
  shownUrl?: string;
}

/** A successful answer's body, not yet parsed: mapped resources parse it in the mapping worker. */
export interface TextResponse {
  text: string;
  status: number;
  contentType: string;
}

const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/** JSON.parse with the message a person needs when the body is not JSON (an HTML error page, a cut-off body). */
export function parseJsonText(resource: ResourceName, shownUrl: string, res: TextResponse): unknown {
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    const type = res.contentType || 'unknown type';
    const looksHtml = /^\s*</.test(res.text);
    throw new ApiError({
      kind: 'parse',
      resource,
      url: shownUrl,
      status: res.status,
      reason: looksHtml
        ? `expected JSON, got an HTML page (${type}): ${snippet(res.text)}`
        : `response is not valid JSON (${type}): ${snippet(res.text)}`,
    });
  }
}

/**
 * The one HTTP entry point: a timeout, and every failure turned into an ApiError that names
 * the resource, the (redacted) URL, the status and the reason.
 */
export async function fetchText({
  resource,
  url,
  headers,
  timeoutMs,
  signal,
  fetchImpl = fetch,
  method = 'GET',
  body,
  shownUrl = redactUrl(url),
}: FetchJsonOptions): Promise<TextResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  let response: Response;
  try {
    response = await fetchImpl(url, { method, body, headers: { Accept: 'application/json', ...headers }, signal: controller.signal });
  } catch (e) {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    if (timedOut) {
      throw new ApiError({ kind: 'timeout', resource, url: shownUrl, reason: `no answer within ${Math.round(timeoutMs / 1000)} s` });
    }
    if (signal?.aborted) throw e;
    throw new ApiError({ kind: 'network', resource, url: shownUrl, reason: `network error: ${e instanceof Error ? e.message : String(e)}` });
  }

  try {
    const text = await response.text();
    if (!response.ok) {
      throw new ApiError({
        kind: 'http',
        resource,
        url: shownUrl,
        status: response.status,
        reason: `server answered ${response.status} ${response.statusText}`.trim() + (text ? `: ${snippet(text)}` : ''),
      });
    }
    if (text.trim() === '') {
      throw new ApiError({ kind: 'empty', resource, url: shownUrl, status: response.status, reason: 'empty response body' });
    }
    return { text, status: response.status, contentType: response.headers.get('content-type') ?? '' };
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (timedOut) {
      throw new ApiError({ kind: 'timeout', resource, url: shownUrl, reason: `no complete answer within ${Math.round(timeoutMs / 1000)} s` });
    }
    throw new ApiError({ kind: 'network', resource, url: shownUrl, reason: `reading the response failed: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export async function fetchJson(opts: FetchJsonOptions): Promise<unknown> {
  const res = await fetchText(opts);
  return parseJsonText(opts.resource, opts.shownUrl ?? redactUrl(opts.url), res);
}
