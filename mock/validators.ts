import { createHash } from 'node:crypto';

/*
 * ETag and Last-Modified for the mock's answers, and the 304 a conditional request earns: the polling
 * of many screens then costs the API a hash and an empty answer whenever nothing changed. The ETag is
 * the body's hash; Last-Modified is when this URL first answered that body (whole seconds, as HTTP dates
 * are), so both change exactly when the answer does.
 */

export interface Validators {
  etag: string;
  lastModified: string;
}

/** Strong ETag of a body. */
export const etagOf = (body: Uint8Array): string =>
  `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** If-None-Match with the weak comparison RFC 9110 asks for (a gzipping proxy turns "x" into W/"x"). */
export function noneMatch(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => opaque(t) === opaque(etag));
}

/** True when the client's copy is current: If-None-Match decides when sent, else If-Modified-Since. */
export function notModified(
  req: { ifNoneMatch?: string | null; ifModifiedSince?: string | null },
  current: Validators,
): boolean {
  if (req.ifNoneMatch) return noneMatch(req.ifNoneMatch, current.etag);
  if (req.ifModifiedSince) {
    const since = Date.parse(req.ifModifiedSince);
    return Number.isFinite(since) && since >= Date.parse(current.lastModified);
  }
  return false;
}

/** Remembers, per URL, the body's ETag and since when it has been served. Bounded. */
export function validatorStore(max = 2000, now: () => number = Date.now) {
  const seen = new Map<string, Validators>();
  return (url: string, body: Uint8Array): Validators => {
    const etag = etagOf(body);
    const known = seen.get(url);
    if (known?.etag === etag) return known;
    // A body that changes twice within a second still gets a later date, or If-Modified-Since would miss it.
    const second = Math.floor(now() / 1000) * 1000;
    const at = known ? Math.max(second, Date.parse(known.lastModified) + 1000) : second;
    const v = { etag, lastModified: new Date(at).toUTCString() };
    seen.delete(url);
    seen.set(url, v);
    if (seen.size > max) seen.delete(seen.keys().next().value!);
    return v;
  };
}
