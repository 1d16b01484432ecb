import type { ResourceName } from '../domain/codes';
import { ApiError, DETAIL_CHARS, redactUrl } from './errors';

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
  /** The largest body read, in bytes (config `api.maxResponseMB`); a larger answer is refused. */
  maxBytes?: number;
  /** The validators of the copy the caller holds: sent as If-None-Match / If-Modified-Since, a 304 then means "unchanged". */
  validators?: Validators | null;
  /** Read the body as bytes (a spreadsheet), not as text. */
  binary?: boolean;
}

const SHEET_ACCEPT =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/csv;q=0.9, */*;q=0.5';

/** What identifies a version of an answer (from its ETag and Last-Modified headers). */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

const conditionalHeaders = (v: Validators | null | undefined): Record<string, string> => ({
  ...(v?.etag ? { 'If-None-Match': v.etag } : {}),
  ...(v?.lastModified ? { 'If-Modified-Since': v.lastModified } : {}),
});

/**
 * What fetch is given for a request, but its signal: the app's requests, and the ones started before the
 * app's code has run (src/data/early-requests.ts), are the same requests.
 */
export const requestInit = ({
  method = 'GET',
  body,
  headers,
  validators,
  binary = false,
}: Pick<FetchJsonOptions, 'method' | 'body' | 'headers' | 'validators' | 'binary'>): RequestInit => ({
  method,
  body,
  headers: {
    Accept: binary ? SHEET_ACCEPT : 'application/json',
    ...headers,
    ...conditionalHeaders(validators),
  },
  // The app keeps the validators and the parsed answer itself, the same way for canonical and mapped
  // sources: the browser's HTTP cache would only hold a second copy of the body and turn a 304 into a
  // 200 that must be read and parsed again.
  cache: 'no-store',
});

/** `api.maxResponseMB` when the config does not set it: above the 10,000-task ledger (about 32 MB), far below what stalls a wall screen. */
export const DEFAULT_MAX_RESPONSE_MB = 40;
export const MB = 1024 * 1024;

const formatBytes = (n: number) =>
  n >= MB / 10
    ? `${(n / MB).toFixed(1)} MB (${n.toLocaleString('en-US')} bytes)`
    : `${n.toLocaleString('en-US')} bytes`;
const limitText = (maxBytes: number) => `the ${+(maxBytes / MB).toPrecision(3)} MB limit (api.maxResponseMB)`;

/** What the runtime says about a failed connection, with the system's code when there is one (Node: ECONNRESET). */
function networkDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const cause = e instanceof Error ? (e as Error & { cause?: unknown }).cause : undefined;
  const code =
    cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  return code && !message.includes(code) ? `${message}: ${code}` : message;
}

class TooLarge extends Error {
  constructor(readonly seen: string) {
    super(seen);
  }
}

/**
 * The body as received, chunk by chunk, stopped as soon as it passes `maxBytes`: a 50 MB answer costs at
 * most `maxBytes` of memory and never reaches JSON.parse. A Content-Length above the limit is refused
 * before reading anything. The chunks are not decoded here: that is the parse worker's work (bodyText),
 * so a large answer costs the main thread nothing proportional to its size.
 */
async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array[]> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw new TooLarge(`${formatBytes(declared)} announced by Content-Length`);
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw new TooLarge(formatBytes(bytes.byteLength));
    return [bytes];
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      // Aborting the request ends the download; cancel() may never settle on some runtimes, so it is not awaited.
      controller.abort();
      reader.cancel().catch(() => undefined);
      throw new TooLarge(`${formatBytes(received)} received when reading stopped`);
    }
    chunks.push(value);
  }
  return chunks;
}

/** The body as text: decoded from its bytes (in the worker that parses it), or the text it was given as. */
export function bodyText(res: Pick<TextResponse, 'text' | 'bytes'>): string {
  if (!res.bytes) return res.text ?? '';
  const decoder = new TextDecoder();
  const parts = res.bytes.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join('');
}

/** The first `chars` characters of the body, decoding no more bytes than that needs (an error page's start). */
function bodyStart(chunks: Uint8Array[], chars: number): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) {
    // UTF-8 spends at most 4 bytes on a character.
    text += decoder.decode(chunk.subarray(0, 4 * (chars - text.length)), { stream: true });
    if (text.length >= chars) break;
  }
  return text.slice(0, chars);
}

/** Whether a body is only whitespace, looking no further than its first other byte. */
function isBlank(chunks: Uint8Array[]): boolean {
  for (const chunk of chunks)
    for (const b of chunk) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

/** The distinct buffers under a body's bytes: what postMessage moves to the worker instead of copying. */
export function bodyTransfer(res: Pick<TextResponse, 'bytes'>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const chunk of res.bytes ?? []) if (chunk.buffer instanceof ArrayBuffer) buffers.add(chunk.buffer);
  return [...buffers];
}

