import type { ResourceName } from '../domain/schemas';
import { ApiError, redactUrl } from './errors';

export interface FetchJsonOptions {
  resource: ResourceName;
  url: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/**
 * The one HTTP entry point: a timeout, and every failure turned into an ApiError that names
 * the resource, the (redacted) URL, the status and the reason.
 */
export async function fetchJson({ resource, url, headers, timeoutMs, signal, fetchImpl = fetch }: FetchJsonOptions): Promise<unknown> {
  const shownUrl = redactUrl(url);
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
    response = await fetchImpl(url, { headers: { Accept: 'application/json', ...headers }, signal: controller.signal });
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
    try {
      return JSON.parse(text) as unknown;
    } catch {
      const type = response.headers.get('content-type') ?? 'unknown type';
      const looksHtml = /^\s*</.test(text);
      throw new ApiError({
        kind: 'parse',
        resource,
        url: shownUrl,
        status: response.status,
        reason: looksHtml
          ? `expected JSON, got an HTML page (${type}): ${snippet(text)}`
          : `response is not valid JSON (${type}): ${snippet(text)}`,
      });
    }
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