/** The same answer with its own copy of the bytes, for a second reader of one shared answer. */
export function withOwnBytes<R extends TextResponse>(res: R): R {
  return res.bytes ? { ...res, bytes: res.bytes.map((chunk) => chunk.slice()) } : res;
}

/** The body in one piece (a spreadsheet's reader wants one array). */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A successful answer's body, not yet parsed: mapped resources parse it in the mapping worker. */
export interface TextResponse {
  /**
   * The body as received, chunk by chunk; decoded where it is parsed (bodyText), off the main thread in the
   * app. Empty for a 304.
   */
  bytes?: Uint8Array[];
  /** The body given as text instead (the playground's samples, tests). */
  text?: string;
  status: number;
  contentType: string;
  /** The answer's validators, for the next request of the same thing; null when the server sent none. */
  validators?: Validators | null;
  /** A 304 to a conditional request: `text` is empty, the caller's copy is current. */
  notModified?: boolean;
}

const validatorsOf = (response: Response): Validators | null => {
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return etag || lastModified ? { etag, lastModified } : null;
};

/** JSON.parse with the message a person needs when the body is not JSON (an HTML error page, a cut-off body). */
export function parseJsonText(resource: ResourceName, shownUrl: string, res: TextResponse): unknown {
  const text = bodyText(res);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const type = res.contentType || 'unknown type';
    const looksHtml = /^\s*</.test(text);
    throw new ApiError({
      kind: 'parse',
      resource,
      url: shownUrl,
      status: res.status,
      reason: looksHtml
        ? `expected JSON, got an HTML page (${type})`
        : `response is not valid JSON (${type})`,
      detail: text.slice(0, 4 * DETAIL_CHARS),
    });
  }
}

/** What a request that got no answer at all throws: a timeout, the caller's abort as it was, or a network error. */
function requestFailed(
  e: unknown,
  at: {
    resource: ResourceName;
    shownUrl: string;
    timeoutMs: number;
    timedOut: boolean;
    signal?: AbortSignal;
  },
): unknown {
  const { resource, shownUrl: url } = at;
  if (at.timedOut)
    return new ApiError({
      kind: 'timeout',
      resource,
      url,
      reason: `no answer within ${Math.round(at.timeoutMs / 1000)} s`,
    });
  if (at.signal?.aborted) return e;
  return new ApiError({
    kind: 'network',
    resource,
    url,
    reason: `network error: the connection failed or was reset before any answer (${networkDetail(e)})`,
  });
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
  maxBytes = DEFAULT_MAX_RESPONSE_MB * MB,
  validators,
  binary = false,
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
    response = await fetchImpl(url, {
      ...requestInit({ method, body, headers, validators, binary }),
      signal: controller.signal,
    });
  } catch (e) {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    throw requestFailed(e, { resource, shownUrl, timeoutMs, timedOut, signal });
  }

  if (response.status === 304 && (validators?.etag || validators?.lastModified)) {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    return {
      bytes: [],
      status: 304,
      contentType: '',
      validators: validatorsOf(response) ?? validators,
      notModified: true,
    };
  }

  try {
    const bytes = await readCapped(response, maxBytes, controller);
    if (!response.ok) {
      const text = bodyStart(bytes, 4 * DETAIL_CHARS);
      throw new ApiError({
        kind: 'http',
        resource,
        url: shownUrl,
        status: response.status,
        reason: `server answered ${response.status} ${response.statusText}`.trim(),
        detail: text || null,
      });
    }
    if (isBlank(bytes)) {
      throw new ApiError({
        kind: 'empty',
        resource,
        url: shownUrl,
        status: response.status,
        reason: 'empty response body',
      });
    }
    return {
      bytes,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      validators: validatorsOf(response),
    };
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (e instanceof TooLarge) {
      throw new ApiError({
        kind: 'tooLarge',
        resource,
        url: shownUrl,
        status: response.status,
        reason: `response too large: ${e.seen}, over ${limitText(maxBytes)}`,
      });
    }
    if (timedOut) {
      throw new ApiError({
        kind: 'timeout',
        resource,
        url: shownUrl,
        reason: `no complete answer within ${Math.round(timeoutMs / 1000)} s`,
      });
    }
    if (signal?.aborted) throw e;
    throw new ApiError({
      kind: 'network',
      resource,
      url: shownUrl,
      status: response.status,
      reason: `network error: the connection was cut or reset while reading the response (${networkDetail(e)})`,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
